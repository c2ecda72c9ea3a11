#!/usr/bin/env bash
# Hostile files, signals and concurrency (issue 15): what golden cases cannot express because it needs a
# FIFO, a device, a signal or two processes at once. Each case asserts the exit code, the message and what
# is (not) left on disk; every wait is bounded by `timeout`, so a case that hangs fails instead of hanging.
# Usage: run.sh LKJIP REPO_ROOT
set -u
lkjip=$1
root=$2
cd "$root" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
set -m  # background runs get their own process group and keep SIGINT (a script's jobs otherwise ignore it)
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run EXPECTED_EXIT MESSAGE_SUBSTRING -- ARGS...: lkjip under a 20 s timeout and a 2 GiB address space
# (not under AddressSanitizer, which reserves terabytes of address space for its shadow memory).
run() {
  local expected=$1 message=$2
  shift 3
  (if [ -z "${ASAN_OPTIONS:-}" ]; then ulimit -v 2097152; fi
   timeout 20 "$lkjip" "$@") >"$tmp/out" 2>"$tmp/err" </dev/null
  local code=$?
  [ "$code" = "$expected" ] || fail "lkjip $* -> exit $code, expected $expected; stderr: $(head -c 600 "$tmp/err")"
  # check prints its findings on stdout, the other commands on stderr.
  if [ -n "$message" ] && ! grep -qF -- "$message" "$tmp/err" "$tmp/out"; then
    fail "lkjip $* -> output lacks \"$message\": $(head -c 600 "$tmp/err") $(head -c 600 "$tmp/out")"
  fi
  if grep -qiE "error|warning|usually|zip|\\[|exception" "$tmp/err" "$tmp/out"; then
    fail "lkjip $* -> English library text: $(head -c 600 "$tmp/err")"
  fi
}

# No temporary and nothing else than the listed names in folder $1 (hidden files included).
expect_only() {
  local folder=$1
  shift
  local actual expected
  actual=$( (cd "$folder" 2>/dev/null && ls -A | sort) | tr '\n' ' ')
  expected=$(printf '%s\n' "$@" | sed '/^$/d' | sort | tr '\n' ' ')
  [ "$actual" = "$expected" ] || fail "$folder holds [$actual], expected [$expected]"
}

fresh_opd() {
  rm -rf "$tmp/F"
  cp -r fixtures/dumai-2023 "$tmp/F"
}

# --- 1. Not a regular file: refused by name before a blocking open, whatever input it is --------------
fifo_message="bukan berkas biasa (pipa bernama/FIFO)"
device_message="bukan berkas biasa (perangkat, mis. /dev/zero)"
for file in realisasi.csv profil.ini; do
  fresh_opd
  rm "$tmp/F/$file"
  mkfifo "$tmp/F/$file"
  run 3 "$tmp/F/$file: galat: $fifo_message" -- check "$tmp/F"
  for device in /dev/zero /dev/urandom; do
    fresh_opd
    ln -sf "$device" "$tmp/F/$file"
    run 3 "$tmp/F/$file: galat: $device_message" -- check "$tmp/F"
  done
  fresh_opd
  ln -sf "$file" "$tmp/F/$file"  # a link to itself
  run 3 "$tmp/F/$file: galat: tautan simbolik berputar" -- check "$tmp/F"
