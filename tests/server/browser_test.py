"""The page of `lkjip serve` in a real browser (Debian's Chromium, headless, driven by Selenium through
Debian's chromedriver): upload the Dumai workbook and see 92,32% and "Sangat Tinggi"; upload a broken
workbook and see the problem at its cell; download the PDF with the page's button and read it back with
pdftotext; run the audit form, with the printed figures and with a DOCX draft. Exits 77 (CTest: skipped) only when Chromium, its driver or Selenium is
not installed; .ci/install-deps installs them, so CI runs it.

usage: browser_test.py LKJIP ROOT"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, wait_until  # noqa: E402

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.path.exists(p)]
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    missing.append("python3-selenium")
if missing:
    print("SKIP: browser test needs %s (Debian packages chromium chromium-driver python3-selenium; "
          ".ci/install-deps installs them)" % ", ".join(missing))
    sys.exit(77)

import openpyxl  # noqa: E402

lkjip, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp(prefix="lkjip-browser-test-")
downloads = os.path.join(work, "unduhan")
os.mkdir(downloads)
failures = []
server = None


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,1600", "--user-data-dir=" + os.path.join(work, "profil")):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def result_text(driver, wait, marker):
    """The text of the result section once it holds `marker`."""
    wait.until(EC.text_to_be_present_in_element((By.ID, "hasil"), marker))
    return driver.find_element(By.ID, "hasil").text


try:
    dumai = os.path.join(work, "dumai.xlsx")
    subprocess.run([lkjip, "init", "--xlsx", dumai, "--from", os.path.join(root, "fixtures", "dumai-2023")],
                   check=True, capture_output=True)
    draft = os.path.join(work, "draf.docx")
    subprocess.run(["/usr/bin/python3", os.path.join(root, "tests", "audit", "seed_draft_docx.py"), draft],
                   check=True)
    broken = os.path.join(work, "rusak.xlsx")
    book = openpyxl.load_workbook(dumai)
    book["Realisasi"]["C2"] = "tujuh puluh"
    book.save(broken)

    server = Server(lkjip, "-j", "2")
    driver = None
    try:
        driver = browser()
        wait = WebDriverWait(driver, 60)
        driver.get(server.url)
        check(driver.title.startswith("lkjip"), "the page opens: " + driver.title)

        driver.find_element(By.ID, "masukan").send_keys(dumai)
        driver.find_element(By.ID, "periksa").click()
        text = result_text(driver, wait, "Tabel laporan")
        check("92,32%" in text, "the Dumai workbook shows 92,32%")
        check("Sangat Tinggi" in text and "Sangat Berhasil" in text, "... with its predikat Sangat Tinggi")
        check("46,72%" in text and "94,45%" in text, "... the OPD's capaian 46,72% and serapan 94,45%")
        check("masukan.xlsx: lembar Belanja" in text, "... the warning with its location")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#tabel-3-1-1 table")) == 1 and
              len(driver.find_elements(By.CSS_SELECTOR, "#hasil section.tabel")) >= 14,
              "... every report table as an HTML table")
        cell = driver.find_element(By.XPATH, "//section[@id='tabel-3-1-1']//td[starts-with(normalize-space(), '92,32')]")
        check(cell.value_of_css_property("text-align") == "right", "... numbers right-aligned")
        check(driver.find_element(By.ID, "masukan").get_attribute("value").endswith("dumai.xlsx"),
              "the chosen file is still selected (for the download buttons)")

        driver.find_element(By.ID, "unduh-pdf").click()
        pdfs = []

        def downloaded():
            pdfs[:] = [f for f in os.listdir(downloads) if f.endswith(".pdf")]
            return bool(pdfs)

        check(wait_until(downloaded, 60), "the PDF button downloads a file: %s" % os.listdir(downloads))
        if pdfs:
            path = os.path.join(downloads, pdfs[0])
            check(pdfs[0] == "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian.pdf",
                  "... named after the OPD: " + pdfs[0])
            check(open(path, "rb").read(5) == b"%PDF-", "... and it is a PDF")
            text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
            check("92,32" in text and "Sangat Tinggi" in text, "... whose text holds 92,32 and Sangat Tinggi")
        check(driver.find_element(By.ID, "hasil").text.count("92,32%") >= 1, "the page stays as it was")

        driver.find_element(By.ID, "unduh-docx").click()
        docxs = []

        def downloaded_docx():
            docxs[:] = [f for f in os.listdir(downloads) if f.endswith(".docx")]
            return bool(docxs)

        check(wait_until(downloaded_docx, 60), "the Word button downloads a file: %s" % os.listdir(downloads))
        if docxs:
            check(docxs[0] == "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian.docx",
                  "... named after the OPD: " + docxs[0])
            check(open(os.path.join(downloads, docxs[0]), "rb").read(4) == b"PK\x03\x04", "... and it is a zip")

        driver.find_element(By.ID, "masukan").send_keys(broken)
        driver.find_element(By.ID, "periksa").click()
        text = result_text(driver, wait, "Masukan belum dapat diolah")
        check("masukan.xlsx: Realisasi!C2" in text and 'ditemukan "tujuh puluh"' in text,
              "a broken workbook shows the problem at Realisasi!C2")
        check("92,32%" not in text, "... instead of the previous result")
        driver.find_element(By.ID, "form-unduh-pdf").click()
        wait.until(EC.url_contains("/unduh"))
        text = result_text(driver, wait, "Masukan belum dapat diolah")
        check("masukan.xlsx: Realisasi!C2" in text and not os.listdir(downloads)[2:],
              "the download button with a broken workbook shows the problem instead of a file")
        driver.get(server.url)

        driver.find_element(By.ID, "audit-masukan").send_keys(dumai)
        driver.find_element(By.ID, "reviu").click()
        text = result_text(driver, wait, "Reviu angka tercetak")
        check("565 angka tercetak diperiksa: 60 galat, 13 pembulatan, 56 peringatan" in text,
              "the audit form shows the findings' counts")
        check("beda_antartabel" in text or "Konsistensi" in text, "... and the findings")

        # The same form with the draft itself (python3-docx's draft of the Dumai seed's Tables 3.1.1 and 3.5.1).
        driver.get(server.url)
        driver.find_element(By.ID, "audit-masukan").send_keys(dumai)
        driver.find_element(By.ID, "draf").send_keys(draft)
        driver.find_element(By.ID, "reviu").click()
        text = result_text(driver, wait, "Dibaca dari draf")
        check("Dibaca dari draf: 49 angka, 49 dicocokkan, 0 tidak dikenal." in text and
              "49 angka tercetak diperiksa:" in text, "a DOCX draft: figures read, matched and not recognised")
        check("pembulatan_dipotong" in text and "isian_templat" in text, "... and its findings")

        link = driver.find_element(By.ID, "kerangka").get_attribute("href")
        check(link == server.url + "api/init", "the page links the empty input workbook")
    finally:
        if driver is not None:
            driver.quit()
        code, log = server.stop()
    check(code == 0, "the server stops on SIGTERM")
    check("POST /hasil 200" in log and "POST /unduh 200" in log and "POST /hasil 422" in log and
          log.count("POST /hasil/audit 200") == 2,
          "its log has the page's requests")
    check(server.leftovers() == [], "no temporary folder left: %s" % server.leftovers())
finally:
    shutil.rmtree(work, ignore_errors=True)
    if server is not None:
        shutil.rmtree(server.tmpdir, ignore_errors=True)

if failures:
    print("%d failed" % len(failures))
    sys.exit(1)
print("all passed")
