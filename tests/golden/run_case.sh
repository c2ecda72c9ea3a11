#!/usr/bin/env bash
# Runs one golden case: tests/golden/<case>/cmd holds the lkjip arguments (shell quoting allowed), run from
# the repository root so paths in messages are stable. {tmp} expands to a fresh empty folder, {input} to the
# case's input folder (see below).
# Compares stdout with expected_stdout, stderr with expected_stderr (when present) and the exit code with
# expected_exit. UPDATE_GOLDEN=1 rewrites the expected files from the actual run instead.
set -u
lkjip=$1
case_dir=$2
root=$3
cd "$root" || exit 2
tmp=$(mktemp -d)
# {input}: an OPD folder assembled for the case: a copy of the base (the path in `base`, or
# fixtures/dumai-2023) with the files of `overlay/` laid over it and the files named in `remove` (one a line)
# taken away, so that a case holds only what differs from the fixture. Made outside {tmp} so that
# expected_files lists only what lkjip wrote.
input_parent=$(mktemp -d)
trap 'rm -rf "$tmp" "$input_parent"' EXIT
input="$input_parent/input"
if [ -d "$case_dir/overlay" ] || [ -f "$case_dir/remove" ] || [ -f "$case_dir/base" ]; then
  base="fixtures/dumai-2023"
  [ -f "$case_dir/base" ] && base=$(<"$case_dir/base")
  cp -r "$root/$base" "$input"
  [ -d "$case_dir/overlay" ] && cp -r "$case_dir/overlay/." "$input/"
  if [ -f "$case_dir/remove" ]; then
    while IFS= read -r name; do [ -n "$name" ] && rm -rf "${input:?}/$name"; done <"$case_dir/remove"
  fi
fi
cmd=$(<"$case_dir/cmd")
cmd=${cmd//\{tmp\}/$tmp}
cmd=${cmd//\{input\}/$input}
eval "set -- $cmd"
"$lkjip" "$@" >"$tmp/.stdout" 2>"$tmp/.stderr"
actual_exit=$?
# Output folders made under {tmp} are listed so a case can assert what was (or was not) written.
if [ -f "$case_dir/expected_files" ] || [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  (cd "$tmp" && find . -mindepth 1 -not -name ".stdout" -not -name ".stderr" -not -name ".files" | sort) >"$tmp/.files"
fi
sed -i "s|$input|{input}|g; s|$tmp|{tmp}|g" "$tmp/.stdout" "$tmp/.stderr"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$tmp/.stdout" "$case_dir/expected_stdout"
  [ -s "$tmp/.stderr" ] && cp "$tmp/.stderr" "$case_dir/expected_stderr" || rm -f "$case_dir/expected_stderr"
  echo "$actual_exit" >"$case_dir/expected_exit"
  [ -f "$case_dir/expected_files" ] && cp "$tmp/.files" "$case_dir/expected_files"
  echo "updated $(basename "$case_dir")"
  exit 0
fi

status=0
expected_exit=$(<"$case_dir/expected_exit")
if [ "$actual_exit" != "$expected_exit" ]; then
  echo "exit code: expected $expected_exit, got $actual_exit"
  status=1
fi
if ! diff -u "$case_dir/expected_stdout" "$tmp/.stdout"; then status=1; fi
if [ -f "$case_dir/expected_stderr" ]; then
  if ! diff -u "$case_dir/expected_stderr" "$tmp/.stderr"; then status=1; fi
elif [ -s "$tmp/.stderr" ]; then
  echo "unexpected stderr:"; cat "$tmp/.stderr"; status=1
fi
if [ -f "$case_dir/expected_files" ]; then
  if ! diff -u "$case_dir/expected_files" "$tmp/.files"; then status=1; fi
fi
exit $status