done
# An input folder that is a link to itself is named as such, not "not found".
ln -s "$tmp/looped" "$tmp/looped"
run 3 "$tmp/looped: galat: tautan simbolik berputar" -- check "$tmp/looped"
fresh_opd
mkfifo "$tmp/fifo.csv" "$tmp/fifo.json" "$tmp/fifo.ttf" "$tmp/BUKU.xlsx"
run 3 "$tmp/fifo.csv: galat: $fifo_message" -- audit "$tmp/F" --printed "$tmp/fifo.csv"
run 3 "/dev/zero: galat: $device_message" -- audit "$tmp/F" --printed /dev/zero
run 3 "$tmp/fifo.json: galat: $fifo_message" -- check "$tmp/F" --config "$tmp/fifo.json"
run 3 "/dev/urandom: galat: $device_message" -- compute "$tmp/F" --config /dev/urandom
run 3 "$tmp/BUKU.xlsx: galat: $fifo_message" -- check "$tmp/BUKU.xlsx"
ln -s /dev/zero "$tmp/nol.xlsx"
run 3 "$tmp/nol.xlsx: galat: $device_message" -- report "$tmp/nol.xlsx" -o "$tmp/keluaran"
run 3 "$tmp/fifo.ttf: galat: berkas huruf (--font): $fifo_message" -- report "$tmp/F" -o "$tmp/keluaran" --font "$tmp/fifo.ttf"
run 3 "$tmp/fifo.ttf: galat: berkas huruf (--font-bold): $fifo_message" -- report "$tmp/F" -o "$tmp/keluaran" --font-bold "$tmp/fifo.ttf"
[ -e "$tmp/keluaran" ] && fail "a refused report left $tmp/keluaran"
# A file that grows past the limit while it is read is not read past it (a FIFO fed endlessly would be
# refused before; a regular file is checked while reading): a 3 MiB file under --max-file-mb 2.
fresh_opd
head -c 3145728 /dev/zero | tr '\0' 'x' >>"$tmp/F/realisasi.csv"
run 3 "$tmp/F/realisasi.csv: galat: berkas terlalu besar (3 MiB; batas 2 MiB" -- check "$tmp/F" --max-file-mb 2

# --- 6. Outputs checked against every input before anything is written --------------------------------
fresh_opd
cp -r fixtures/dumai-2023 "$tmp/G"
before=$(ls -A "$tmp/F" | tr '\n' ' ')
run 4 "$tmp/F/keluaran: galat: keluaran akan menimpa atau masuk ke masukan ($tmp/F)" -- \
  batch "$tmp/F" "$tmp/G" -o "$tmp/F/keluaran" -j 2
[ "$(ls -A "$tmp/F" | tr '\n' ' ')" = "$before" ] || fail "batch wrote into its input $tmp/F"
# An output workbook that would be an input workbook.
cp fixtures/xlsx/dumai-2023-libreoffice.xlsx "$tmp/dumai.xlsx"
run 4 "$tmp/dumai.xlsx: galat: keluaran akan menimpa atau masuk ke masukan" -- batch "$tmp/dumai.xlsx" -o "$tmp"
cmp -s "$tmp/dumai.xlsx" fixtures/xlsx/dumai-2023-libreoffice.xlsx || fail "batch overwrote its input workbook"

# An existing recap (without --force) is refused before any OPD file is written, not after.
mkdir -p "$tmp/b6"
echo "milik pengguna" >"$tmp/b6/rekap.pdf"
run 4 "$tmp/b6/rekap.pdf: galat: berkas sudah ada; lkjip tidak menimpanya" -- batch "$tmp/F" "$tmp/G" -o "$tmp/b6"
expect_only "$tmp/b6" rekap.pdf

# --- 8. An input named like the recap is refused before anything is written ----------------------------
mkdir -p "$tmp/b8"
cp -r fixtures/dumai-2023 "$tmp/b8/rekap"
run 2 'masukan bernama "rekap" akan bentrok dengan rekap batch' -- batch "$tmp/F" "$tmp/b8/rekap" -o "$tmp/b8/out"
[ -e "$tmp/b8/out" ] && fail "batch with an input named rekap wrote $(ls -A "$tmp/b8/out")"

# --- 19. A folder name that is not UTF-8: named (escaped), skipped, the recap written -----------------
mkdir -p "$tmp/b19"
cp -r fixtures/dumai-2023 "$tmp/b19/$(printf 'opd-\xff')"
run 7 "" -- batch "$tmp/F" "$tmp/b19/$(printf 'opd-\xff')" -o "$tmp/b19/out"
grep -qF 'opd-\xFF: galat: nama masukan memuat bita yang bukan UTF-8' "$tmp/out" ||
  fail "non-UTF-8 input not named: $(cat "$tmp/out")"
expect_only "$tmp/b19/out" F.xlsx F.pdf F.docx rekap.xlsx rekap.pdf

