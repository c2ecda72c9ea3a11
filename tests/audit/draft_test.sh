#!/usr/bin/env bash
# audit --draft on real documents: lkjip's own Dumai PDF read back (>= 95 % of its figures matched, no
# finding, exit 0), the same PDF against data with one pagu changed (the change found, by page and table),
# and a DOCX written by python3-docx from the Dumai seed's tables as printed (figures equal to the
# hand-typed angka_tercetak.csv).
set -euo pipefail
lkjip=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$lkjip" report fixtures/dumai-2023 -o "$tmp/own" --name d >/dev/null 2>&1

# 1. Read back: matched / read >= 0.95 and no finding.
"$lkjip" audit fixtures/dumai-2023 --draft "$tmp/own/d.pdf" --json --save-printed "$tmp/printed.csv" \
  >"$tmp/own.json" 2>"$tmp/own.err"
python3 - "$tmp/own.json" "$tmp/printed.csv" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
read, matched, unknown = j["angka_dibaca"], j["angka_dicocokkan"], j["angka_tidak_dikenal"]
assert read == matched + unknown == len(j["tidak_dikenal"]) + matched, j
assert read >= 200, read
assert matched / read >= 0.95, (matched, read)
assert j["temuan"] == [], j["temuan"][:3]
assert j["angka_diperiksa"] == matched
lines = [l for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
assert lines[0].startswith("tabel;halaman;objek;besaran;tahun;nilai;catatan"), lines[0]
assert len(lines) == matched + 1, (len(lines), matched)
tables = {l.split(";")[0] for l in lines[1:]}
for t in ("I", "2.4.1", "2.4.2", "3.1.1", "3.2.1", "3.3.1", "3.5.1", "3.6.1", "3.6.3", "3.7"):
    assert t in tables, (t, sorted(tables))
PY
grep -q "Angka tercetak disimpan" "$tmp/own.err"

# The saved figures, audited as a hand-corrected angka_tercetak.csv, give the same verdict.
"$lkjip" audit fixtures/dumai-2023 --printed "$tmp/printed.csv" >/dev/null 2>&1

# 2. The same PDF against data whose pagu murni of 2.17.03 differs: found where it is printed.
cp -r fixtures/dumai-2023 "$tmp/changed"
sed -i 's/^2\.17\.03;;\(Program Pengawasan dan Pemeriksaan Koperasi\);Rp\. 94\.847\.200,00;/2.17.03;;\1;Rp. 94.874.200,00;/' \
  "$tmp/changed/anggaran.csv"
grep -q "94.874.200" "$tmp/changed/anggaran.csv"
set +e
"$lkjip" audit "$tmp/changed" --draft "$tmp/own/d.pdf" >"$tmp/changed.txt" 2>/dev/null
code=$?
set -e
[ "$code" -eq 6 ] || { echo "exit $code, expected 6"; cat "$tmp/changed.txt"; exit 1; }
grep -q '^- \[Tabel 2.4.2, hlm. [0-9]*\] 2.17.03 pagu_murni 2023: tercetak 94.847.200, seharusnya 94.874.200' \
  "$tmp/changed.txt" || { cat "$tmp/changed.txt"; exit 1; }

# 3. A draft not written by lkjip: Tables 3.1.1 and 3.5.1 as the Dumai LKj printed them, written with
#    python3-docx. The figures read are the hand-typed lines of angka_tercetak.csv for those tables, and the
#    audit finds the seed's inconsistencies (SUMBER.md): the truncated 49,17, the decimal point of 4.33%, and
#    Table 3.5.1's realisasi of 2.17.07 (1.855.010.480, the pre-revision figure) with its serapan 89,45; in the
#    analysis of IKU1.1, the unfilled "meningkat/ menurun/ tetap", "tercapai Sedang" for a capaian of 92,32
#    and the capaian printed as its increase.
py=python3
$py -c "import docx" 2>/dev/null || py=/usr/bin/python3
$py tests/audit/seed_draft_docx.py "$tmp/seed.docx"
set +e
"$lkjip" audit fixtures/dumai-2023 --draft "$tmp/seed.docx" --save-printed "$tmp/seed.csv" >"$tmp/seed.txt" 2>/dev/null
code=$?
set -e
[ "$code" -eq 6 ] || { echo "seed docx: exit $code, expected 6"; cat "$tmp/seed.txt"; exit 1; }
python3 - "$tmp/seed.csv" fixtures/dumai-2023/angka_tercetak.csv <<'PY'
import csv, sys
from collections import Counter
def rows(path):
    out = Counter()
    with open(path, encoding="utf-8") as f:
        for r in csv.reader((l for l in f if not l.startswith("#")), delimiter=";"):
            if r and r[0] in ("3.1.1", "3.5.1"):
                out[(r[0], r[2], r[3], r[4], " ".join(r[5].split()))] += 1
    return out
got, want = rows(sys.argv[1]), rows(sys.argv[2])
assert len(want) == 42, len(want)
assert got == want, ("missing", want - got, "extra", got - want)
PY
grep -q '^Dibaca dari draf: 49 angka, 49 dicocokkan, 0 tidak dikenal$' "$tmp/seed.txt"
for expected in '\[Tabel 3.1.1\] IKU1.2 capaian 2023: tercetak 49,17%, seharusnya 49,18' \
                '\[Tabel 3.1.1\] IKU2.2 realisasi 2023: tercetak 4.33%' \
                '\[Tabel 3.5.1\] 2.17.07 realisasi_anggaran 2023: tercetak 1.855.010.480, seharusnya 2.013.738.540' \
                '\[Tabel 3.5.1\] 2.17.07 serapan 2023: tercetak 89,45, seharusnya 97,10' \
                '\[teks:draf\] IKU1.1 perubahan_capaian 2023: tercetak meningkat/ menurun/ tetap' \
                'Kalimat templat belum diisi' \
                '\[teks:draf\] IKU1.1 predikat 2023: tercetak Sedang, seharusnya Sangat Tinggi' \
                '\[teks:draf\] IKU1.1 perubahan_capaian 2023: tercetak 92,32%, seharusnya 1,12'; do
  grep -q "$expected" "$tmp/seed.txt" || { echo "not found: $expected"; cat "$tmp/seed.txt"; exit 1; }
done

# The same draft with three figures changed as drafts go wrong: each change found, in its table.
$py tests/audit/seed_draft_docx.py "$tmp/changed.docx" --ubah
set +e
"$lkjip" audit fixtures/dumai-2023 --draft "$tmp/changed.docx" >"$tmp/changed-docx.txt" 2>/dev/null
set -e
for expected in '\[Tabel 3.1.1\] IKU1.1 target 2023: tercetak 70,85%, seharusnya 70,58' \
                '\[Tabel 3.1.1\] IKU1.2 realisasi 2023: tercetak 2,213%, seharusnya 22,13' \
                '\[Tabel 3.1.1\] IKU1.1 atribut 2023: tercetak Berhasil, seharusnya Sangat Berhasil'; do
  grep -q "$expected" "$tmp/changed-docx.txt" || { echo "not found: $expected"; cat "$tmp/changed-docx.txt"; exit 1; }
done

# 4. Refusals: a draft that is neither DOCX nor PDF; --save-printed without --draft.
set +e
"$lkjip" audit fixtures/dumai-2023 --draft fixtures/dumai-2023/profil.ini >/dev/null 2>"$tmp/bad.err"
code=$?
set -e
[ "$code" -eq 3 ] && grep -q "draf harus berupa DOCX atau PDF" "$tmp/bad.err"
echo "draft audit: ok"
