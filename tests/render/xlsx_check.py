#!/usr/bin/python3
"""Reads an lkjip report workbook back with openpyxl (Debian's python3-openpyxl) and checks it as a
reviewer's spreadsheet would see it:

- every formula, recomputed from the cached values of the cells it reads, gives its own cached value
  (so a viewer that does not recalculate and one that does show the same number);
- the cached values agree with `lkjip compute --json` on the same folder;
- sheets, merges, number formats, print setup, document properties and charts are as designed.

Usage: xlsx_check.py WORKBOOK.xlsx COMPUTE.json
Exits non-zero with a list of every mismatch.
"""
import json
import sys
import zipfile

import formula_check
import openpyxl

failures = []


def fail(msg):
    failures.append(msg)


def close(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def main(path, json_path):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    data = json.load(open(json_path, encoding="utf-8"))

    expected_sheets = ["Ikhtisar", "2.4.1 Perjanjian Kinerja", "2.4.2 Pagu Anggaran", "3.1.1 Capaian IKU",
                       "3.2.1 Perbandingan Tahun", "3.3.1 Renstra", "3.4.1 Nasional", "3.5.1 Anggaran Sasaran",
                       "3.6.1 Kinerja dan Anggaran", "3.6.2 Efisiensi IKU", "3.6.3 Efisiensi Program",
                       "3.7 Belanja", "Lampiran Pengukuran", "Lampiran Matriks Renstra"]
    if formulas.sheetnames != expected_sheets:
        fail(f"sheets: {formulas.sheetnames}")

    # 1. Every formula reproduces its cached value (the evaluator is formula_check.py's).
    count, problems = formula_check.check_book(path)
    for p in problems:
        fail(p)
    if count < 80:
        fail(f"only {count} formulas in the workbook")

    # 2. Cached values agree with compute --json.
    capaian = cached["3.1.1 Capaian IKU"]
    for i, iku in enumerate(data["iku"]):
        r = 5 + i
        if capaian[f"C{r}"].value != iku["nama"]:
            fail(f"3.1.1 C{r}: {capaian[f'C{r}'].value!r} != {iku['nama']!r}")
        if not close(capaian[f"G{r}"].value, iku["capaian"]):
            fail(f"3.1.1 G{r}: {capaian[f'G{r}'].value} != {iku['capaian']}")
        if capaian[f"H{r}"].value != iku["predikat"]:
            fail(f"3.1.1 H{r}: {capaian[f'H{r}'].value} != {iku['predikat']}")
    for i, s in enumerate(data["sasaran"]):
        r = 5 + 2 * i
        if not close(capaian[f"J{r}"].value, s["capaian"]):
            fail(f"3.1.1 J{r}: {capaian[f'J{r}'].value} != {s['capaian']}")
    ikhtisar = cached["Ikhtisar"]
    if not close(ikhtisar["C10"].value, data["capaian"]):
        fail(f"Ikhtisar C10 {ikhtisar['C10'].value} != {data['capaian']}")
    if ikhtisar["C11"].value != data["predikat"] or ikhtisar["C12"].value != data["atribut"]:
        fail("Ikhtisar predikat/atribut")
    if ikhtisar["C13"].value != data["anggaran"]["pagu"]:
        fail(f"Ikhtisar pagu {ikhtisar['C13'].value} != {data['anggaran']['pagu']}")
    efisiensi = cached["3.6.3 Efisiensi Program"]
    for i, p in enumerate(data["program"]):
        r = 4 + i
        if not close(efisiensi[f"H{r}"].value, p["efisiensi"]):
            fail(f"3.6.3 H{r}: {efisiensi[f'H{r}'].value} != {p['efisiensi']}")

    # 3. Layout: merges, formats, print setup.
    ws = formulas["3.1.1 Capaian IKU"]
    merges = sorted(str(m) for m in ws.merged_cells.ranges)
    want = sorted(["A1:K1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4", "J3:K3",
                   "B5:B6", "B7:B8", "J5:J6", "J7:J8", "K5:K6", "K7:K8", "A10:K10", "A11:K11"])
    if merges != want:
        fail(f"3.1.1 merges {merges}")
    if ws["G5"].number_format != '#,##0.00"%"':
        fail(f"3.1.1 G5 format {ws['G5'].number_format}")
    if ws["E5"].number_format != "#,##0.00" or ws["E6"].number_format != "#,##0":
        fail(f"3.1.1 target formats {ws['E5'].number_format} {ws['E6'].number_format}")
    if ws.page_setup.orientation != "landscape" or str(ws.page_setup.paperSize) != "9":
        fail(f"3.1.1 page setup {ws.page_setup.orientation} {ws.page_setup.paperSize}")
    if ws.print_title_rows != "$3:$4":
        fail(f"3.1.1 print titles {ws.print_title_rows}")
    if ws.sheet_properties.pageSetUpPr is None or not ws.sheet_properties.pageSetUpPr.fitToPage \
            or ws.page_setup.fitToWidth not in (None, 1, "1") or ws.page_setup.fitToHeight not in (0, "0"):
        fail("3.1.1 fit to width")
    if ws.freeze_panes != "A5":
        fail(f"3.1.1 freeze {ws.freeze_panes}")
    if ws["H5"].fill.fgColor.rgb not in ("FFC6EFCE", "00C6EFCE"):
        fail(f"3.1.1 H5 predikat fill {ws['H5'].fill.fgColor.rgb}")
    if "Halaman &P dari &N" not in (ws.oddFooter.right.text or ""):
        fail(f"footer {ws.oddFooter.right.text}")
    budget = formulas["2.4.2 Pagu Anggaran"]
    if budget["D5"].number_format != "#,##0":
        fail(f"2.4.2 D5 format {budget['D5'].number_format}")
    if budget["E13"].value != "=SUM(E14:E16)":
        fail(f"2.4.2 E13 {budget['E13'].value}")
    portrait = formulas["Ikhtisar"]
    if portrait.page_setup.orientation != "portrait":
        fail("Ikhtisar orientation")
    # Row heights were set so wrapped text does not overlap: a long program name gets more than one line.
    # (fitToWidth is omitted when 1, Excel's default.)
    if (budget.row_dimensions[7].height or 0) < 24:
        fail(f"2.4.2 row 7 height {budget.row_dimensions[7].height}")

    # 4. Properties and charts.
    props = formulas.properties
    if props.title != "Laporan Kinerja Instansi Pemerintah Tahun 2023" or not props.creator.startswith("Dinas"):
        fail(f"properties {props.title} {props.creator}")
    if str(props.created) != "2024-01-01 00:00:00":
        fail(f"created {props.created}")
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        if len(charts) != 2:
            fail(f"charts {charts}")
        xml = z.read(charts[0]).decode("utf-8")
        if "Capaian IKU Tahun 2023" not in xml or "<c:barChart>" not in xml:
            fail("chart 1 title/type")

    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"ok: {len(formulas.sheetnames)} sheets, {count} formulas recomputed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