# --- 9. --name is a file name, nothing else ------------------------------------------------------------
for name in ../lepas "$tmp/lepas" "" . .. .tersembunyi "$(printf 'a\nb')"; do
  run 2 "--name: " -- report "$tmp/F" -o "$tmp/n9" --name "$name"
  run 2 "--name: " -- audit "$tmp/F" -o "$tmp/n9" --name "$name"
done
[ -e "$tmp/n9" ] || [ -e "$tmp/lepas.xlsx" ] && fail "a refused --name wrote a file"

# --- 10. SOURCE_DATE_EPOCH: checked; 0 is deterministic; the PDF follows it ---------------------------
for bad in -1 abc 99999999999999 253402300800 "1 "; do
  SOURCE_DATE_EPOCH=$bad run 2 "SOURCE_DATE_EPOCH: detik sejak 1970-01-01 UTC diharapkan" -- report "$tmp/F" -o "$tmp/e10" --name x
done
[ -e "$tmp/e10" ] && fail "a refused SOURCE_DATE_EPOCH wrote $tmp/e10"
SOURCE_DATE_EPOCH=0 run 0 "" -- report "$tmp/F" -o "$tmp/e10a" --name x
sleep 1.1
SOURCE_DATE_EPOCH=0 run 0 "" -- report "$tmp/F" -o "$tmp/e10b" --name x
cmp -s "$tmp/e10a/x.xlsx" "$tmp/e10b/x.xlsx" || fail "SOURCE_DATE_EPOCH=0: two XLSX differ"
cmp -s "$tmp/e10a/x.pdf" "$tmp/e10b/x.pdf" || fail "SOURCE_DATE_EPOCH=0: two PDF differ"
SOURCE_DATE_EPOCH=1700000000 run 0 "" -- report "$tmp/F" -o "$tmp/e10c" --name x
grep -aq "CreationDate(D:20231114221320Z)" "$tmp/e10c/x.pdf" || fail "the PDF ignores SOURCE_DATE_EPOCH"
/usr/bin/python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("docProps/core.xml").decode())' \
  "$tmp/e10c/x.xlsx" | grep -q "2023-11-14T22:13:20Z" ||
  fail "the XLSX ignores SOURCE_DATE_EPOCH"

# --- 12. An output failure is told in Bahasa Indonesia with the file and the reason, nothing left -----
for limit in 20 40; do  # 20 KiB: the workbook fails; 40 KiB: the workbook fits, the PDF fails
  rm -rf "$tmp/o12"
  (trap '' XFSZ; ulimit -f $limit; run 4 ": galat: " -- report "$tmp/F" -o "$tmp/o12" --name x)
  grep -qE "o12/x\.(xlsx|pdf): galat: .*berkas terlalu besar untuk sistem berkas ini" "$tmp/err" ||
    fail "ulimit -f $limit: $(cat "$tmp/err")"
  [ -e "$tmp/o12" ] && fail "ulimit -f $limit: left $(ls -A "$tmp/o12")"
done

# --- 7. Never replaced without --force; replaced with it (init --xlsx ignored --force before) -----------
run 0 "" -- init --xlsx "$tmp/i7.xlsx"
run 4 "$tmp/i7.xlsx: galat: berkas sudah ada; lkjip tidak menimpanya" -- init --xlsx "$tmp/i7.xlsx"
run 0 "" -- init --xlsx "$tmp/i7.xlsx" --force
ls -A "$tmp" | grep -q "lkjip-tmp" && fail "init --xlsx left a temporary"

# --- 7. Two runs into one folder at once, without --force: one wins, the other says so ---------------
for attempt in 1 2 3; do
  rm -rf "$tmp/c7"
  mkdir "$tmp/c7"
  timeout 60 "$lkjip" report "$tmp/F" -o "$tmp/c7" --name x >/dev/null 2>"$tmp/c7a.err" &
  a=$!
  timeout 60 "$lkjip" report "$tmp/F" -o "$tmp/c7" --name x >/dev/null 2>"$tmp/c7b.err" &
  b=$!
  wait $a; code_a=$?
  wait $b; code_b=$?
  codes=$(printf '%s\n' $code_a $code_b | sort | tr '\n' ' ')
  [ "$codes" = "0 4 " ] || fail "concurrent reports: exit codes $code_a and $code_b, expected one 0 and one 4"
  cat "$tmp/c7a.err" "$tmp/c7b.err" | grep -qF "galat: berkas sudah ada; lkjip tidak menimpanya" ||
    fail "concurrent reports: the loser did not say why"
  expect_only "$tmp/c7" x.xlsx x.pdf x.docx
