"""Checks and edits of lkjip input workbooks with openpyxl, a reader independent of lkjip.

  workbook_check.py structure BOOK.xlsx     the layout `lkjip init --xlsx` promises
  workbook_check.py edit BOOK.xlsx OUT.xlsx what a user does: a word in a number cell, a renamed and moved
                                            sheet, a formula saved without its value (openpyxl writes none),
                                            a NIP typed as a number
  workbook_check.py formulas BOOK.xlsx OUT.xlsx   two numbers typed as formulas (to be computed and saved
                                            by LibreOffice, then read by their cached values)
  workbook_check.py same A.json B.json      two `compute --json` outputs agree, diagnostics compared by
                                            their message (the location names a folder or a workbook)
"""
import json
import re
import sys

import openpyxl


def fail(message):
    print("workbook_check: " + message)
    sys.exit(1)


def structure(path):
    wb = openpyxl.load_workbook(path)
    expected = ["Petunjuk", "Profil", "Tujuan", "Sasaran", "Anggaran", "Evaluasi Renja", "Skala", "Indikator", "Renstra",
                "Perjanjian Kinerja", "Realisasi", "Belanja", "Narasi", "Angka Tercetak", "Daftar"]
    if wb.sheetnames != expected:
        fail("sheets %s, expected %s" % (wb.sheetnames, expected))
    if wb["Daftar"].sheet_state != "hidden":
        fail("the list sheet is not hidden")
    for name in expected[1:-1]:
        ws = wb[name]
        if ws.freeze_panes != "A2":
            fail("%s: header not frozen (%s)" % (name, ws.freeze_panes))
        for cell in ws[1]:
            if cell.value is None:
                fail("%s: empty header cell %s" % (name, cell.coordinate))
            if name != "Profil" and cell.comment is None and not str(cell.value).isdigit():
                fail("%s!%s: header without its explanation" % (name, cell.coordinate))
    validations = {str(dv.sqref): (dv.type, dv.formula1) for dv in wb["Indikator"].data_validations.dataValidation}
    if validations.get("E2:E10000") != ("list", '"positif,negatif"'):
        fail("Indikator: arah has no positif/negatif drop-down: %s" % validations)
    validations = {str(dv.sqref): (dv.type, dv.formula1)
                   for dv in wb["Angka Tercetak"].data_validations.dataValidation}
    # The drop-down lists every quantity of the vocabulary, as the Daftar sheet holds them.
    # (Daftar holds one column per long choice list: the Narasi sheet's bagian comes first.)
    besaran, letter = [], "A"
    for column in wb["Daftar"].iter_cols():
        values = [c.value for c in column if c.value is not None]
        if "capaian" in values:
            besaran, letter = values, column[0].column_letter
    if validations.get("D2:D10000") != ("list", "Daftar!$%s$1:$%s$%d" % (letter, letter, len(besaran))) or not \
            {"capaian", "sisa_anggaran", "capaian_nasional"} <= set(besaran):
        fail("Angka Tercetak: besaran has no drop-down of the vocabulary: %s %s" % (validations, besaran))
    realisasi = wb["Realisasi"]
    row = [c for c in realisasi[2]]
    if row[0].data_type != "s" or row[0].number_format != "@":
        fail("Realisasi!A2: a code must be text")
    if row[2].data_type != "n" or row[2].number_format != "#,##0.00##":
        fail("Realisasi!C2: realisasi must be a formatted number, is %r %r" % (row[2].value, row[2].number_format))
    anggaran = wb["Anggaran"]
    if not isinstance(anggaran["D2"].value, int) or anggaran["D2"].number_format != "#,##0":
        fail("Anggaran!D2: pagu must be whole rupiah, is %r" % anggaran["D2"].value)
    profile = {r[0].value: r[1] for r in wb["Profil"].iter_rows(min_row=2)}
    nip = profile.get("kepala.nip")
    if nip is None or nip.data_type != "s" or nip.number_format != "@":
        fail("Profil: the NIP must be stored as text")
    print("structure ok: %d sheets" % len(wb.sheetnames))


def edit(path, out):
    wb = openpyxl.load_workbook(path)
    wb["Realisasi"]["C2"] = "tujuh puluh"
    wb["Anggaran"]["D2"] = "=1+1"
    profile = wb["Profil"]
    for row in profile.iter_rows(min_row=2):
        if row[0].value == "kepala.nip":
            row[1].value = 197409251995021001  # a NIP typed into a number cell
    indikator = wb["Indikator"]
    indikator.title = "IKU Dinas"
    wb.move_sheet(indikator, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index("IKU Dinas"))
    wb.save(out)


def formulas(path, out):
    """The same numbers typed as formulas: Realisasi!C2 62.5 as =125/2, Anggaran!D2 as a sum."""
    wb = openpyxl.load_workbook(path)
    realisasi = wb["Realisasi"]
    if realisasi["C2"].value != 62.5:
        fail("Realisasi!C2 is %r, expected 62.5" % realisasi["C2"].value)
    realisasi["C2"] = "=125/2"
    anggaran = wb["Anggaran"]
    pagu = anggaran["D2"].value
    anggaran["D2"] = "=%d+%d" % (pagu - 1000, 1000)
    wb.save(out)


def same(a_path, b_path):
    def load(p):
        with open(p, encoding="utf-8") as f:
            data = json.load(f)
        data["peringatan"] = [re.sub(r"^.*?: (galat|peringatan): ", r"\1: ", d) for d in data.get("peringatan", [])]
        return data
    a, b = load(a_path), load(b_path)
    if a != b:
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                print("differs: %s" % key)
        fail("%s and %s differ" % (a_path, b_path))
    print("same result: %s = %s" % (a_path, b_path))


if __name__ == "__main__":
    command = sys.argv[1]
    {"structure": structure, "edit": edit, "formulas": formulas, "same": same}[command](*sys.argv[2:])
