#!/usr/bin/env python3
"""The layering check must fail on each kind of violation and pass on a clean tree."""
import os
import subprocess
import sys
import tempfile

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_layers.py")


def run(files):
    with tempfile.TemporaryDirectory() as d:
        for rel, text in files.items():
            path = os.path.join(d, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        r = subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)
        return r.returncode, r.stdout


failures = 0
checks = 0


def expect(name, files, code, fragment):
    global failures, checks
    checks += 1
    got, out = run(files)
    if got != code or fragment not in out:
        failures += 1
        print(f"FAIL {name}: exit {got} (expected {code}), output:\n{out}")
    else:
        print(f"ok   {name}")


clean = {"core/a.hpp": "#pragma once\n", "rules/r.cpp": '#include "core/a.hpp"\n#include <vector>\n'}
expect("clean tree passes", clean, 0, "every include respects the pipeline")
expect("rules may not include report", {**clean, "report/t.hpp": "", "rules/x.cpp": '#include "report/t.hpp"\n'},
       1, "rules/x.cpp:1: rules/ may not include report/t.hpp")
expect("audit may not include report (report includes audit)",
       {**clean, "report/t.hpp": "", "audit/x.cpp": '#include "report/t.hpp"\n'}, 1,
       "audit/x.cpp:1: audit/ may not include report/t.hpp")
expect("server may not include cli (both use pipeline)",
       {**clean, "cli/load.hpp": "", "server/api.cpp": '#include "cli/load.hpp"\n'}, 1,
       "server/api.cpp:1: server/ may not include cli/load.hpp")
expect("server may include pipeline", {**clean, "pipeline/load.hpp": "", "server/api.cpp": '#include "pipeline/load.hpp"\n'},
       0, "every include respects the pipeline")
expect("only input includes PropertyTree", {**clean, "report/y.cpp": "#include <boost/property_tree/ptree.hpp>\n"},
       1, "report/y.cpp:1: includes <boost/property_tree/ptree.hpp>, which only input may include")
expect("only render/pdf includes PoDoFo", {**clean, "render/xlsx/z.cpp": "#include <podofo/podofo.h>\n"},
       1, "which only render/pdf may include")
expect("a renderer may not include another layer's code",
       {**clean, "compute/p.hpp": "", "render/pdf/q.cpp": '#include "compute/p.hpp"\n'}, 1,
       "render/pdf/q.cpp:1: render/pdf/ may not include compute/p.hpp")
expect("an unknown folder is an error", {**clean, "gadget/g.cpp": ""}, 1, "folder 'gadget' has no place")
print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