done

# --- 5. Interrupted runs remove their temporaries and exit 128 + signal -----------------------------
# A slow input: a generated OPD of 2.000 IKU (report takes about a second and a half). The signal is
# sent once a temporary exists, so the case proves it is removed.
/usr/bin/python3 bench/generate.py "$tmp/big" --iku 2000 --sub-kegiatan 4000 >/dev/null || fail "generate.py"
wait_for_temporary() {  # folder, pid: true once a temporary is in the folder while pid runs
  for _ in $(seq 1 6000); do  # up to a minute: a sanitizer build reads the input slowly
    ls -A "$1" 2>/dev/null | grep -qE "lkjip-tmp|\.tmp-[0-9]" && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}
for pair in INT:130 TERM:143 HUP:129; do
  sig=${pair%%:*} expected=${pair##*:}
  rm -rf "$tmp/s5"
  timeout 60 "$lkjip" report "$tmp/big/opd-0001" -o "$tmp/s5" --name x >/dev/null 2>"$tmp/s5.err" &
  pid=$!
  if wait_for_temporary "$tmp/s5" $pid; then
    kill -$sig $pid
    wait $pid; code=$?
    [ "$code" = "$expected" ] || fail "report, SIG$sig: exit $code, expected $expected"
    # The folder was made by this run: with nothing whole in it, it goes too.
    [ -e "$tmp/s5" ] && fail "report, SIG$sig: left $(ls -A "$tmp/s5")"
  else
    wait $pid
    fail "report, SIG$sig: no temporary seen while the report ran (input too fast?)"
  fi
done
# batch: 300 inputs (links to one fixture); what is finished stays whole, no temporary, no recap.
mkdir -p "$tmp/many"
for i in $(seq 1 300); do ln -s "$tmp/F" "$tmp/many/opd$i"; done
for pair in INT:130 TERM:143; do
  sig=${pair%%:*} expected=${pair##*:}
  rm -rf "$tmp/s5b"
  timeout 120 "$lkjip" batch "$tmp"/many/* -o "$tmp/s5b" -j 2 >/dev/null 2>"$tmp/s5b.err" &
  pid=$!
  if wait_for_temporary "$tmp/s5b" $pid; then
    kill -$sig $pid
    wait $pid; code=$?
    [ "$code" = "$expected" ] || fail "batch, SIG$sig: exit $code, expected $expected"
    if [ -d "$tmp/s5b" ]; then
      ls -A "$tmp/s5b" | grep -qE "lkjip-|\.tmp-" && fail "batch, SIG$sig: temporaries left: $(ls -A "$tmp/s5b" | grep -E "lkjip-|\.tmp-")"
      ls -A "$tmp/s5b" | grep -q "^rekap" && fail "batch, SIG$sig: a recap was written"
      for x in "$tmp"/s5b/*.xlsx; do
        [ -e "$x" ] || continue
        [ -e "${x%.xlsx}.pdf" ] || fail "batch, SIG$sig: $x without its PDF"
      done
    fi
  else
    wait $pid
    fail "batch, SIG$sig: no temporary seen while the batch ran"
  fi
done

# --- 5b. A temporary left by a dead run (kill -9) is removed by the next run ----------------------------
mkdir -p "$tmp/stale"
sh -c 'exit 0' &
dead=$!
wait $dead
: >"$tmp/stale/.x.xlsx.lkjip-tmp-$dead"
: >"$tmp/stale/.lama.xlsx.tmp-$dead"
: >"$tmp/stale/.hidup.xlsx.lkjip-tmp-$$"  # this script is alive: kept
run 0 "" -- report "$tmp/F" -o "$tmp/stale" --name y
expect_only "$tmp/stale" y.xlsx y.pdf y.docx ".hidup.xlsx.lkjip-tmp-$$"

if [ "$failures" -gt 0 ]; then
  echo "$failures hostile case(s) failed"
  exit 1
fi
echo "hostile cases passed"
