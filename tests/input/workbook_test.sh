#!/usr/bin/env bash
# The input workbook end to end, checked with a reader independent of lkjip (openpyxl):
# - `init --xlsx` (example) and `init --xlsx --from` (Dumai) write the promised layout;
# - the Dumai folder, its workbook, the workbook as LibreOffice 7.4 saved it (committed in fixtures/xlsx/)
#   and, when soffice is installed, the workbook saved again by this machine's LibreOffice, all give the
#   same `compute --json`;
# - the workbook is byte-identical between runs, and never written over an existing file;
# - a user's edits made with openpyxl (a word in a number cell, a renamed and moved sheet, a formula saved
#   without its value) are reported by sheet and cell.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check=tests/input/workbook_check.py

"$lkjip" init --xlsx "$tmp/contoh.xlsx" >/dev/null
"$lkjip" check "$tmp/contoh.xlsx"
/usr/bin/python3 "$check" structure "$tmp/contoh.xlsx"

"$lkjip" init --xlsx "$tmp/dumai.xlsx" --from fixtures/dumai-2023 >/dev/null
/usr/bin/python3 "$check" structure "$tmp/dumai.xlsx"
"$lkjip" init --xlsx "$tmp/again.xlsx" --from fixtures/dumai-2023 >/dev/null
cmp "$tmp/dumai.xlsx" "$tmp/again.xlsx"
if "$lkjip" init --xlsx "$tmp/dumai.xlsx" --from fixtures/dumai-2023 >"$tmp/out" 2>&1; then
  echo "an existing workbook was overwritten"; exit 1
fi
cmp "$tmp/dumai.xlsx" "$tmp/again.xlsx"

"$lkjip" compute fixtures/dumai-2023 --json >"$tmp/folder.json" 2>/dev/null
"$lkjip" compute "$tmp/dumai.xlsx" --json >"$tmp/workbook.json" 2>/dev/null
/usr/bin/python3 "$check" same "$tmp/folder.json" "$tmp/workbook.json"
# The whole document (with the Narasi sheet's multi-line cells) is the same from the workbook as from the folder.
"$lkjip" report fixtures/dumai-2023 --dump-document >"$tmp/folder-document.txt" 2>/dev/null
"$lkjip" report "$tmp/dumai.xlsx" --dump-document >"$tmp/workbook-document.txt" 2>/dev/null
cmp "$tmp/folder-document.txt" "$tmp/workbook-document.txt"
# Quarterly data (issue 19 item 7): the triwulan rows of the three tables and the akumulasi column read back.
cp -r fixtures/dumai-2023 "$tmp/triwulan" && cp tests/golden/report-triwulan/overlay/* "$tmp/triwulan/"
"$lkjip" init --xlsx "$tmp/triwulan.xlsx" --from "$tmp/triwulan" >/dev/null
"$lkjip" compute "$tmp/triwulan" --json >"$tmp/triwulan-folder.json" 2>/dev/null
"$lkjip" compute "$tmp/triwulan.xlsx" --json >"$tmp/triwulan-workbook.json" 2>/dev/null
/usr/bin/python3 "$check" same "$tmp/triwulan-folder.json" "$tmp/triwulan-workbook.json"
grep -q '"realisasi_dari_triwulan": true' "$tmp/triwulan-workbook.json"
"$lkjip" compute fixtures/xlsx/dumai-2023-libreoffice.xlsx --json >"$tmp/libreoffice.json" 2>/dev/null
/usr/bin/python3 "$check" same "$tmp/folder.json" "$tmp/libreoffice.json"
# LibreOffice with its spreadsheet (Calc, libsclo.so beside soffice): libreoffice-writer-nogui alone has no
# Calc to save a workbook with (.ci/install-deps installs both, so CI runs this part).
calc=""
if command -v soffice >/dev/null; then
  calc=$(dirname "$(readlink -f "$(command -v soffice)")")/libsclo.so
fi
if [ -n "$calc" ] && [ -e "$calc" ]; then
  timeout 300 soffice --headless "-env:UserInstallation=file://$tmp/profile" \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/lo" "$tmp/dumai.xlsx" >/dev/null 2>&1
  "$lkjip" compute "$tmp/lo/dumai.xlsx" --json >"$tmp/lo.json" 2>/dev/null
  /usr/bin/python3 "$check" same "$tmp/folder.json" "$tmp/lo.json"
  # Formulas: LibreOffice computes them and saves their values, which lkjip reads.
  /usr/bin/python3 "$check" formulas "$tmp/dumai.xlsx" "$tmp/formulas.xlsx"
  timeout 300 soffice --headless "-env:UserInstallation=file://$tmp/profile" \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/lo-formulas" "$tmp/formulas.xlsx" >/dev/null 2>&1
  "$lkjip" compute "$tmp/lo-formulas/formulas.xlsx" --json >"$tmp/lo-formulas.json" 2>/dev/null
  /usr/bin/python3 "$check" same "$tmp/folder.json" "$tmp/lo-formulas.json"
else
  echo "LibreOffice Calc not installed: the committed LibreOffice sample stands in for a fresh save"
fi

# The audit reads the figures as printed from the workbook's Angka Tercetak sheet.
set +e
"$lkjip" audit fixtures/dumai-2023 --json >"$tmp/audit-folder.json" 2>/dev/null
"$lkjip" audit "$tmp/dumai.xlsx" --json >"$tmp/audit-workbook.json" 2>/dev/null
code=$?
set -e
[ "$code" = 6 ] || { echo "audit of the workbook: exit $code, expected 6 (findings)"; exit 1; }
/usr/bin/python3 - "$tmp/audit-folder.json" "$tmp/audit-workbook.json" <<'PY'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
def findings(report):  # each finding without where it was read from
    return [{k: v for k, v in f.items() if k not in ("berkas", "baris", "lembar")} for f in report["temuan"]]
if a["ringkasan"] != b["ringkasan"] or findings(a) != findings(b):
    sys.exit("the audit of the workbook differs from the audit of the folder")
if any(f.get("lembar") != "Angka Tercetak" for f in b["temuan"]):
    sys.exit("a finding of the workbook does not name its sheet")
print("same audit: %s" % a["ringkasan"])
PY

/usr/bin/python3 "$check" edit "$tmp/dumai.xlsx" "$tmp/edited.xlsx"
set +e
"$lkjip" check "$tmp/edited.xlsx" >"$tmp/out" 2>&1
code=$?
set -e
[ "$code" = 3 ] || { echo "check of the edited workbook: exit $code, expected 3"; cat "$tmp/out"; exit 1; }
expected="$tmp/edited.xlsx: Realisasi!C2: galat: kolom \"realisasi\": angka diharapkan, ditemukan \"tujuh puluh\""
grep -qF "$expected" "$tmp/out" || { echo "missing: $expected"; cat "$tmp/out"; exit 1; }
expected="$tmp/edited.xlsx: Anggaran!D2: galat: rumus tanpa nilai tersimpan"
grep -qF "$expected" "$tmp/out" || { echo "missing: $expected"; cat "$tmp/out"; exit 1; }
expected="$tmp/edited.xlsx: Profil!B9: galat: angka lebih dari 15 digit tidak tersimpan utuh"
grep -qF "$expected" "$tmp/out" || { echo "missing: $expected"; cat "$tmp/out"; exit 1; }
if grep -q "Indikator\|IKU Dinas" "$tmp/out"; then
  echo "the renamed sheet was not found by its header:"; cat "$tmp/out"; exit 1
fi
echo "input workbook ok"
