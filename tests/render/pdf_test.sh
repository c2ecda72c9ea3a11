#!/usr/bin/env bash
# The Dumai report as a PDF, checked with real readers: every font embedded (pdffonts), a valid file
# (qpdf --check), the engine's values in reading order (pdftotext), page footers, byte-identical reruns.
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
# Every font row says emb=yes.
fonts=$(pdffonts "$tmp/a/d.pdf" | tail -n +3)
[ -n "$fonts" ]
if echo "$fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
  echo "a font is not embedded:"; echo "$fonts"; exit 1
fi
pdftotext -layout "$tmp/a/d.pdf" "$tmp/d.txt"
"$lkjip" report fixtures/dumai-2023 --dump >"$tmp/dump.txt" 2>/dev/null
pages=$(pdfinfo "$tmp/a/d.pdf" | awk '/^Pages:/ { print $2 }')
# The cover has no footer; every other page says where it is.
for p in $(seq 1 $((pages - 1))); do
  grep -q "Halaman $p dari $((pages - 1))" "$tmp/d.txt" || { echo "no footer for page $p"; exit 1; }
done
# Engine values in the order the tables print them: IKU capaian (3.1.1), sasaran, the Ikhtisar's OPD figures.
python3 - "$tmp/d.txt" "$tmp/dump.txt" <<'PY'
import re
import sys
text = open(sys.argv[1], encoding="utf-8").read()
dump = open(sys.argv[2], encoding="utf-8").read()
def in_order(values, start=0):
    pos = start
    for v in values:
        i = text.find(v, pos)
        if i < 0:
            sys.exit(f"missing or out of order: {v!r} after offset {pos}")
        pos = i + len(v)
    return pos
ikhtisar = in_order(["Ikhtisar Kinerja", "46,72%", "Sangat Rendah", "Tidak Berhasil", "8.729.827.382",
                     "8.245.041.267", "94,45%"])
t311 = in_order(["Tabel 3.1.1", "70,58", "65,16", "92,32%", "45", "22,13", "49,18%", "63,90", "7,72", "12,08%",
                 "13", "4,33", "33,31%"], ikhtisar)
in_order(["Tabel 3.6.3", "101,77%", "99,37%", "102,42%", "138,11%", "96,73%", "142,79%"], t311)
in_order(["SEPRANEF SYAMSIR", "Pembina Utama Muda", "NIP. 19740925 199502 1 001"], t311)
# Every number of every table, in row order, after that table's title: nothing computed is lost.
number = re.compile(r"^-?[0-9][0-9.]*(,[0-9]+)?%?$")
checked = 0
blocks = dump.strip().split("\n\n")
for block in blocks:
    lines = block.splitlines()
    nomor = lines[0].split("  ")[0]  # "Tabel 3.1.1"
    title_at = text.find(nomor + " ") if nomor != "Tabel I" else text.find("Ikhtisar")
    if title_at < 0:
        sys.exit(f"table title missing: {nomor}")
    values = []
    for line in lines:
        if line.startswith(("baris: ", "grup: ", "jumlah: ")):
            for cell in line.split(": ", 1)[1].split(" | "):
                shown = re.sub(r" \[=.*\]| #\w+| \(.*\)$", "", cell).strip()
                if number.match(shown):
                    values.append(shown)
    in_order(values, title_at)
    checked += len(values)
print(f"pdf text ok: {checked} numbers of {len(blocks)} tables in order")
PY
