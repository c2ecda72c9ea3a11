#!/usr/bin/env bash
# Every formula of the Dumai workbook agrees with its cached value under every shipped convention variant
# (config/varian-*.json) and under each value of every convention (issue 14, item 4). A formula that
# recomputes a different number than the engine cached means the workbook says two things at once.
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
runs=()
for f in config/varian-*.json; do runs+=("--config $f"); done
# Each value of every convention that has a choice (the default is the plain run).
runs+=(""
  "--set capaian.rumus_negatif=T/R"
  "--set capaian.batas_bawah=tidak_ada"
  "--set capaian.batas_atas=100"
  "--set capaian.batas_atas=120"
  "--set capaian.batas_atas=100 --set capaian.batas_atas_berlaku=agregasi"
  "--set tampilan.desimal=0"
  "--set tampilan.desimal=3"
  "--set tampilan.pembulatan=potong"
  "--set tampilan.dasar_penilaian=nilai_tampil"
  "--set tampilan.dasar_penilaian=nilai_tampil --set tampilan.pembulatan=potong"
  "--set agregasi.opd=rata_rata_iku"
  "--set agregasi.indikator_na=na"
  "--set anggaran.serapan_induk=rata_rata_anak"
  "--set anggaran.serapan_induk=rata_rata_sub_kegiatan"
  "--set efisiensi.metode=selisih"
  "--set efisiensi.metode=sisa_anggaran"
  "--set efisiensi.bentuk=indeks"
  "--set efisiensi.capaian_minimal=100")
books=()
i=0
for args in "${runs[@]}"; do
  i=$((i + 1))
  # shellcheck disable=SC2086 # each run's options are words
  "$lkjip" report fixtures/dumai-2023 -o "$tmp/$i" --name dumai $args 2>/dev/null
  books+=("$tmp/$i/dumai.xlsx")
done
# Issue 19: ordinal and kegiatan indicators (table 3.8), a folder without budget, belanja or Renstra, and
# quarterly data (tables 3.9 and 3.10: the annual realisasi from its quarters, parents' quarters as sums).
for case in report-indikator-ordinal report-indikator-kegiatan report-tanpa-anggaran-renstra report-triwulan \
  report-triwulan-anggaran; do
  cp -r fixtures/dumai-2023 "$tmp/$case"
  cp tests/golden/$case/overlay/* "$tmp/$case/"
  if [ -f "tests/golden/$case/remove" ]; then
    while read -r gone; do rm -f "$tmp/$case/$gone"; done <"tests/golden/$case/remove"
  fi
  "$lkjip" report "$tmp/$case" -o "$tmp/$case-out" --name dumai 2>/dev/null
  books+=("$tmp/$case-out/dumai.xlsx")
done
echo "${#runs[@]} runs"
/usr/bin/python3 tests/render/formula_check.py "${books[@]}"
