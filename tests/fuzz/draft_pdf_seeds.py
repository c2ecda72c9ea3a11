#!/usr/bin/env python3
"""Small PDF drafts for fuzz_draft_pdf, written by hand with uncompressed page streams so that the
fuzzer's mutations reach poppler's text operators and lkjip's table reconstruction (a compressed stream
is mostly refused by inflate). Each is a one- or two-page table as drafts print them: a "Tabel ..."
caption, a header, numbered rows of an indicator with its figures, a "Jumlah" row, and a sentence.

Usage: draft_pdf_seeds.py OUTDIR
"""
import os
import sys


def pdf(pages):
    """pages: lists of (x, y, size, text) in points from the bottom left of an A4 page."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for words in pages:
        stream = "".join(
            "BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y,
                                                    text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
            for x, y, size, text in words)
        objects.append("<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream))
        content = len(objects)
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for o in offsets:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode()
    return out


def table(caption, header, rows, top=780):
    """A caption, one header line and rows, columns at fixed x positions."""
    xs = [40, 70, 300, 370, 440, 510]
    words = [(40, top, 11, caption)]
    y = top - 30
    for x, h in zip(xs, header):
        words.append((x, y, 9, h))
    for row in rows:
        y -= 18
        for x, cell in zip(xs, row):
            words.append((x, y, 9, cell))
    return words, y


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    header = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"]
    iku = [["1", "Persentase Koperasi Aktif", "70,58", "65,16", "92,32", "Sangat Tinggi"],
           ["2", "Persentase Koperasi Sehat", "10,00", "4,92", "49,18", "Sangat Rendah"]]
    words, y = table("Tabel 3.1.1 Pengukuran Kinerja Tahun 2023", header, iku)
    words.append((40, y - 40, 10, "Capaian IKU Persentase Koperasi Aktif sebesar 92,32% dengan predikat Sedang."))
    seeds = {"pengukuran": pdf([words])}
    budget = [["1", "2.17.03", "185.128.000", "183.965.945", "99,37", ""],
              ["2", "2.17.06", "100.000.000", "96.725.298", "96,73", ""],
              ["", "Jumlah", "285.128.000", "280.691.243", "98,44", ""]]
    words, _ = table("Tabel 3.5.1 Realisasi Anggaran", ["No", "Program", "Pagu", "Realisasi", "Serapan (%)", ""],
                     budget)
    seeds["anggaran"] = pdf([words])
    # A table continued over a page break, and a footer line.
    first, _ = table("Tabel 3.2.1 Capaian Kinerja Sasaran", header, iku[:1])
    first.append((260, 30, 8, "Halaman 1 dari 2"))
    second = [(40, 780, 9, "2"), (70, 780, 9, "Persentase Koperasi Sehat"), (300, 780, 9, "10,00"),
              (370, 780, 9, "4,92"), (440, 780, 9, "49,18"), (510, 780, 9, "Sangat Rendah")]
    seeds["lanjutan"] = pdf([first, second])
    for name, data in seeds.items():
        with open(os.path.join(out, name + ".pdf"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
