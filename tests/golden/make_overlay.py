#!/usr/bin/env python3
"""Turns a golden case that carries a whole input folder (CASE/input/) into an overlay on the fixture.

Keeps in CASE/overlay/ only the files that differ from (or are not in) the base folder, lists in CASE/remove
the base's files the case does not have, rewrites `cmd` and the expected outputs to say {input} where they
said CASE/input, and removes CASE/input. The base is fixtures/dumai-2023 unless CASE/base names another.
Run from the repository root: python3 tests/golden/make_overlay.py tests/golden/CASE [...]
"""
import filecmp
import os
import shutil
import sys


def files_under(folder):
    out = set()
    for root, _dirs, files in os.walk(folder):
        for f in files:
            out.add(os.path.relpath(os.path.join(root, f), folder))
    return out


def convert(case):
    case = case.rstrip("/")
    full = os.path.join(case, "input")
    if not os.path.isdir(full):
        print(f"{case}: no input/ folder, left as it is")
        return
    base = "fixtures/dumai-2023"
    if os.path.exists(os.path.join(case, "base")):
        base = open(os.path.join(case, "base")).read().strip()
    have, base_files = files_under(full), files_under(base)
    overlay = sorted(f for f in have
                     if f not in base_files or not filecmp.cmp(os.path.join(full, f), os.path.join(base, f),
                                                               shallow=False))
    removed = sorted(base_files - have)
    for f in overlay:
        dest = os.path.join(case, "overlay", f)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copy2(os.path.join(full, f), dest)
    if removed:
        with open(os.path.join(case, "remove"), "w") as out:
            out.write("".join(f + "\n" for f in removed))
    for name in ("cmd", "expected_stdout", "expected_stderr", "expected_files"):
        path = os.path.join(case, name)
        if os.path.exists(path):
            with open(path, "rb") as f:
                data = f.read()
            data = data.replace(full.encode(), b"{input}")
            with open(path, "wb") as f:
                f.write(data)
    shutil.rmtree(full)
    print(f"{case}: overlay of {len(overlay)} file(s), {len(removed)} removed")


if __name__ == "__main__":
    for c in sys.argv[1:]:
        convert(c)
