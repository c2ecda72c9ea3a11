#!/usr/bin/env bash
# compute --json and audit --json against schemas/compute.schema.json and schemas/audit.schema.json: the real
# outputs of the Dumai fixture (with the default conventions and with every variant that changes which keys
# appear or which are null), the example input, and mutated copies that must fail.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check=tests/output/json_schema_check.py
python=/usr/bin/python3

"$lkjip" compute fixtures/dumai-2023 --json >"$tmp/compute.json"
$python $check schemas/compute.schema.json "$tmp/compute.json" --mutations compute
# Capped capaian (capaian_tanpa_batas), n/a aggregates, efficiency not claimed, index form, T/R.
"$lkjip" compute fixtures/dumai-2023 --json --set capaian.batas_atas=100 --set agregasi.indikator_na=na \
  --set efisiensi.capaian_minimal=100 --set efisiensi.bentuk=indeks --set capaian.rumus_negatif=T/R \
  --set anggaran.serapan_induk=rata_rata_anak --set capaian.batas_bawah=tidak_ada >"$tmp/variant.json"
$python $check schemas/compute.schema.json "$tmp/variant.json"
grep -q '"capaian_tanpa_batas"' "$tmp/variant.json"  # the variant does reach the optional keys
grep -q '"efisiensi_na"' "$tmp/variant.json"
# Issue 19: ordinal indicators (a target as a label, skala, realisasi_tertulis), and a folder without
# anggaran.csv, belanja.csv, renstra.csv or a Renstra period (the budget's amounts null, not 0).
cp -r fixtures/dumai-2023 "$tmp/ordinal" && cp tests/golden/report-indikator-ordinal/overlay/* "$tmp/ordinal/"
"$lkjip" compute "$tmp/ordinal" --json >"$tmp/ordinal.json"
$python $check schemas/compute.schema.json "$tmp/ordinal.json"
grep -q '"realisasi_tertulis": "WDP"' "$tmp/ordinal.json"
grep -q '"target": "WTP"' "$tmp/ordinal.json"
cp -r fixtures/dumai-2023 "$tmp/tanpa" && cp tests/golden/report-tanpa-anggaran-renstra/overlay/* "$tmp/tanpa/"
rm "$tmp/tanpa/anggaran.csv" "$tmp/tanpa/belanja.csv" "$tmp/tanpa/renstra.csv" "$tmp/tanpa/angka_tercetak.csv"
"$lkjip" compute "$tmp/tanpa" --json >"$tmp/tanpa.json"
$python $check schemas/compute.schema.json "$tmp/tanpa.json"
# Issue 19 item 7: quarterly data (triwulan arrays, akumulasi, realisasi anggaran per triwulan).
cp -r fixtures/dumai-2023 "$tmp/triwulan" && cp tests/golden/report-triwulan/overlay/* "$tmp/triwulan/"
"$lkjip" compute "$tmp/triwulan" --json >"$tmp/triwulan.json"
$python $check schemas/compute.schema.json "$tmp/triwulan.json"
grep -q '"realisasi_dari_triwulan": true' "$tmp/triwulan.json"
grep -q '"akumulasi": "jumlah"' "$tmp/triwulan.json"
grep -q '"realisasi_anggaran_triwulan"' "$tmp/triwulan.json"
"$lkjip" init "$tmp/contoh" >/dev/null
"$lkjip" compute "$tmp/contoh" --json >"$tmp/contoh.json"
$python $check schemas/compute.schema.json "$tmp/contoh.json"

set +e
"$lkjip" audit fixtures/dumai-2023 --json >"$tmp/audit.json"
code=$?
set -e
[ "$code" = 6 ]  # findings
$python $check schemas/audit.schema.json "$tmp/audit.json" --mutations audit
echo "json schemas: ok"
