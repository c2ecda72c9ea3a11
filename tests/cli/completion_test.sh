#!/usr/bin/env bash
# The generated bash completion (build/completion/lkjip): valid bash, and the candidates _lkjip offers for
# typical command lines, set up in COMP_WORDS/COMP_CWORD as bash does (it splits KEY=VALUE at "=").
set -uo pipefail
script=$1
bash -n "$script" || { echo "bash -n failed"; exit 1; }
# shellcheck source=/dev/null
source "$script"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mkdir opd-a opd-b
touch buku.xlsx catatan.txt "dua kata.xlsx"

status=0
# expect "EXPECTED CANDIDATES (sorted, space-separated)" WORD...
expect() {
  local expected=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _lkjip
  local actual
  actual=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd'|')
  if [ "$actual" != "$expected" ]; then
    echo "FAIL: lkjip ${*:2}"
    echo "  expected: $expected"
    echo "  actual:   $actual"
    status=1
  fi
}

expect "--help|--version|audit|batch|calc|check|compute|evaluasi|help|init|report|serve" lkjip ""
expect "calc|check|compute" lkjip c
expect "report" lkjip help re
expect "" lkjip help report ""
expect "--json" lkjip compute --j
expect "--audit|--config|--force|--format|--help|--jobs|--max-file-mb|--max-rows|--output|--set|--templates|-j|-o" lkjip batch -
expect "--audit" lkjip batch --au
expect "--font|--font-bold|--force|--format" lkjip report x --f
expect "negatif|positif" lkjip calc --arah ""
expect "" lkjip calc --target ""
# Operands: an input is a folder or a workbook; init takes a folder.
expect "buku.xlsx|dua kata.xlsx|opd-a|opd-b" lkjip compute ""
expect "opd-a|opd-b" lkjip compute opd
expect "opd-a|opd-b" lkjip init ""
expect "" lkjip calc ""
# Option values: files, folders.
expect "buku.xlsx|catatan.txt|dua kata.xlsx|opd-a|opd-b" lkjip compute x --config ""
expect "opd-a|opd-b" lkjip report x -o ""
expect "opd-a|opd-b" lkjip batch x --output ""
expect "catatan.txt" lkjip audit x --printed cat
# --set: the convention table's keys, then the chosen key's values.
expect "capaian.batas_atas=|capaian.batas_atas_berlaku=|capaian.batas_bawah=" lkjip compute x --set capaian.batas
expect "anggaran.serapan_induk=|anggaran.sumber=" lkjip check x --set ang
expect "2T-R|T/R" lkjip compute x --set capaian.rumus_negatif =
expect "T/R" lkjip compute x --set capaian.rumus_negatif = T
expect "agregasi|semua" lkjip batch x --set capaian.batas_atas_berlaku = ""
expect "tidak_ada" lkjip compute x --set efisiensi.capaian_minimal = t
expect "" lkjip compute x --set tampilan.desimal = ""
expect "" lkjip kompute ""
# Every convention key is offered (31 in the table; a scale as its first band's label).
COMP_WORDS=(lkjip compute x --set "")
COMP_CWORD=4
_lkjip
[ "${#COMPREPLY[@]}" = 31 ] || { echo "FAIL: ${#COMPREPLY[@]} --set keys, 31 expected"; status=1; }
[ $status = 0 ] && echo "completion: ok"
exit $status
