#!/usr/bin/env bash
# Regenerates the two bundled fonts from Debian's fonts-dejavu-core (2.37-6 in Debian 12) with fontTools
# (python3-fonttools). The output is committed, so builds need neither package; rerun this only to change
# the coverage below, then check the PDF tests and the Dumai figures in bench/README.md.
#
# Why: PoDoFo reads, copies and scans the whole font file for every PDF. The full DejaVu Sans files are
# 740 KB each; these subsets (about 115 KB each) cut a Dumai report by about 11 M instructions. A report
# that uses a character outside this coverage is rendered again with the full system fonts
# (engine/render/pdf/pdf_renderer.cpp), so nothing prints as a missing glyph that printed before.
#
# Coverage: Basic Latin, Latin-1, Latin Extended-A and -B, combining diacritics, Greek, general punctuation,
# super- and subscripts, currency, letterlike symbols, number forms, arrows, mathematical operators,
# geometric shapes, check marks, U+FFFD. Hinting and OpenType layout tables are dropped: lkjip does its own
# layout with advance widths, and PDF viewers rasterise without TrueType hinting.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}
unicodes="U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-218F"
unicodes+=",U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+2713-2718,U+FFFD"
for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/python3 -m fontTools.subset "$src/$face.ttf" --unicodes="$unicodes" --layout-features='' \
    --no-layout-closure --drop-tables+=GSUB,GPOS,GDEF,MATH,FFTM --no-hinting \
    --output-file="$here/$face-lkjip.ttf"
done
sha256sum "$here"/*-lkjip.ttf
