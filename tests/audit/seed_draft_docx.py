#!/usr/bin/env python3
"""A draft not written by lkjip: Tables 3.1.1 and 3.5.1 of the Dumai LKj 2023 as printed (seed
001_4aa26a37b594f19f.txt, L3582-L3664 and L4714-L4814), with their own captions, headings, merged cells,
misspellings ("Realaisasi", "Perencanaandan") and numbers, and the analysis of IKU1.1 (L3674-L3684), written
as a Word file with python3-docx.

    python3 tests/audit/seed_draft_docx.py OUT.docx [--ubah]

--ubah changes three figures the way drafts go wrong: digits swapped (70,58% printed 70,85%), a decimal comma
moved (22,13% printed 2,213%), a word of the scale changed (Sangat Berhasil printed Berhasil).
"""
import sys

import docx


def table(document, caption, header_rows, rows, spans=(), vmerges=(), change=False):
    """header_rows and rows: lists of cell texts (None = covered by a merge). spans: (row, first, last) merged
    across; vmerges: (column, first_row, last_row) merged down. Rows are numbered over header and body."""
    document.add_paragraph(caption)
    all_rows = header_rows + rows
    t = document.add_table(rows=len(all_rows), cols=len(all_rows[0]))
    t.style = "Table Grid"
    for r, first, last in spans:
        t.cell(r, first).merge(t.cell(r, last))
    for c, first, last in vmerges:
        t.cell(first, c).merge(t.cell(last, c))
    for r, values in enumerate(all_rows):
        for c, text in enumerate(values):
            if text is not None:
                t.cell(r, c).text = CHANGES.get(text, text) if change and r >= len(header_rows) else text
    document.add_paragraph("")


CHANGES = {"70,58%": "70,85%", "22,13%": "2,213%", "Sangat Berhasil": "Berhasil"}


def main(out, change):
    d = docx.Document()
    d.add_paragraph("Capaian kinerja Dinas Koperasi, UKM dan Perindustrian Kota Dumai pada tahun 2023 "
                    "tergambar dalam tabel 3.1.1 dan dijabarkan sebagai berikut :")
    table(d, "Tabel 3.1.1 Pengukuran Kinerja Pencapaian Sasaran dan IKU Tahun 2023",
          [["No", "SASARAN", "URAIAN INDIKATOR", "2022", None, "2023", None, None, "Predikat Capaian"],
           [None, None, None, "Realaisasi", "Capaian Kinerja", "Target", "Realisasi", "Capaian Kinerja", None]],
          [["1", "Meningkatkan kesejahteraan masyarakat anggota koperasi dan UKM", "Persentase Koperasi aktif",
            "62,5%", "91,20%", "70,58%", "65,16%", "92,32%", "Sangat Berhasil"],
           [None, None, "Persentase Usaha Mikro Kecil",
            "25,79%", "73,68%", "45 %", "22,13%", "49,17%", "Tidak Berhasil"],
           ["2", "Meningkatnya kontribusi sektor industri sebagai sektor unggulan dalam mendukung perekonomian "
            "daerah", "Persentase Kontribusi Industri terhadap PDRB",
            "6,56%", "10,59%", "63,9%", "7,72%", "12,08%", "Tidak Berhasil"],
           [None, None, "Persentase Cakupan Kelompok Bina Pengrajin",
            "0", "0", "13%", "4.33%", "33,31%", "Tidak Berhasil"]],
          spans=[(0, 3, 4), (0, 5, 7)], change=change,
          vmerges=[(0, 0, 1), (1, 0, 1), (2, 0, 1), (8, 0, 1), (0, 2, 3), (1, 2, 3), (0, 4, 5), (1, 4, 5)])
    table(d, "Tabel 3.5.1 Sasaran Strategis dan Anggaran Tahun 2023 (Program Prioritas)",
          [["NO", "SASARAN STRATEGIS", "PROGRAM", "ANGGARAN SETELAH PERUBAHAN", "REALISASI", "% RATA RATA"]],
          [["1", "Meningkatnya Kesejahteraan Masyarakat Kota Dumai",
            "Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", "6.210.455.282", "5.790.388.484", "93,24"],
           [None, None, "Program Pengawasan dan Pemeriksaan Koperasi", "185.128.000", "183.965.945", "99,37"],
           [None, None, "Program Pemberdayaan dan perlindungan Koperasi", "100.000.000", "96.725.298", "96,73"],
           [None, None, "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)",
            "2.073.834.100", "1.855.010.480", "89,45"],
           [None, None, "Program pengembangan UMKM", "130.410.000", "130.253.000", "99,88"],
           ["2", "Meningkatkan Perekonomian dan Daya saing daerah", "Program Perencanaandan Pembangunan Industri",
            "30.000.000", "29.970.000", "99,90"]],
          vmerges=[(0, 1, 5), (1, 1, 5)])
    d.add_paragraph("Analisis atas Capaian Indikator Kinerja Utama ini sebagai berikut:")
    d.add_paragraph("1. Indikator Persentase Koperasi Aktif")
    # Seed L3674-L3684, as printed: the template left unfilled, and the predikat of the realisasi.
    d.add_paragraph("a. Capaian kinerja untuk indikator Persentase Koperasi Aktif menunjukkan capaian yang "
                    "meningkat/ menurun/ tetap. Target yang ditetapkan tahun 2023 adalah 70,58% realisasi "
                    "sebesar 65,16% tercapai Sedang atau bernilai kinerja 66 ≤ 75 (sedang). Bila dibandingkan "
                    "dengan realisasi tahun 2022 sebesar 62,5% atau tercapai sebesar 91,20%, maka capaian tahun "
                    "2023 meningkat sebesar 92,32%")
    d.save(out)


if __name__ == "__main__":
    main(sys.argv[1], "--ubah" in sys.argv[2:])
