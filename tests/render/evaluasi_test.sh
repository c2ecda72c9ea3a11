#!/usr/bin/env bash
# lkjip evaluasi (the Permendagri 86/2017 evaluation of the Renja) on the Dumai fixture with the golden case's
# overlay: the workbook read back with openpyxl (evaluasi_check.py: header 1..17 with K/Rp, every formula
# against its cached value, one row worked by hand, the footer), the PDF with poppler (landscape, the figures
# in the text), two runs byte-identical, a bad --triwulan refused with exit 2 and nothing written.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
input="$tmp/input"
cp -r fixtures/dumai-2023 "$input"
cp tests/golden/evaluasi-dumai-tw4/overlay/* "$input/"

"$lkjip" evaluasi "$input" --triwulan 4 -o "$tmp/a" --name e >/dev/null
"$lkjip" evaluasi "$input" --triwulan 4 -o "$tmp/b" --name e >/dev/null
cmp "$tmp/a/e.xlsx" "$tmp/b/e.xlsx"
cmp "$tmp/a/e.pdf" "$tmp/b/e.pdf"
echo "two runs byte-identical"

# Sub kegiatan 2.17.07.2.01.0001 and its indicator IS-2.17.07.2.01.0001 (pelaku UMKM dibina, seed 000; akumulasi
# jumlah; quarters 540, 610, 655, 690 and budget quarters 215.400.000, 402.750.000, 468.300.000, 559.200.480,
# synthetic). K: 7 = 2.100 + 2.264 = 4.364 (2021 + 2022), 13 = the quarters so far, 14 = 7 + 13,
# 15 = 14 / 10.000 x 100. Rp: 7 = 2.900.000.000, 13 = the quarters so far, 14 = 7 + 13, 15 = 14 / 8.000.000.000 x 100.
/usr/bin/python3 tests/render/evaluasi_check.py "$tmp/a/e.xlsx" 4 2.17.07.2.01.0001 \
  2495 4364 6859 68.59 2900000000 1645650480 4545650480 56.820631

# TW II: quarters III and IV empty; 13 = 540 + 610 = 1.150 and 215.400.000 + 402.750.000 = 618.150.000.
"$lkjip" evaluasi "$input" --triwulan 2 -o "$tmp/c" --name e >/dev/null
/usr/bin/python3 tests/render/evaluasi_check.py "$tmp/c/e.xlsx" 2 2.17.07.2.01.0001 \
  1150 4364 5514 55.14 2900000000 618150000 3518150000 43.976875

pdftotext -layout "$tmp/a/e.pdf" "$tmp/e.txt"
for text in "Evaluasi terhadap Hasil Renja" "Triwulan IV" "68,59%" "56,82%" "4.545.650.480" \
  "Evaluasi Renja TW IV 2023" "Rata-rata capaian kinerja" "Predikat kinerja" "Faktor pendorong" "pendampingan lanjutan" "SEPRANEF SYAMSIR"; do
  if ! grep -qi -- "$text" "$tmp/e.txt"; then
    echo "PDF lacks: $text"
    exit 1
  fi
done
# Page 1 is the cover (portrait); the form starts on page 2.
size=$(pdfinfo -f 2 -l 2 "$tmp/a/e.pdf" | sed -n 's/^Page *2 size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p')
read -r w h <<<"$size"
awk -v w="$w" -v h="$h" 'BEGIN { exit !(w > h) }' || { echo "PDF not landscape: $size"; exit 1; }
echo "PDF: landscape, figures and footer in its text"

# A bad quarter: exit 2, a clear message, nothing written.
set +e
"$lkjip" evaluasi "$input" --triwulan 5 -o "$tmp/d" 2>"$tmp/err"
code=$?
set -e
[ "$code" = 2 ] || { echo "--triwulan 5: exit $code"; exit 1; }
grep -q -- '--triwulan harus 1, 2, 3 atau 4, ditemukan "5"' "$tmp/err" || { cat "$tmp/err"; exit 1; }
[ ! -e "$tmp/d" ] || { echo "--triwulan 5 wrote $tmp/d"; exit 1; }
echo "evaluasi: ok"
