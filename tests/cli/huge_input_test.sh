#!/usr/bin/env bash
# Inputs far beyond sane sizes are refused with a message naming the file and line, without exhausting
# memory: a 16 MB line in a CSV, and a file over a --max-file-mb limit. Generated here rather than committed.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r fixtures/dumai-2023 "$tmp/opd"
{ printf 'kode;tahun;realisasi;pembilang;penyebut;catatan\nIKU1.1;2023;65,16;;;'
  head -c 16777216 /dev/zero | tr '\0' 'x'
  printf '\n'; } >"$tmp/opd/realisasi.csv"
set +e
"$lkjip" check "$tmp/opd" >"$tmp/out" 2>&1
code=$?
set -e
[ "$code" = 3 ] || { echo "expected exit 3, got $code"; cat "$tmp/out"; exit 1; }
grep -q "realisasi.csv:2:6: galat: kolom terlalu panjang: lebih dari 1.048.576 byte" "$tmp/out" ||
  { echo "message:"; head -c 2000 "$tmp/out"; exit 1; }
# The same file is refused whole under a 10 MiB limit, before it is read.
set +e
"$lkjip" check "$tmp/opd" --max-file-mb 10 >"$tmp/out" 2>&1
code=$?
set -e
[ "$code" = 3 ] || { echo "expected exit 3, got $code"; exit 1; }
grep -q "realisasi.csv: galat: berkas terlalu besar (16 MiB; batas 10 MiB; ubah dengan --max-file-mb)" "$tmp/out" ||
  { echo "message:"; cat "$tmp/out"; exit 1; }
echo "huge inputs refused"
