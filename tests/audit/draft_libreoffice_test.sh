#!/usr/bin/env bash
# audit --draft on a PDF that another tool made: the python3-docx draft of the Dumai seed
# (tests/audit/seed_draft_docx.py) printed to PDF by LibreOffice (soffice --headless --convert-to pdf), with
# its narrow columns (words and amounts cut at the column's edge), cells merged over rows and a header cut by
# a page break. The figures read from the PDF are the figures read from the DOCX: the same records (table,
# row, column: objek, besaran, tahun; and value), and the audit's findings on the tables are the same.
# Skipped (exit 77) only when LibreOffice is not installed (.ci/install-deps installs
# libreoffice-writer-nogui).
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
if ! command -v soffice >/dev/null; then
  echo "SKIP: soffice (LibreOffice) is not installed: apt-get install libreoffice-writer-nogui"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=python3
$py -c "import docx" 2>/dev/null || py=/usr/bin/python3
$py tests/audit/seed_draft_docx.py "$tmp/draf.docx"
# A profile of its own: no shared ~/.config/libreoffice, no clash with another soffice running.
soffice -env:UserInstallation="file://$tmp/profil" --headless --convert-to pdf --outdir "$tmp" "$tmp/draf.docx" \
  >"$tmp/soffice.log" 2>&1 || { cat "$tmp/soffice.log"; exit 1; }
[ -s "$tmp/draf.pdf" ] || { echo "soffice wrote no PDF"; cat "$tmp/soffice.log"; exit 1; }

for kind in docx pdf; do
  set +e
  "$lkjip" audit fixtures/dumai-2023 --draft "$tmp/draf.$kind" --json --save-printed "$tmp/$kind.csv" \
    >"$tmp/$kind.json" 2>"$tmp/$kind.err"
  code=$?
  set -e
  [ "$code" -eq 6 ] || { echo "$kind: exit $code, expected 6 (findings)"; cat "$tmp/$kind.err"; exit 1; }
done
python3 - "$tmp" <<'PY'
import csv, json, sys
tmp = sys.argv[1]

def records(kind):
    """(tabel, objek, besaran, tahun, nilai) of the figures read from the draft's tables."""
    with open("%s/%s.csv" % (tmp, kind), encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter=";") if r and not r[0].startswith("#")][1:]
    return sorted((r[0], r[2], r[3], r[4], r[5]) for r in rows if not r[0].startswith("teks:"))

docx, pdf = records("docx"), records("pdf")
assert len(docx) == 42, len(docx)
missing = sorted(set(docx) - set(pdf))
extra = sorted(set(pdf) - set(docx))
assert not missing and not extra, ("read from the DOCX only", missing, "from the PDF only", extra)
assert docx == pdf

def findings(kind):
    j = json.load(open("%s/%s.json" % (tmp, kind), encoding="utf-8"))
    return j, sorted((f["aturan"], f["tabel"], f["objek"], f["besaran"], f["tercetak"]) for f in j["temuan"]
                     if not f["tabel"].startswith("teks:"))

jd, fd = findings("docx")
jp, fp = findings("pdf")
assert fd == fp, (fd, fp)
assert jp["angka_tidak_dikenal"] == 0, jp["tidak_dikenal"]
print("ok: %d figures of Tables 3.1.1 and 3.5.1 read alike from the DOCX and LibreOffice's PDF; %d findings"
      % (len(pdf), len(fp)))
PY
