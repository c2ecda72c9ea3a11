"""`lkjip serve`'s audit of an uploaded draft (the `draf` field, DOCX or PDF) over real HTTP on 127.0.0.1:
the figures are read as `lkjip audit --draft` reads them and the answer says how many were read, matched and
not recognised; a draft beside angka_tercetak.csv, a file that is neither DOCX nor PDF, a draft of which
nothing is read and a draft over the size limit are 422s with a message in Bahasa Indonesia.

usage: draft_upload_test.py LKJIP ROOT"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, request, wait_until, zip_folder  # noqa: E402

lkjip, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
fixture = os.path.join(root, "fixtures", "dumai-2023")
work = tempfile.mkdtemp(prefix="lkjip-draft-upload-test-")
failures = []
servers = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def problems(body):
    return json.loads(body.decode("utf-8"))["masalah"]


try:
    subprocess.run([lkjip, "report", fixture, "-o", os.path.join(work, "laporan")], check=True,
                   capture_output=True)
    pdf_name = [n for n in os.listdir(os.path.join(work, "laporan")) if n.endswith(".pdf")][0]
    pdf = open(os.path.join(work, "laporan", pdf_name), "rb").read()
    subprocess.run(["/usr/bin/python3", os.path.join(root, "tests", "audit", "seed_draft_docx.py"),
                    os.path.join(work, "draf.docx")], check=True)
    docx = open(os.path.join(work, "draf.docx"), "rb").read()
    printed = open(os.path.join(fixture, "angka_tercetak.csv"), "rb").read()
    zipped = zip_folder(fixture, "dumai-2023/")
    expected_pdf = json.loads(subprocess.run([lkjip, "audit", fixture, "--draft",
                                              os.path.join(work, "laporan", pdf_name), "--json"],
                                             capture_output=True).stdout)
    expected_docx = json.loads(subprocess.run([lkjip, "audit", fixture, "--draft", os.path.join(work, "draf.docx"),
                                               "--json"], capture_output=True).stdout)

    server = Server(lkjip, "-j", "2", "--max-upload-mb", "40")
    servers.append(server)
    url = server.url
    page = request(url)[2].decode("utf-8")
    check('name="draf"' in page and 'accept=".docx,.pdf"' in page, "the audit form takes a draft")

    # lkjip's own PDF read back: every figure matched (as the CLI reads it), no finding.
    status, _, body = request(url + "api/audit", {"masukan": zipped, "draf": pdf})
    audit = json.loads(body)
    check(status == 200 and audit["angka_dibaca"] == expected_pdf["angka_dibaca"] >= 200 and
          audit["angka_dicocokkan"] == audit["angka_dibaca"] and audit["angka_tidak_dikenal"] == 0 and
          audit["temuan"] == [],
          "POST /api/audit with lkjip's PDF as `draf`: %d read, all matched, no finding" % audit["angka_dibaca"])

    # The python3-docx draft: the same figures and findings as `lkjip audit --draft`.
    status, _, body = request(url + "api/audit", {"masukan": zipped, "draf": docx})
    audit = json.loads(body)
    same = [(f["aturan"], f["tabel"], f["objek"], f["besaran"], f["tercetak"]) for f in audit["temuan"]] == \
        [(f["aturan"], f["tabel"], f["objek"], f["besaran"], f["tercetak"]) for f in expected_docx["temuan"]]
    check(status == 200 and audit["angka_dibaca"] == expected_docx["angka_dibaca"] == 49 and
          audit["angka_dicocokkan"] == 49 and same and len(audit["temuan"]) > 0,
          "POST /api/audit with a DOCX draft: 49 read and matched, the findings of lkjip audit --draft")

    # The page: counts and findings.
    status, headers, body = request(url + "hasil/audit", {"masukan": zipped, "draf": docx})
    html = body.decode("utf-8")
    check(status == 200 and headers["Content-Type"].startswith("text/html") and
          'Dibaca dari draf: <span id="angka-dibaca">49</span> angka, <span id="angka-dicocokkan">49</span> '
          'dicocokkan, <span id="angka-tidak-dikenal">0</span> tidak dikenal.' in html and
          "pembulatan_dipotong" in html and "isian_templat" in html,
          "POST /hasil/audit with a DOCX draft: read/matched/unmatched counts and the findings")

    # Refusals, each a 422 naming the draft.
    status, _, body = request(url + "api/audit", {"masukan": zipped, "draf": docx, "tercetak": printed})
    check(status == 422 and problems(body)[0] == {
        "lokasi": "draf", "pesan": "unggah angka tercetak (.csv) atau draf (.docx/.pdf), tidak keduanya",
        "tingkat": "galat"}, "a draft and angka_tercetak.csv together: 422")
    status, _, body = request(url + "api/audit", {"masukan": zipped, "draf": b"bukan draf"})
    check(status == 422 and problems(body)[0]["pesan"] == "draf harus berupa DOCX atau PDF",
          "a draft that is neither DOCX nor PDF: 422")
    status, _, body = request(url + "api/audit", {"masukan": zipped, "draf": b"%PDF-1.4\n" + b"x" * 100})
    check(status == 422 and problems(body)[0]["lokasi"] == "draf" and
          problems(body)[0]["pesan"] == "bukan berkas PDF yang dapat dibaca", "a broken PDF: 422")
    status, _, body = request(url + "hasil/audit", {"masukan": zipped, "draf": b"%PDF-1.4\n" + b"x" * 100})
    check(status == 422 and "bukan berkas PDF yang dapat dibaca" in body.decode("utf-8"),
          "a broken PDF on the page: 422 with the message")
    big = b"%PDF-1.4\n" + b"0" * (33 * 1024 * 1024)
    status, _, body = request(url + "api/audit", {"masukan": zipped, "draf": big})
    check(status == 422 and problems(body)[0]["pesan"].startswith("draf terlalu besar: 33 MiB; paling besar 32 MiB"),
          "a 33 MiB draft: 422, draf terlalu besar")
    check(wait_until(lambda: server.leftovers() == []), "no temporary folder left: %s" % server.leftovers())
    code, _ = server.stop()
    check(code == 0, "the server stops cleanly")

    # Over the request limit itself: 413 from the HTTP layer, with its message.
    small = Server(lkjip, "--max-upload-mb", "1")
    servers.append(small)
    status, _, body = request(small.url + "hasil/audit", {"masukan": zipped, "draf": pdf + b"0" * (1024 * 1024)})
    check(status == 413 and "unggahan terlalu besar" in body.decode("utf-8"), "over --max-upload-mb: 413")
    small.stop()
finally:
    shutil.rmtree(work, ignore_errors=True)
    for s in servers:
        if s.process.poll() is None:
            s.process.kill()
        shutil.rmtree(s.tmpdir, ignore_errors=True)

if failures:
    print("%d failed" % len(failures))
    sys.exit(1)
print("all passed")
