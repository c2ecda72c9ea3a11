#!/usr/bin/env bash
# The whole Dumai document as a .docx, read back with real readers: two runs give the same bytes; every XML
# part is well-formed and named in [Content_Types].xml (and every relationship target exists); python-docx
# (Debian's python3-docx) opens it and finds every table of the document model, each after its caption, with
# its header rows marked to repeat, and every heading in its Heading N style with its text; `--format`
# chooses the files; `--tables-only` leaves the DOCX whole.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$lkjip" report fixtures/dumai-2023 -o "$tmp/a" --name d 2>/dev/null >/dev/null
"$lkjip" report fixtures/dumai-2023 -o "$tmp/b" --name d 2>/dev/null >/dev/null
cmp "$tmp/a/d.docx" "$tmp/b/d.docx"
"$lkjip" report fixtures/dumai-2023 --dump-document >"$tmp/doc.txt" 2>/dev/null
/usr/bin/python3 - "$tmp/a/d.docx" "$tmp/doc.txt" "$tmp/a/d.pdf" <<'PY'
import re
import subprocess
import sys
import zipfile
import posixpath
import xml.dom.minidom
import docx

path, dump = sys.argv[1], sys.argv[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# (a) well-formed parts, every part named in the content types, every relationship target present.
z = zipfile.ZipFile(path)
names = z.namelist()
for info in z.infolist():
    if info.date_time[:3] == (1980, 1, 0) or info.date_time[1] == 0 or info.date_time[2] == 0:
        sys.exit(f"{info.filename}: invalid zip date {info.date_time}")
    xml.dom.minidom.parseString(z.read(info.filename))
types = xml.dom.minidom.parseString(z.read("[Content_Types].xml"))
overrides = {o.getAttribute("PartName") for o in types.getElementsByTagName("Override")}
defaults = {d.getAttribute("Extension") for d in types.getElementsByTagName("Default")}
for n in names:
    if "/" + n not in overrides and n.rsplit(".", 1)[-1] not in defaults:
        sys.exit(f"{n} is not named in [Content_Types].xml")
for n in names:
    if not n.endswith(".xml") or n.startswith("[") or n.endswith(".rels"):
        continue
    if "/" + n not in overrides:
        sys.exit(f"{n} has no content type override")
for rels in [n for n in names if n.endswith(".rels")]:
    base = posixpath.dirname(posixpath.dirname(rels))
    for r in xml.dom.minidom.parseString(z.read(rels)).getElementsByTagName("Relationship"):
        target = posixpath.normpath(posixpath.join(base, r.getAttribute("Target")))
        if target not in names:
            sys.exit(f"{rels}: target {target} is not in the package")
if names[:3] != ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]:
    sys.exit(f"parts out of order: {names[:3]}")

# The document model, from the text dump: headings, table references, two-signatory signatures.
lines = open(dump, encoding="utf-8").read().split("\n")[1:]
heads = []
for l in lines:
    m = re.match(r"^(#+) (.*)$", l)
    if m:
        heads.append((len(m.group(1)), m.group(2)))
tables = [l[len("[Tabel "):-1] for l in lines if l.startswith("[Tabel ")]
pairs = sum(1 for l in lines if l.startswith("[Tanda tangan:") and l.count("; ") >= 2)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()

# (b) python-docx: headings in their styles, tables after their captions, header rows repeating.
d = docx.Document(path)
found = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
if len(found) != len(heads):
    sys.exit(f"{len(found)} headings in the DOCX, {len(heads)} in the document")
for (style, text), (level, want) in zip(found, heads):
    if style != f"Heading {min(level, 4)}" or norm(text) != norm(want):
        sys.exit(f"heading {want!r} (level {level}) read as {text!r} in {style}")
if len(d.tables) != len(tables) + pairs:
    sys.exit(f"{len(d.tables)} tables in the DOCX, {len(tables)} report tables and {pairs} signature tables")
body = list(d.element.body.iterchildren())
captions = []
for i, e in enumerate(body):
    if e.tag != W + "tbl":
        continue
    before = body[i - 1]
    text = "".join(t.text or "" for t in before.iter(W + "t"))
    if text.startswith("Tabel "):
        captions.append(text[len("Tabel "):])
        first_row = e.find(W + "tr")
        if first_row is None or first_row.find(W + "trPr/" + W + "tblHeader") is None:
            sys.exit(f"table {text!r}: its first row is not marked as a repeating header row")
if [norm(c) for c in captions] != [norm(t) for t in tables]:
    missing = [t for t in tables if norm(t) not in {norm(c) for c in captions}]
    sys.exit(f"captions differ from the document's tables; missing: {missing[:3]}")
