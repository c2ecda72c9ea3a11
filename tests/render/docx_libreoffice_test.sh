#!/usr/bin/env bash
# lkjip's .docx of the Dumai fixture converted to PDF by LibreOffice (headless, its own profile, a time
# limit): the conversion succeeds, its text holds every table caption and every figure of the generated
# sentences, and its page count is within reason of lkjip's own PDF (it differs: other fonts, Word's own
# pagination of text and tables). Skipped (exit 77) only where soffice is not installed; CI installs it
# (libreoffice-writer-nogui in .ci/install-deps).
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
if ! command -v soffice >/dev/null; then
  echo "docx-libreoffice: soffice not installed (apt-get install libreoffice-writer-nogui): skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$lkjip" report fixtures/dumai-2023 -o "$tmp/a" --name d --format pdf,docx 2>/dev/null >/dev/null
"$lkjip" report fixtures/dumai-2023 --dump-document >"$tmp/doc.txt" 2>/dev/null
timeout 120 soffice -env:UserInstallation=file://"$tmp"/profile --headless --norestore \
  --convert-to pdf --outdir "$tmp/lo" "$tmp/a/d.docx" >"$tmp/lo.log" 2>&1 || { cat "$tmp/lo.log"; exit 1; }
[ -s "$tmp/lo/d.pdf" ] || { echo "LibreOffice wrote no PDF"; cat "$tmp/lo.log"; exit 1; }
pdftotext "$tmp/lo/d.pdf" "$tmp/lo.txt"
ours=$(pdfinfo "$tmp/a/d.pdf" | awk '/^Pages:/ { print $2 }')
theirs=$(pdfinfo "$tmp/lo/d.pdf" | awk '/^Pages:/ { print $2 }')
python3 - "$tmp/lo.txt" "$tmp/doc.txt" "$ours" "$theirs" <<'PY'
import re
import sys
text_path, dump, ours, theirs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\f", " ")).strip()
text = norm(open(text_path, encoding="utf-8").read())
lines = open(dump, encoding="utf-8").read().split("\n")
captions = [l[1:-1] for l in lines if l.startswith("[Tabel ")]
missing = [c for c in captions if norm(c) not in text]
if missing:
    sys.exit("table captions not in LibreOffice's PDF:\n" + "\n".join(missing[:5]))
sentences = [l.split("» ", 1)[1].replace("**", "") for l in lines if "» " in l]
number = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
figures = 0
for s in sentences:
    for n in number.findall(s):
        figures += 1
        if n not in text:
            sys.exit(f"{n} of {s!r} not in LibreOffice's PDF")
if not (0.6 * ours <= theirs <= 1.6 * ours):
    sys.exit(f"LibreOffice made {theirs} pages of the DOCX, lkjip's PDF has {ours}")
print(f"docx-libreoffice: {theirs} pages (lkjip's PDF: {ours}), {len(captions)} captions and "
      f"{figures} figures of {len(sentences)} sentences found")
PY
