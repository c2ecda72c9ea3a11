#!/usr/bin/env python3
"""Fails when an #include crosses a boundary of the pipeline (ARCHITECTURE.md).

Two rules, both data below:
  * a folder of engine/ may include lkjip headers only from the folders listed for it;
  * a third-party library's headers may be included only by the folder that owns that library
    (PropertyTree, minizip and expat by input/, libxlsxwriter by render/xlsx, PoDoFo and libdeflate by
    render/pdf, ...).
A folder of engine/ that is not in the table is itself an error, so that a new layer is placed on purpose.
Known departures are listed in KNOWN_EXCEPTIONS with the issue that removes them; an exception that no longer
occurs is reported too, so the list cannot go stale.

Usage: check_layers.py ENGINE_DIR
"""
import os
import re
import sys

# folder -> lkjip folders its files may include (itself always allowed)
ALLOWED = {
    "core": set(),
    "model": {"core"},
    "input": {"core", "model", "template"},
    "rules": {"core", "model"},
    "compute": {"core", "model", "rules"},
    "quantity": {"core", "model", "rules", "compute"},
    "audit": {"core", "model", "rules", "compute", "quantity"},
    "table": {"core"},
    "template": {"core", "table"},
    # report/ builds every table, the audit's lembar reviu included, so it reads the audit's findings; the audit
    # never includes report/ (it checks figures against the vocabulary, not against tables), so no cycle.
    "report": {"core", "model", "rules", "compute", "quantity", "audit", "table", "template"},
    # The whole document: its model (document.hpp, which renderers draw) and its builder from the computed
    # model, the report tables and the narrative.
    "document": {"core", "model", "rules", "compute", "quantity", "table", "template", "report"},
    "render/xlsx": {"core", "table", "render"},
    "render/pdf": {"core", "table", "render", "document"},
    "render/html": {"core", "table", "render"},
    "render/docx": {"core", "table", "render", "document"},
    # File transactions and serialisers (JSON, terminal text) of what compute, audit and report give; tables are
    # built in report/, never here.
    "output": {"core", "model", "rules", "compute", "quantity", "audit", "table", "report"},
    # What both front ends run: the options (--set, --config, limits) and loading an input with them,
    # computing it, writing a report's output set. Neither front end is included: the server no longer
    # includes cli/.
    "pipeline": {"core", "model", "input", "rules", "compute", "quantity", "audit", "table", "template", "report",
                 "document", "render", "output"},
    # Front ends: everything below them.
    "cli": {"core", "model", "input", "rules", "compute", "quantity", "audit", "table", "template", "report",
            "document", "render", "output", "pipeline", "server", "sys"},
    "server": {"core", "model", "input", "rules", "compute", "quantity", "audit", "table", "template", "report",
               "document", "render", "output", "pipeline"},
}

# Single headers a folder may include beyond its folders, with why.
ALLOWED_HEADERS = {
    ("input", "quantity/vocabulary.hpp"): "the vocabulary is plain data the printed-figures reader validates against",
    ("input", "table/input_form.hpp"): "the input workbook is built from the input catalogue as a form model, "
                                       "which render/xlsx draws",
}

# third-party header prefix -> the folders allowed to include it
OWNED_HEADERS = {
    "boost/property_tree/": {"input"},
    "minizip/": {"input", "render/docx"},
    "expat.h": {"input"},
    "xlsxwriter.h": {"render/xlsx"},
    "podofo/": {"render/pdf"},
    "libdeflate.h": {"render/pdf"},
    "httplib.h": {"server"},
    "poppler/": {"input"},
    "kainjow/mustache.hpp": {"document"},
}

# (file relative to ENGINE_DIR, included header) -> why it is tolerated for now
KNOWN_EXCEPTIONS = {
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def folder_of(relpath):
    parts = relpath.split("/")
    if parts[0] == "render" and len(parts) > 2:
        return "render/" + parts[1]
    return parts[0]


def lkjip_folder(header, engine_dir):
    """The engine folder a quoted or bracketed header lives in, or None when it is not lkjip's."""
    parts = header.split("/")
    if len(parts) < 2:
        return None
    candidate = "render/" + parts[1] if parts[0] == "render" and len(parts) > 2 else parts[0]
    if os.path.exists(os.path.join(engine_dir, header)):
        return candidate
    return None


def check(engine_dir):
    problems = []
    seen_exceptions = set()
    for root, _dirs, files in os.walk(engine_dir):
        for name in sorted(files):
            if not name.endswith((".cpp", ".hpp", ".h")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, engine_dir).replace(os.sep, "/")
            if "/" not in rel:
                problems.append(f"{rel}: a source file directly in engine/ has no layer")
                continue
            folder = folder_of(rel)
            if folder not in ALLOWED:
                problems.append(f"{rel}: folder '{folder}' has no place in the layering (tests/layers/check_layers.py)")
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for lineno, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    header = m.group(2)
                    key = (rel, header)
                    for prefix, owners in OWNED_HEADERS.items():
                        if header == prefix or (prefix.endswith("/") and header.startswith(prefix)):
                            if folder not in owners:
                                problems.append(f"{rel}:{lineno}: includes <{header}>, which only "
                                                f"{', '.join(sorted(owners))} may include")
                    target = lkjip_folder(header, engine_dir)
                    if target is None or target == folder:
                        continue
                    top = target.split("/")[0]
                    if target in ALLOWED[folder] or top in ALLOWED[folder] or (folder, header) in ALLOWED_HEADERS:
                        continue
                    if key in KNOWN_EXCEPTIONS:
                        seen_exceptions.add(key)
                        continue
                    problems.append(f"{rel}:{lineno}: {folder}/ may not include {header} "
                                    f"(allowed: {', '.join(sorted(ALLOWED[folder])) or 'nothing'})")
    for key, why in KNOWN_EXCEPTIONS.items():
        if key not in seen_exceptions and os.path.exists(os.path.join(engine_dir, key[0])):
            problems.append(f"{key[0]}: the known exception for {key[1]} no longer occurs; "
                            f"remove it from KNOWN_EXCEPTIONS ({why})")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    if problems:
        print(f"layers: {len(problems)} problem(s)")
        return 1
    print("layers: every include respects the pipeline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
