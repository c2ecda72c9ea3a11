#!/usr/bin/env bash
# The whole Dumai document as a PDF, read back with real readers: byte-identical reruns, a valid file, every
# font embedded; every generated sentence of the document model (report --dump-document, lines "» ") is in
# the PDF's text with the same figures; the Daftar Isi's page numbers are the pages the headings are on;
# --tables-only still writes the tables-only PDF.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$lkjip" report fixtures/dumai-2023 -o "$tmp/a" --name d 2>/dev/null >/dev/null
"$lkjip" report fixtures/dumai-2023 -o "$tmp/b" --name d 2>/dev/null >/dev/null
cmp "$tmp/a/d.pdf" "$tmp/b/d.pdf"
qpdf --check "$tmp/a/d.pdf" >"$tmp/qpdf.txt"
grep -q "No syntax or stream encoding errors found" "$tmp/qpdf.txt"
fonts=$(pdffonts "$tmp/a/d.pdf" | tail -n +3)
[ -n "$fonts" ]
if echo "$fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
  echo "a font is not embedded:"; echo "$fonts"; exit 1
fi
"$lkjip" report fixtures/dumai-2023 --dump-document >"$tmp/doc.txt" 2>/dev/null
pages=$(pdfinfo "$tmp/a/d.pdf" | awk '/^Pages:/ { print $2 }')
for p in $(seq 1 "$pages"); do
  pdftotext -f "$p" -l "$p" "$tmp/a/d.pdf" "$tmp/page-$p.txt"
done
python3 - "$tmp" "$pages" <<'PY'
import re
import sys
tmp, pages = sys.argv[1], int(sys.argv[2])
page_text = [open(f"{tmp}/page-{p}.txt", encoding="utf-8").read() for p in range(1, pages + 1)]
def body(t):
    # Without the running header and footer, which a sentence crossing a page break runs through.
    keep = [l for l in t.split("\n") if not l.startswith("LKjIP 2023 — ") and "Halaman " not in l
            and not l.startswith("Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Kota Dumai — LKjIP")]
    return "\n".join(keep)
def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\f", " ")).strip()
text = norm(" ".join(body(t) for t in page_text))
doc = open(f"{tmp}/doc.txt", encoding="utf-8").read().split("\n")
sentences = [l.split("» ", 1)[1].replace("**", "") for l in doc if "» " in l]
if len(sentences) < 30:
    sys.exit(f"only {len(sentences)} generated sentences in the dump")
missing = [s for s in sentences if norm(s) not in text]
if missing:
    sys.exit("generated sentences not in the PDF text:\n" + "\n".join(missing[:5]))
# The same figures: every decimal and amount of the model's sentences is in the PDF, once per sentence.
number = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
for s in sentences:
    for n in number.findall(s):
        if n not in text:
            sys.exit(f"{n} of {s!r} not in the PDF")
# Daftar Isi: each entry's page number is the printed number of a page holding that heading (the cover is
# unnumbered, so printed page N is PDF page N + 1).
toc_page = next(i for i, t in enumerate(page_text) if "DAFTAR ISI" in t)
numbers = [int(x) for x in re.findall(r"^(\d+)$", page_text[toc_page], re.M)]
checked = 0
entry = re.compile(r"^(BAB [IV]+ |\d+(\.\d+)+ |Kata Pengantar|Ikhtisar Eksekutif|LAMPIRAN )")
heads = [l for l in body(page_text[toc_page]).split("\n") if entry.match(l)]
if len(heads) != len(numbers):
    sys.exit(f"Daftar Isi: {len(heads)} entries, {len(numbers)} page numbers")
for head, n in zip(heads, numbers):
    if n + 1 > pages:
        sys.exit(f"{head}: page {n} beyond the document")
    words = norm(head).split(" ")[:3]
    on_page = norm(body(page_text[n]))
    if " ".join(words).upper() not in on_page.upper():
        sys.exit(f"Daftar Isi says {head!r} is on page {n}; it is not there")
    checked += 1
if checked < 10:
    sys.exit(f"only {checked} Daftar Isi entries checked")
PY
"$lkjip" report fixtures/dumai-2023 -o "$tmp/t" --name d --tables-only 2>/dev/null >/dev/null
pdftotext "$tmp/t/d.pdf" "$tmp/t.txt"
if grep -q "BAB III" "$tmp/t.txt" || grep -q "KATA PENGANTAR" "$tmp/t.txt"; then
  echo "--tables-only wrote chapters"; exit 1
fi
grep -q "Tabel 3.1.1" "$tmp/t.txt"
