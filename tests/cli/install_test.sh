#!/usr/bin/env bash
# cmake --install puts the executable, the man page and the bash completion in place, and the man page
# renders without a warning (groff -ww; and man --warnings where man-db is installed).
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/lkjip share/man/man1/lkjip.1 share/bash-completion/completions/lkjip; do
  [ -s "$prefix/$f" ] || { echo "missing after install: $f"; exit 1; }
done
"$prefix/bin/lkjip" --version | grep -q '^lkjip '
page=$prefix/share/man/man1/lkjip.1
warnings=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
[ -z "$warnings" ] || { echo "groff warns: $warnings"; exit 1; }
if command -v man >/dev/null; then
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || { echo "man warns: $warnings"; exit 1; }
  text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
  # Every command's section, and nothing wider than the 80 columns asked for.
  for c in compute check calc report audit batch init; do
    grep -q "^   lkjip $c\$" <<<"$text" || { echo "no section for $c"; exit 1; }
  done
  if awk 'length > 80 { found = 1 } END { exit !found }' <<<"$text"; then
    echo "a line of the man page is wider than 80 columns"; exit 1
  fi
fi
bash -n "$prefix/share/bash-completion/completions/lkjip"
echo "install: ok"