placeholders = [p for p in d.paragraphs if p.text.startswith("[BELUM DIISI")]
for p in placeholders:
    if any(r.font.color.rgb is None or str(r.font.color.rgb) != "C00000" for r in p.runs):
        sys.exit(f"placeholder not red: {p.text[:60]!r}")
landscape = [s for s in d.sections if s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE]
if not landscape or any(s.page_width <= s.page_height for s in landscape):
    sys.exit("no landscape section, or one with portrait page sizes")
# The Daftar Isi shows the page numbers of lkjip's PDF (until Word updates the field): the same numbers, in
# the same order, as the PDF's own Daftar Isi.
toc = [p.text.rsplit("\t", 1)[-1] for p in d.paragraphs if p.style.name.startswith("toc ") and "\t" in p.text]
pdf_pages = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), sys.argv[3], "-"], capture_output=True,
                            text=True).stdout for i in range(1, 8)]
contents = next(t for t in pdf_pages if "DAFTAR ISI" in t)
pdf_numbers = re.findall(r"^(\d+)$", contents, re.M)
if not toc or toc[:len(pdf_numbers)] != pdf_numbers:
    sys.exit(f"DOCX contents pages {toc} differ from the PDF's {pdf_numbers}")
charts = [n for n in names if n.startswith("word/charts/")]
print(f"docx: {len(toc)} contents entries with the PDF's page numbers, {len(found)} headings, {len(d.tables)} tables ({len(tables)} report tables), "
      f"{len(d.sections)} sections ({len(landscape)} landscape), {len(placeholders)} placeholders, "
      f"{len(charts)} charts")
PY
# --format: only the files asked for; --tables-only leaves the DOCX the whole document.
"$lkjip" report fixtures/dumai-2023 -o "$tmp/c" --name d --format docx 2>/dev/null >/dev/null
[ "$(ls "$tmp/c")" = "d.docx" ]
"$lkjip" report fixtures/dumai-2023 -o "$tmp/e" --name d --format xlsx,pdf --tables-only 2>/dev/null >/dev/null
[ "$(ls "$tmp/e" | tr '\n' ' ')" = "d.pdf d.xlsx " ]
"$lkjip" report fixtures/dumai-2023 -o "$tmp/f" --name d --format pdf,docx --tables-only 2>/dev/null >/dev/null
unzip -p "$tmp/f/d.docx" word/document.xml | grep -q "BAB III"
# batch --format: each OPD's report in the formats asked for; the recap stays XLSX and PDF.
"$lkjip" batch fixtures/dumai-2023 -o "$tmp/h" -j 1 --format docx 2>/dev/null >/dev/null
[ "$(ls "$tmp/h" | tr '\n' ' ')" = "dumai-2023.docx rekap.pdf rekap.xlsx " ]
cmp <(unzip -p "$tmp/h/dumai-2023.docx" word/styles.xml) <(unzip -p "$tmp/a/d.docx" word/styles.xml)
# A misspelt format: exit 2 with the closest name, nothing written.
set +e
"$lkjip" report fixtures/dumai-2023 -o "$tmp/g" --format dox 2>"$tmp/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] && grep -q 'maksud Anda docx' "$tmp/err.txt" && [ ! -e "$tmp/g" ]
# lkjip's own DOCX read back as a draft (audit --draft, engine/input/draft/docx_reader): every figure of its
# tables is found and matched (each table's caption is the paragraph before it, its header rows and merges
# as Word writes them), and the audit finds nothing: lkjip's figures follow its data. (A DOCX is read as one
# page of text: a sentence about a sasaran must not be taken as about the indicator named above it.)
set +e
"$lkjip" audit fixtures/dumai-2023 --draft "$tmp/a/d.docx" --json >"$tmp/audit.json" 2>/dev/null
code=$?
set -e
[ "$code" -eq 0 ] || { echo "audit --draft of lkjip's own DOCX: exit $code, expected 0 (no finding)"; exit 1; }
/usr/bin/python3 - "$tmp/audit.json" <<'PY'
import json
import sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
read, matched = a["angka_dibaca"], a["angka_dicocokkan"]
if read < 200 or matched < 0.95 * read:
    sys.exit(f"audit --draft of lkjip's DOCX: {matched} of {read} figures matched")
if a["temuan"]:
    sys.exit(f"audit --draft of lkjip's DOCX: {len(a['temuan'])} findings, expected none")
print(f"docx as a draft: {matched} of {read} figures matched")
PY
echo "docx: ok"
