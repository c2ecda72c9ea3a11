#!/usr/bin/python3
"""Checks folders written by bench/generate.py with lkjip itself.

    /usr/bin/python3 bench/verify.py --lkjip build-bench/lkjip DIR [--sample N] [--jobs 2]

For each opd-* folder of DIR (or an evenly spaced sample of N of them):
  * `lkjip check` must exit 0 (no errors, no warnings; 1 is reported but tolerated with --allow-warnings);
  * `lkjip audit --json` must exit 6 and every finding must be explained by a figure the generator printed
    wrong on purpose (its catatan ends in "(sintetis)"): the finding is on that line, or it is a cross-check
    (beda_antartabel, serapan_tercetak, jumlah_anak) involving it. A finding on a correctly printed figure
    means the generator's own arithmetic (capaian, serapan, predikat, atribut, rounding) disagrees with lkjip;
  * how many deliberately wrong figures the audit did not flag on their own line is counted (information).
Exit 0 when every folder passed. Standard library only.
"""

import argparse
import csv
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def injected_lines(folder):
    """{line number: (tabel, objek, besaran, tahun)} of the figures printed wrong on purpose."""
    wrong = {}
    with open(os.path.join(folder, "angka_tercetak.csv"), encoding="utf-8", newline="") as f:
        for lineno, rec in enumerate(csv.reader(f, delimiter=";"), start=1):
            if lineno == 1 or not rec or rec[0].startswith("#"):
                continue
            if rec[6].endswith("(sintetis)"):
                wrong[lineno] = (rec[0], rec[2], rec[3], int(rec[4]))
    return wrong


def explained(t, wrong):
    """Lines of deliberately wrong figures that account for finding t (empty: a false finding)."""
    line = t.get("baris")
    if line in wrong:
        return {line}
    objek, besaran, tahun, rule = t.get("objek"), t.get("besaran"), t.get("tahun"), t.get("aturan")
    if rule == "beda_antartabel":  # reported at the first print of the quantity, which may be the right one
        return {l for l, w in wrong.items() if w[1:] == (objek, besaran, tahun)}
    if rule == "serapan_tercetak":  # right serapan beside a wrong pagu or realisasi of the same item
        return {l for l, w in wrong.items() if w[0] == t.get("tabel") and w[1] == objek and w[3] == tahun}
    if rule == "jumlah_anak":  # right total over a wrong child in the same table
        return {l for l, w in wrong.items() if w[0] == t.get("tabel") and w[2] == besaran and w[3] == tahun}
    return set()


def verify(lkjip, folder, allow_warnings):
    problems = []
    c = subprocess.run([lkjip, "check", folder], capture_output=True, text=True)
    if c.returncode != 0 and not (allow_warnings and c.returncode == 1):
        problems.append("check exit %d: %s" % (c.returncode, (c.stdout + c.stderr).strip()[:2000]))
    a = subprocess.run([lkjip, "audit", folder, "--json"], capture_output=True, text=True)
    if a.returncode not in (0, 6):
        problems.append("audit exit %d: %s" % (a.returncode, a.stderr.strip()[:2000]))
        return problems, 0, 0
    wrong = injected_lines(folder)
    found = set()
    for t in json.loads(a.stdout).get("temuan", []):
        lines = explained(t, wrong)
        if t.get("baris") in wrong:
            found.add(t["baris"])
        if not lines:
            problems.append("finding on a figure printed right: line %s %s %s %s: %s %s" % (
                t.get("baris"), t.get("objek"), t.get("besaran"), t.get("tahun"), t.get("aturan"), t.get("pesan")))
    return problems, len(wrong), len(wrong) - len(found)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--lkjip", default="build-bench/lkjip")
    ap.add_argument("--sample", type=int, default=0, help="check N evenly spaced folders (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--allow-warnings", action="store_true", help="accept `lkjip check` exit 1")
    a = ap.parse_args()
    folders = sorted(glob.glob(os.path.join(a.dir, "opd-*")))
    if not folders:
        sys.exit("no opd-* folder in " + a.dir)
    if a.sample and a.sample < len(folders):
        step = len(folders) / a.sample
        folders = [folders[int(i * step)] for i in range(a.sample)]
    failed = injected = missed = 0
    with ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for folder, (problems, n_wrong, n_missed) in zip(
                folders, ex.map(lambda d: verify(a.lkjip, d, a.allow_warnings), folders)):
            injected += n_wrong
            missed += n_missed
            if problems:
                failed += 1
                print("FAIL " + folder)
                for p in problems[:20]:
                    print("  " + p)
    print("%d folder(s) checked, %d failed; %d figures printed wrong on purpose, %d of them not flagged by audit"
          % (len(folders), failed, injected, missed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
