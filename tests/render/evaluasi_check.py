#!/usr/bin/env python3
"""The Renja evaluation workbook (lkjip evaluasi), read back with openpyxl.

Checks the header (columns numbered 1..17, 6..15 each a K and an Rp column), that every formula gives the
value cached beside it (formula_check.py's evaluator), the arithmetic of columns 13-15 of one row by hand,
the quarters after the one evaluated left empty, and the footer's means and predikat as formulas.

Usage: evaluasi_check.py BOOK.xlsx TRIWULAN KODE K13 K7 K14 K15 RP7 RP13 RP14 RP15
  (KODE: a sub kegiatan with one indicator; the numbers are the expected cached values, "na" for n/a)
"""
import math
import sys

import formula_check
import openpyxl
from openpyxl.utils import get_column_letter

HEADER_TOP = 3  # title, a spacer row, then the four header rows
BODY_TOP = HEADER_TOP + 4
ROMAN = ["I", "II", "III", "IV"]

failures = []


def fail(msg):
    failures.append(msg)


def k(number):  # 1-based spreadsheet column of form column 6..15, K
    return 6 + 2 * (number - 6)


def rp(number):
    return k(number) + 1


def same(got, want):
    if want == "na":
        return got == "n/a"
    if not isinstance(got, (int, float)) or isinstance(got, bool):
        return False
    return math.isclose(got, float(want), rel_tol=1e-9, abs_tol=1e-9)


def main(path, triwulan, kode, *expected):
    triwulan = int(triwulan)
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    sheet = f"Evaluasi Renja TW {ROMAN[triwulan - 1]}"
    if formulas.sheetnames != [sheet]:
        fail(f"sheets: {formulas.sheetnames}, expected [{sheet!r}]")
        return
    ws, cs = formulas[sheet], cached[sheet]

    # Header: the numbers row, then K / Rp under 6..15.
    numbers = HEADER_TOP + 3
    for n in range(1, 6):
        if str(ws.cell(numbers, n).value) != str(n):
            fail(f"header column {n}: {ws.cell(numbers, n).value!r}")
    for n in range(6, 16):
        if str(ws.cell(numbers, k(n)).value) != str(n):
            fail(f"header column {n}: {ws.cell(numbers, k(n)).value!r} at {get_column_letter(k(n))}{numbers}")
        if ws.cell(HEADER_TOP + 2, k(n)).value != "K" or ws.cell(HEADER_TOP + 2, rp(n)).value != "Rp":
            fail(f"K/Rp under column {n}")
        merged = f"{get_column_letter(k(n))}{numbers}:{get_column_letter(rp(n))}{numbers}"
        if merged not in {str(r) for r in ws.merged_cells.ranges}:
            fail(f"column number {n} not merged over K and Rp ({merged})")
    for n, c in ((16, 26), (17, 27)):
        if str(ws.cell(numbers, c).value) != str(n):
            fail(f"header column {n}: {ws.cell(numbers, c).value!r}")
    for q in range(1, 5):
        if ws.cell(HEADER_TOP + 1, k(8 + q)).value != ROMAN[q - 1]:
            fail(f"quarter header {ROMAN[q - 1]}: {ws.cell(HEADER_TOP + 1, k(8 + q)).value!r}")

    # Every formula agrees with its cached value.
    count, problems = formula_check.check_book(path)
    for p in problems:
        fail(p)
    if count == 0 and (expected[2] != "na" or expected[6] != "na"):  # 14 K or Rp is a formula
        fail("no formula in the workbook")

    # The row of KODE: values by hand, and the formulas that give them.
    row = next((r for r in range(BODY_TOP, ws.max_row + 1) if ws.cell(r, 3).value == kode), None)
    if row is None:
        fail(f"no row with kode {kode}")
        return
    names = ["K13", "K7", "K14", "K15", "RP7", "RP13", "RP14", "RP15"]
    columns = [k(13), k(7), k(14), k(15), rp(7), rp(13), rp(14), rp(15)]
    for name, column, want in zip(names, columns, expected):
        got = cs.cell(row, column).value
        if not same(got, want):
            fail(f"{kode} {name} ({get_column_letter(column)}{row}): {got!r}, expected {want}")
    for column in (rp(14), rp(15)):
        if cs.cell(row, column).value != "n/a" and not str(ws.cell(row, column).value or "").startswith("="):
            fail(f"{kode}: {get_column_letter(column)}{row} is not a formula: {ws.cell(row, column).value!r}")
    # The quarters after the one evaluated are empty, in every body row.
    for r in range(BODY_TOP, ws.max_row + 1):
        for q in range(triwulan + 1, 5):
            for column in (k(8 + q), rp(8 + q)):
                if ws.cell(r, 3).value and cs.cell(r, column).value is not None:
                    fail(f"{get_column_letter(column)}{r}: quarter {q} after {triwulan} is not empty")

    # Footer: the means are AVERAGE formulas and the predikat nested IFs over them.
    labels = {ws.cell(r, 1).value: r for r in range(BODY_TOP, ws.max_row + 1)}
    mean_row = next((r for l, r in labels.items() if l and str(l).startswith("Rata-rata capaian")), None)
    predikat_row = labels.get("Predikat kinerja")
    if mean_row is None or predikat_row is None:
        fail(f"footer rows missing: {list(labels)}")
        return
    for column in (k(15), rp(15)):
        f = str(ws.cell(mean_row, column).value or "")
        if cs.cell(mean_row, column).value != "n/a" and not f.startswith("=AVERAGE("):
            fail(f"mean {get_column_letter(column)}{mean_row}: {f!r}")
        p = str(ws.cell(predikat_row, column).value or "")
        if cs.cell(mean_row, column).value != "n/a" and not p.startswith("=IF("):
            fail(f"predikat {get_column_letter(column)}{predikat_row}: {p!r}")


if __name__ == "__main__":
    main(*sys.argv[1:])
    for f in failures:
        print(f)
    print(f"evaluasi_check: {len(failures)} problems")
    sys.exit(1 if failures else 0)
