#!/usr/bin/env bash
# The Dumai report as a workbook, checked with real readers: openpyxl recomputes every formula and compares
# the cached values with `lkjip compute --json` (xlsx_check.py); two runs, and a run under a decimal-comma
# locale, give byte-identical files.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
name=dumai
"$lkjip" report fixtures/dumai-2023 -o "$tmp/a" --name "$name" 2>/dev/null
"$lkjip" report fixtures/dumai-2023 -o "$tmp/b" --name "$name" 2>/dev/null
cmp "$tmp/a/$name.xlsx" "$tmp/b/$name.xlsx"
# LC_NUMERIC must not leak into the numbers libxlsxwriter writes.
for loc in id_ID.UTF-8 de_DE.UTF-8; do
  if locale -a 2>/dev/null | grep -qi "^${loc%.UTF-8}.utf8$"; then
    LC_ALL=$loc "$lkjip" report fixtures/dumai-2023 -o "$tmp/$loc" --name "$name" 2>/dev/null
    cmp "$tmp/a/$name.xlsx" "$tmp/$loc/$name.xlsx"
    echo "identical under $loc"
  fi
done
"$lkjip" compute fixtures/dumai-2023 --json >"$tmp/compute.json" 2>/dev/null
/usr/bin/python3 tests/render/xlsx_check.py "$tmp/a/$name.xlsx" "$tmp/compute.json"
