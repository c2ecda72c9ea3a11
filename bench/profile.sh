#!/bin/sh
# Instruction-level profile of `lkjip report` with callgrind: the Dumai fixture and one synthetic OPD of
# 300 IKU / 600 sub kegiatan. Prints the top 25 functions by Ir, self and inclusive, for each.
#
#   sh bench/profile.sh [LKJIP] [OUTDIR]      (defaults: build-bench/lkjip, /tmp/lkjip-profile)
#
# For file names and lkjip's own functions in the listing, build with debug info; -g does not change the
# code generated at -O3 (same .text), so the profile is of the benchmarked binary:
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g && cmake --build build-bench -j2
# callgrind counts user-space instructions only: time in the kernel (page faults, brk) is not in it; see
# `perf stat` / `strace -c` for that (bench/README.md).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LKJIP=$(realpath "${1:-$ROOT/build-bench/lkjip}")
OUT=${2:-/tmp/lkjip-profile}
mkdir -p "$OUT"
/usr/bin/python3 "$ROOT/bench/generate.py" "$OUT/data" --opd 1 --iku 300 --sub-kegiatan 600 --seed bench -j 1

profile() {  # name folder
    valgrind --tool=callgrind --callgrind-out-file="$OUT/$1.callgrind" \
        "$LKJIP" report "$2" -o "$OUT/$1-out" --force >/dev/null 2>"$OUT/$1.valgrind.log"
    for mode in no yes; do
        echo
        if [ $mode = no ]; then echo "=== $1: top 25 by Ir (self)"; else echo "=== $1: top 25 by Ir (inclusive)"; fi
        # one line per function: callgrind_annotate may list a function under two spellings of its file
        callgrind_annotate --inclusive=$mode --threshold=100 "$OUT/$1.callgrind" 2>/dev/null |
            awk '/PROGRAM TOTALS/ {print; next}
                 /^ *[0-9,]+ \( *[0-9.]+%\)  / {
                     key = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\)  [^:]*:/, "", key); sub(/ \[[^]]*\]$/, "", key)
                     if (!(key in seen) && ++n <= 25) print; seen[key] = 1
                 }' |
            cut -c1-220
    done
}
profile dumai "$ROOT/fixtures/dumai-2023"
profile synthetic-300-600 "$OUT/data/opd-0001"
echo
echo "callgrind files: $OUT/*.callgrind (callgrind_annotate --tree=caller FILE for who calls what)"
