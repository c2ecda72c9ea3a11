"""The API of `lkjip serve` over real HTTP on 127.0.0.1: the JSON is the CLI's, bad input is a located 422
in Bahasa Indonesia, zip uploads are refused when they would leave their folder or grow too large, the
limits and wrong routes answer 413/404/405, requests run in parallel, SIGTERM stops the server cleanly and
no request leaves a temporary folder behind.

usage: api_test.py LKJIP ROOT"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, request, wait_until, zip_bytes, zip_folder  # noqa: E402

import openpyxl  # noqa: E402  (Debian's python3-openpyxl)

lkjip, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
fixture = os.path.join(root, "fixtures", "dumai-2023")
work = tempfile.mkdtemp(prefix="lkjip-api-test-")
failures = []
server = None


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def cli(*args):
    """stdout of an lkjip command run in `work`, where the workbook is called masukan.xlsx as on the server."""
    return subprocess.run([lkjip, *args], cwd=work, capture_output=True).stdout


def problems(body):
    return json.loads(body.decode("utf-8"))["masalah"]


try:
    subprocess.run([lkjip, "init", "--xlsx", os.path.join(work, "masukan.xlsx"), "--from", fixture], check=True,
                   capture_output=True)
    workbook = open(os.path.join(work, "masukan.xlsx"), "rb").read()
    broken = openpyxl.load_workbook(os.path.join(work, "masukan.xlsx"))
    broken["Realisasi"]["C2"] = "tujuh puluh"
    broken.save(os.path.join(work, "rusak.xlsx"))
    broken_workbook = open(os.path.join(work, "rusak.xlsx"), "rb").read()
    zipped = zip_folder(fixture, "dumai-2023/")

    server = Server(lkjip, "-j", "2", "--max-upload-mb", "2")
    url = server.url
    try:
        status, headers, body = request(url)
        check(status == 200 and headers["Content-Type"].startswith("text/html"), "GET / is the page")
        page = body.decode("utf-8")
        check('lang="id"' in page and 'name="masukan"' in page and 'name="tercetak"' in page,
              "the page has the upload and the audit forms")
        check("http://" not in page.replace('http://www.w3.org', '') and "https://" not in page,
              "the page loads nothing from outside")

        status, headers, body = request(url + "api/compute", {"masukan": workbook})
        check(status == 200 and body == cli("compute", "masukan.xlsx", "--json"),
              "POST /api/compute (workbook) = lkjip compute --json, byte for byte")
        status, _, body = request(url + "api/compute", {"masukan": zipped})
        shutil.copytree(fixture, os.path.join(work, "masukan"))
        check(status == 200 and body == cli("compute", "masukan", "--json"),
              "POST /api/compute (zipped folder) = lkjip compute masukan --json (the folder as extracted)")
        status, _, body = request(url + "api/compute", {"masukan": zip_folder(fixture, "")})
        check(status == 200, "a zip with the files at its top is a folder too")

        status, _, body = request(url + "api/audit", {"masukan": workbook})
        check(status == 200 and body == cli("audit", "masukan.xlsx", "--json"),
              "POST /api/audit = lkjip audit --json")
        printed = open(os.path.join(fixture, "angka_tercetak.csv"), "rb").read()
        folder_without = zip_bytes([(n, open(os.path.join(fixture, n), "rb").read())
                                    for n in sorted(os.listdir(fixture)) if n != "angka_tercetak.csv"])
        status, _, body = request(url + "api/audit", {"masukan": folder_without, "tercetak": printed})
        audit = json.loads(body)
        check(status == 200 and audit["angka_diperiksa"] == 565 and audit["ringkasan"]["galat"] == 60,
              "POST /api/audit with the printed figures as `tercetak`: 565 figures, 60 galat")
        status, _, body = request(url + "api/audit", {"masukan": folder_without})
        check(status == 422 and "angka tercetak" in problems(body)[0]["pesan"],
              "an audit without printed figures is a 422 that says what is missing")

        status, _, body = request(url + "api/check", {"masukan": workbook})
        listed = problems(body)
        # The belanja warning, and the three narrative blocks the seed does not hold (narasi.csv).
        check(status == 200 and len(listed) == 4 and all(p["tingkat"] == "peringatan" for p in listed) and
              listed[0]["lokasi"] == "masukan.xlsx: lembar Belanja" and
              sum(p["lokasi"] == "masukan.xlsx: lembar Narasi" for p in listed) == 3,
              "POST /api/check: the Dumai warnings, located")
        status, _, body = request(url + "api/check", {"masukan": broken_workbook})
        check(status == 422 and problems(body) == [{
            "lokasi": "masukan.xlsx: Realisasi!C2",
            "pesan": "kolom \"realisasi\": angka diharapkan, ditemukan \"tujuh puluh\"", "tingkat": "galat"}],
            "POST /api/check of a broken workbook: 422 at Realisasi!C2")
        status, _, body = request(url + "api/compute", {"masukan": broken_workbook})
        check(status == 422 and problems(body)[0]["lokasi"] == "masukan.xlsx: Realisasi!C2",
              "POST /api/compute of a broken workbook: 422 with the cell")

        status, headers, body = request(url + "api/report?format=pdf", {"masukan": workbook})
        check(status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF") and
              'filename="lkjip-2023-dinas-koperasi' in headers["Content-Disposition"],
              "POST /api/report?format=pdf: a PDF with its file name")
        status, headers, body = request(url + "api/report?format=xlsx", {"masukan": workbook})
        check(status == 200 and headers["Content-Type"].startswith("application/vnd.openxmlformats") and
              body.startswith(b"PK") and headers["Content-Disposition"].endswith('.xlsx"'),
              "POST /api/report?format=xlsx: a workbook")
        status, headers, body = request(url + "unduh?format=pdf", {"masukan": workbook})
        check(status == 200 and body.startswith(b"%PDF") and "attachment" in headers["Content-Disposition"],
              "POST /unduh?format=pdf (the page's button): the PDF")
        status, headers, body = request(url + "unduh?format=pdf", {"masukan": broken_workbook})
        check(status == 422 and headers["Content-Type"].startswith("text/html") and
              b"masukan.xlsx: Realisasi!C2" in body, "POST /unduh of a broken workbook: the page with the problem")
        status, headers, body = request(url + "unduh?format=docx", {"masukan": workbook})
        check(status == 200 and body.startswith(b"PK") and ".docx" in headers["Content-Disposition"] and
              headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "POST /unduh?format=docx (the page's Word button): the DOCX")
        status, _, body = request(url + "api/report?format=odt", {"masukan": workbook})
        check(status == 400 and "odt" in problems(body)[0]["pesan"], "an unknown format is a 400")
        status, headers, body = request(url + "api/init")
        check(status == 200 and body.startswith(b"PK") and "masukan-lkjip.xlsx" in headers["Content-Disposition"],
              "GET /api/init: the input workbook to fill in")

        # Bad uploads: located, in Bahasa Indonesia, nothing written outside the request's folder.
        def refused(fields, pattern, what):
            status, _, body = request(url + "api/compute", fields)
            text = " | ".join(p["lokasi"] + ": " + p["pesan"] for p in problems(body)) if status == 422 else ""
            check(status == 422 and re.search(pattern, text) is not None, what + " (" + text[:120] + ")")

        refused({"berkas": workbook}, "tidak ada berkas masukan", "no `masukan` field")
        refused({"masukan": b"hello, world"}, "bukan buku kerja .xlsx dan bukan arsip .zip", "not a zip")
        refused({"masukan": zip_bytes([("../profil.ini", b"x")])}, r'entri "\.\./profil\.ini".*"\.\."',
                "a zip entry with ..")
        refused({"masukan": zip_bytes([("/etc/profil.ini", b"x")])}, "jalur mutlak", "an absolute zip entry")
        refused({"masukan": zip_bytes([("a\\profil.ini", b"x")])}, "jalur mutlak atau tidak sah",
                "a backslash in a zip entry")
        refused({"masukan": zip_bytes([("a/b/profil.ini", b"x")])}, "bertingkat", "a nested zip entry")
        refused({"masukan": zip_bytes([("x%d.csv" % i, b"") for i in range(100)])}, "100 entri",
                "too many zip entries")
        refused({"masukan": zip_bytes([("profil.ini", b"\0" * (65 * 1024 * 1024))])},
                "terlalu besar setelah diekstrak", "a zip bomb (65 MiB of zeros)")
        refused({"masukan": zip_bytes([("a/profil.ini", b"x"), ("b/renstra.csv", b"x")])},
                "lebih dari satu folder", "two folders in one zip")
        refused({"masukan": zip_bytes([("profil.ini", b"[opd]\n")])}, r"masukan/.*wajib|masukan: ",
                "a zip with an incomplete folder names its files under masukan/")
        check(not os.path.exists(os.path.join(server.tmpdir, "..", "profil.ini")),
              "nothing was written beside the temporary folder")

        status, _, body = request(url + "api/compute", {"masukan": b"x" * (3 * 1024 * 1024)})
        check(status == 413 and "terlalu besar" in problems(body)[0]["pesan"], "an upload over --max-upload-mb: 413")
        status, headers, body = request(url + "api/compute")
        check(status == 405 and headers["Allow"] == "POST", "GET /api/compute: 405, Allow: POST")
        status, headers, _ = request(url, {"masukan": b"x"})
        check(status == 405 and headers["Allow"] == "GET, HEAD", "POST /: 405")
        status, _, body = request(url + "api/tidak-ada")
        check(status == 404 and "tidak dikenal" in problems(body)[0]["pesan"], "an unknown API route: 404 (JSON)")
        status, headers, _ = request(url + "tidak-ada")
        check(status == 404 and headers["Content-Type"].startswith("text/html"), "an unknown page: 404 (HTML)")

        port = url.rstrip("/").rsplit(":", 1)[1]
        second = subprocess.run([lkjip, "serve", "--port", port], capture_output=True, text=True, timeout=30)
        check(second.returncode == 4 and "tidak dapat mendengarkan di 127.0.0.1:" + port in second.stderr,
              "a second server on the same port: exit 4 (%d %s)" % (second.returncode, second.stderr.strip()))

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: request(url + "api/compute", {"masukan": workbook}), range(16)))
        expected = cli("compute", "masukan.xlsx", "--json")
        check(all(s == 200 and b == expected for s, _, b in answers), "16 requests on 8 connections at once")
        check(wait_until(lambda: server.leftovers() == []), "no temporary folder left: %s" % server.leftovers())
    finally:
        code, log = server.stop()
    check(code == 0 and "lkjip serve: berhenti" in log, "SIGTERM: the server stops with exit code 0")
    check(re.search(r"^POST /api/compute 200 \d+ ms$", log, re.M) is not None and
          re.search(r"^GET /api/compute 405 \d+ ms$", log, re.M) is not None,
          "one log line per request: method, route, status, ms")
    check(server.leftovers() == [], "no temporary folder left after stopping")

    # The default: 127.0.0.1 only; a bad option is a usage error.
    bad = subprocess.run([lkjip, "serve", "--port", "70000"], capture_output=True, text=True)
    check(bad.returncode == 2 and "--port" in bad.stderr, "serve --port 70000: exit 2")
finally:
    shutil.rmtree(work, ignore_errors=True)
    if server is not None:
        shutil.rmtree(server.tmpdir, ignore_errors=True)

if failures:
    print("%d failed" % len(failures))
    sys.exit(1)
print("all passed")
