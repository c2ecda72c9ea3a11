#include "render/pdf/pdf_renderer.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "pdf_test_reports.hpp"
#include "render/pdf/chart_data.hpp"
#include "render/pdf/table_layout.hpp"
#include "render/pdf/table_pagination.hpp"
#include "render/pdf/text_wrap.hpp"
#include "table/cell_text.hpp"

namespace fs = std::filesystem;
using namespace lkjip;
using namespace lkjip::table;
using namespace lkjip::render::pdf;
using namespace lkjip::test;

namespace {

// ---- running the real readers ----------------------------------------------------------------------

struct Run {
    int status = -1;
    std::string out;
};

Run run(const std::string& command) {
    Run r;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        r.out.append(buffer.data(), n);
    r.status = ::pclose(pipe);
    return r;
}

std::string quoted(const fs::path& p) {
    return "'" + p.string() + "'";
}

// Text of each page (pdftotext ends every page with a form feed).
std::vector<std::string> page_texts(const fs::path& pdf) {
    const Run r = run("pdftotext -layout " + quoted(pdf) + " -");
    REQUIRE(r.status == 0);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff = r.out.find('\f'); ff != std::string::npos; ff = r.out.find('\f', start)) {
        pages.push_back(r.out.substr(start, ff - start));
        start = ff + 1;
    }
    return pages;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class TempDir {
  public:
    TempDir() {
        static int counter = 0;
        path_ = fs::temp_directory_path() /
                ("lkjip-pdf-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    fs::path operator/(const std::string& name) const { return path_ / name; }

  private:
    fs::path path_;
};

}  // namespace

// ---- the real file, read back with poppler and qpdf -----------------------------------------------

TEST_CASE("pdf: text, fonts and structure read back with pdftotext, pdffonts and qpdf") {
    TempDir dir;
    const fs::path pdf = dir / "laporan.pdf";
    const Report report = sample_report();
    render_pdf(report, pdf.string());
    if (std::getenv("LKJIP_KEEP_PDF"))
        fs::copy_file(pdf, std::string(std::getenv("LKJIP_KEEP_PDF")) + "/sample.pdf",
                      fs::copy_options::overwrite_existing);

    const std::vector<std::string> pages = page_texts(pdf);
    REQUIRE(pages.size() == 2);  // the cover, then both tables, the chart and the signature on one page
    CHECK(count_of(pages[0], "Laporan Kinerja Instansi") == 1);
    CHECK(count_of(pages[0], "Halaman") == 0);  // no footer on the cover

    const std::string& body = pages[1];
    CHECK(count_of(body, "Halaman 1 dari 1") == 1);
    CHECK(count_of(body, "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Kota Dumai — LKjIP 2023") ==
          1);
    CHECK(count_of(body, "Tabel 1.1 Ikhtisar Kinerja") == 1);
    CHECK(count_of(body, "Tabel 3.1 Capaian Indikator Kinerja Utama") == 1);
    CHECK(count_of(body, "Kafé ≥ 100% – ≤ 50%") == 2);  // the cell, and the chart's category label

    // Every cell of the capaian table, header and body, in reading order.
    // The merged "Tahun 2023" sits above the middle of the header, so it is read first.
    std::vector<std::string> expected = {"Tahun 2023", "No",        "Indikator", "Predikat",
                                         "Target",     "Realisasi", "Capaian"};
    const Table t = capaian_table();
    for (const Row& row : t.rows) {
        for (const Cell& cell : row.cells) {
            if (!cell.covered && !display_text(cell).empty())
                expected.push_back(display_text(cell));
        }
    }
    expected.push_back("Capaian = realisasi / target × 100%.");
    CHECK(expected.size() == 28);
    std::size_t at = body.find("Tabel 3.1");
    for (const std::string& e : expected) {
        const std::size_t found = body.find(e, at);
        INFO("looking for \"" << e << "\"");
        REQUIRE(found != std::string::npos);
        at = found + e.size();
    }
    // The signature closes the last page, after the last table and its chart.
    const std::size_t chart = body.find("Grafik Capaian IKU");
    const std::size_t signature = body.find("Drs. Budi Santoso, M.Si.");
    CHECK(chart > body.find("Capaian = realisasi"));
    CHECK(signature > chart);
    CHECK(count_of(body, "NIP. 19700101 199503 1 002") == 1);
    CHECK(count_of(body, "Target 100%") == 1);

    // Only the two embedded DejaVu subsets, Identity-H.
    const Run fonts = run("pdffonts " + quoted(pdf));
    REQUIRE(fonts.status == 0);
    std::istringstream lines(fonts.out);
    std::string line;
    std::vector<std::vector<std::string>> rows;
    std::getline(lines, line);  // column titles
    std::getline(lines, line);  // dashes
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        rows.emplace_back(std::istream_iterator<std::string>(words), std::istream_iterator<std::string>());
    }
    REQUIRE(rows.size() == 2);
    std::sort(rows.begin(), rows.end());  // pdffonts lists them in the order pages use them
    CHECK(rows[0][0] == "AAAAAA+DejaVuSans");
    CHECK(rows[1][0] == "BAAAAA+DejaVuSans-Bold");
    for (const auto& r : rows) {
        REQUIRE(r.size() == 9);
        CHECK(r[1] == "CID");
        CHECK(r[2] == "TrueType");
        CHECK(r[3] == "Identity-H");
        CHECK(r[4] == "yes");  // embedded
        CHECK(r[5] == "yes");  // subset
        CHECK(r[6] == "yes");  // ToUnicode
    }

    const Run check = run("qpdf --check " + quoted(pdf));
    CHECK(check.status == 0);
    CHECK(count_of(check.out, "No syntax or stream encoding errors found") == 1);

    const Run info = run("pdfinfo " + quoted(pdf));
    REQUIRE(info.status == 0);
    CHECK(count_of(info.out, "Title:           Laporan Kinerja Instansi Pemerintah Tahun 2023\n") == 1);
    CHECK(count_of(info.out, "Author:          Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian\n") ==
          1);
    CHECK(count_of(info.out, "Creator:         lkjip\n") == 1);
    CHECK(count_of(info.out, "CreationDate:    Mon Jan  1 00:00:00 2024 UTC\n") == 1);
    CHECK(count_of(info.out, "Page size:       595 x 842 pts (A4)\n") == 1);
}

namespace {

// 300 rows; every fifth has a long uraian that wraps onto several lines, with markers at both ends.
Report long_report() {
    Report r = report_skeleton();
    Table t;
    t.id = "panjang";
    t.nomor = "9.1";
    t.judul = "Tabel Sintetis";
    t.orientation = Orientation::Portrait;
    t.columns = {{"no", 6}, {"uraian", 40}, {"nilai", 16}};
    t.header = {{head("No"), head("Uraian Kegiatan"), head("Nilai Realisasi")}};
    for (int i = 1; i <= 300; ++i) {
        std::string uraian = "Kegiatan";
        if (i % 5 == 0) {
            uraian =
                "awal" + std::to_string(i) +
                " kegiatan dengan uraian panjang yang harus dibungkus menjadi beberapa baris di dalam sel "
                "tabel tanpa terpotong ujung" +
                std::to_string(i);
        }
        t.rows.push_back(Row{
            RowRole::Data, {Cell::of_number(i, NumberStyle::Integer, 0), text(uraian), rupiah(1000.0 * i)}});
    }
    r.tables = {t};
    return r;
}

// Row numbers at the start of a line ("   17 Kegiatan ..."), per page.
std::vector<int> row_numbers(const std::string& page) {
    std::vector<int> numbers;
    std::istringstream lines(page);
    std::string line;
    while (std::getline(lines, line)) {
        std::size_t i = line.find_first_not_of(' ');
        if (i == std::string::npos || line[i] < '0' || line[i] > '9')
            continue;
        std::size_t j = i;
        while (j < line.size() && line[j] >= '0' && line[j] <= '9')
            ++j;
        const std::size_t k = line.find_first_not_of(' ', j);
        if (k > j && k != std::string::npos && (line[k] < '0' || line[k] > '9'))
            numbers.push_back(std::stoi(line.substr(i, j - i)));
    }
    return numbers;
}

}  // namespace

TEST_CASE("pdf: a 300-row table paginates with repeated headers and no split rows") {
    TempDir dir;
    const fs::path pdf = dir / "panjang.pdf";
    render_pdf(long_report(), pdf.string());
    if (std::getenv("LKJIP_KEEP_PDF"))
        fs::copy_file(pdf, std::string(std::getenv("LKJIP_KEEP_PDF")) + "/long.pdf",
                      fs::copy_options::overwrite_existing);
    const std::vector<std::string> pages = page_texts(pdf);
    REQUIRE(pages.size() >= 3);
    const std::size_t numbered = pages.size() - 1;

    std::map<int, int> seen;
    std::map<int, std::size_t> page_of_row;
    for (std::size_t p = 1; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(count_of(pages[p], "Halaman " + std::to_string(p) + " dari " + std::to_string(numbered)) == 1);
        const std::vector<int> numbers = row_numbers(pages[p]);
        if (numbers.empty()) {
            CHECK(p == pages.size() - 1);  // only the signature may stand alone on the last page
            continue;
        }
        CHECK(count_of(pages[p], "Uraian Kegiatan") == 1);
        CHECK(count_of(pages[p], "Nilai Realisasi") == 1);
        CHECK(count_of(pages[p], p == 1 ? "Tabel 9.1 Tabel Sintetis" : "Tabel 9.1 (lanjutan)") == 1);
        for (int n : numbers) {
            ++seen[n];
            page_of_row[n] = p;
        }
    }
    REQUIRE(seen.size() == 300);
    for (int i = 1; i <= 300; ++i) {
        INFO("row " << i);
        CHECK(seen[i] == 1);
        if (i % 5 == 0) {
            const std::string& page = pages[page_of_row[i]];
            CHECK(count_of(page, "awal" + std::to_string(i) + " ") == 1);
            CHECK(count_of(page, "ujung" + std::to_string(i) + "\n") +
                      count_of(page, "ujung" + std::to_string(i) + " ") ==
                  1);
        }
    }
}

TEST_CASE("pdf: a merged block taller than a page repeats its text on the next page") {
    Report r = report_skeleton();
    Table t;
    t.nomor = "3.2";
    t.judul = "Sasaran Besar";
    t.orientation = Orientation::Landscape;
    t.columns = {{"sasaran", 20}, {"indikator", 30}, {"nilai", 10}};
    t.header = {{head("Sasaran"), head("Indikator"), head("Nilai")}};
    for (int i = 0; i < 60; ++i) {
        Cell group = i == 0 ? text("Meningkatnya kesejahteraan") : covered();
        if (i == 0)
            group.row_span = 60;
        t.rows.push_back(
            Row{RowRole::Data, {group, text("Indikator " + std::to_string(i + 1)), percent(90)}});
    }
    r.tables = {t};
    TempDir dir;
    const fs::path pdf = dir / "blok.pdf";
    render_pdf(r, pdf.string());
    if (std::getenv("LKJIP_KEEP_PDF"))
        fs::copy_file(pdf, std::string(std::getenv("LKJIP_KEEP_PDF")) + "/block.pdf",
                      fs::copy_options::overwrite_existing);
    const std::vector<std::string> pages = page_texts(pdf);
    std::size_t table_pages = 0;
    for (std::size_t p = 1; p < pages.size(); ++p) {
        if (count_of(pages[p], "Indikator") == 0)
            continue;  // the signature's page
        ++table_pages;
        INFO("page " << p + 1);
        CHECK(count_of(pages[p], "Meningkatnya kesejahteraan") == 1);
    }
    CHECK(table_pages == 2);  // 60 rows of 14.4 pt: 30 on each landscape page
}

TEST_CASE("pdf: the same report gives the same bytes") {
    TempDir dir;
    const Report report = sample_report();
    render_pdf(report, (dir / "a.pdf").string());
    render_pdf(report, (dir / "b.pdf").string());
    const std::string a = read_bytes(dir / "a.pdf");
    CHECK(a.compare(0, 9, "%PDF-1.3\n") == 0);
    CHECK(a == read_bytes(dir / "b.pdf"));
    CHECK(run("cmp " + quoted(dir / "a.pdf") + " " + quoted(dir / "b.pdf")).status == 0);
}

TEST_CASE("pdf: each page is one Flate-compressed content stream, its footer included") {
    TempDir dir;
    render_pdf(sample_report(), (dir / "a.pdf").string());
    const std::string pdf = read_bytes(dir / "a.pdf");
    CHECK(count_of(pdf, "/Contents[") == 0);  // footers are not a second stream appended later
    std::size_t pages = 0;
    for (std::size_t at = pdf.find("/Contents "); at != std::string::npos;
         at = pdf.find("/Contents ", at + 1)) {
        const std::string object = pdf.substr(at + 10, pdf.find(' ', at + 10) - at - 10);
        CHECK(count_of(pdf, "\n" + object + " 0 obj<</Filter/FlateDecode/Length ") == 1);
        ++pages;
    }
    CHECK(pages == 2);
    // Decompressed: the numbers are written with at most three decimals, the page ends with the footer.
    REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(dir / "a.pdf") + " " + quoted(dir / "q.pdf"))
                .status == 0);
    const std::string qdf = read_bytes(dir / "q.pdf");
    CHECK(count_of(qdf, "%% Contents for page ") == 2);
    CHECK(count_of(qdf, ".000") == 0);
    CHECK(count_of(qdf, " Tz\n") == 0);  // nothing the painter repeated for every string
    const std::size_t page2 = qdf.find("%% Contents for page 2");
    REQUIRE(page2 != std::string::npos);
    const std::size_t end = qdf.find("endstream", page2);
    REQUIRE(end != std::string::npos);
    CHECK(qdf.compare(end - 3, 3, "ET\n") == 0);  // the footer's text comes last
}

TEST_CASE("pdf: an Indonesian LC_NUMERIC does not change the bytes") {
    // Needs id_ID.UTF-8 or de_DE.UTF-8 to be installed (locale -a); skipped otherwise.
    TempDir dir;
    const Report report = sample_report();
    render_pdf(report, (dir / "c.pdf").string());
    const char* used = std::setlocale(LC_NUMERIC, "id_ID.UTF-8");
    if (used == nullptr)
        used = std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
    if (used == nullptr) {
        MESSAGE("no id_ID.UTF-8 or de_DE.UTF-8 locale installed: skipped");
        return;
    }
    const std::string name = used;
    render_pdf(report, (dir / "id.pdf").string());
    std::setlocale(LC_NUMERIC, "C");
    INFO("locale " << name);
    CHECK(read_bytes(dir / "c.pdf") == read_bytes(dir / "id.pdf"));
}

TEST_CASE("pdf: invalid UTF-8 that slipped through prints as U+FFFD") {
    Report r = report_skeleton();
    Table t = ikhtisar_table();
    t.rows[0].cells[0] = text("Kaf\xE9 lama");
    r.tables = {t};
    TempDir dir;
    render_pdf(r, (dir / "rusak.pdf").string());
    const std::vector<std::string> pages = page_texts(dir / "rusak.pdf");
    REQUIRE(pages.size() == 2);
    CHECK(count_of(pages[1], "Kaf\xEF\xBF\xBD lama") == 1);
}

TEST_CASE("pdf: a report without a single year (a recap of OPDs of several years) never says year 0") {
    TempDir dir;
    Report report = sample_report();
    report.title = "Rekapitulasi Kinerja Perangkat Daerah";
    report.tahun = 0;
    render_pdf(report, (dir / "rekap.pdf").string());
    const std::vector<std::string> pages = page_texts(dir / "rekap.pdf");
    REQUIRE(pages.size() >= 2);
    std::string all;
    for (const std::string& page : pages)
        all += page;
    CHECK(count_of(all, "Tahun 0") == 0);
    CHECK(count_of(all, "LKjIP 0") == 0);
    CHECK(count_of(pages[1], "Kota Dumai — LKjIP") == 1);
    const Run info = run("pdfinfo " + quoted(dir / "rekap.pdf"));
    REQUIRE(info.status == 0);
    CHECK(count_of(info.out,
                   "Subject:         Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Koperasi, Usaha "
                   "Kecil Menengah dan Perindustrian Kota Dumai\n") == 1);
}

TEST_CASE("pdf: the bundled fonts by default, the full system fonts for a character outside them") {
    TempDir dir;
    SUBCASE("Latin text uses the bundled subsets: a smaller file than with the system fonts named") {
        render_pdf(sample_report(), (dir / "bawaan.pdf").string());
        PdfOptions system;
        system.font_regular = system.fallback_regular;
        system.font_bold = system.fallback_bold;
        render_pdf(sample_report(), (dir / "sistem.pdf").string(), system);
        // Same glyphs drawn; the bundled fonts carry no TrueType hinting (templates/fonts/README.md).
        CHECK(page_texts(dir / "bawaan.pdf") == page_texts(dir / "sistem.pdf"));
        CHECK(fs::file_size(dir / "bawaan.pdf") + 5000 < fs::file_size(dir / "sistem.pdf"));
    }
    // Cyrillic is outside the bundled coverage and inside the full DejaVu Sans. A character without a
    // glyph gets no ToUnicode entry, so pdftotext shows whether it was drawn.
    Report report = sample_report();
    report.opd = "Dinas Koperasi \xD0\x96";  // Ж
    SUBCASE("drawn again with the system fonts") {
        render_pdf(report, (dir / "kiril.pdf").string());
        const std::vector<std::string> pages = page_texts(dir / "kiril.pdf");
        REQUIRE_FALSE(pages.empty());
        CHECK(count_of(pages[0], "Dinas Koperasi \xD0\x96") == 1);
    }
    SUBCASE("without system fonts the PDF is still written, with the bundled ones") {
        PdfOptions options;
        options.fallback_regular = (dir / "tidak-ada.ttf").string();
        options.fallback_bold = (dir / "tidak-ada-tebal.ttf").string();
        render_pdf(report, (dir / "tanpa.pdf").string(), options);
        const std::vector<std::string> pages = page_texts(dir / "tanpa.pdf");
        REQUIRE_FALSE(pages.empty());
        CHECK(count_of(pages[0], "Dinas Koperasi") == 1);
        CHECK(count_of(pages[0], "\xD0\x96") == 0);
    }
    SUBCASE("a font the user named is never replaced") {
        PdfOptions options;
        options.font_regular = options.fallback_regular;
        options.font_bold = options.fallback_bold;
        options.fallback_regular = (dir / "tidak-ada.ttf").string();
        render_pdf(report, (dir / "pilihan.pdf").string(), options);
        CHECK(count_of(page_texts(dir / "pilihan.pdf")[0], "Dinas Koperasi \xD0\x96") == 1);
    }
}

TEST_CASE("pdf: a missing font or an unwritable path is an OutputError and leaves no file") {
    TempDir dir;
    const Report report = sample_report();
    SUBCASE("missing regular font") {
        const fs::path pdf = dir / "x.pdf";
        PdfOptions options;
        options.font_regular = (dir / "TidakAda.ttf").string();
        try {
            render_pdf(report, pdf.string(), options);
            FAIL("no OutputError");
        } catch (const OutputError& e) {
            CHECK(std::string(e.what()) ==
                  options.font_regular +
                      ": galat: berkas huruf (font) tidak ditemukan atau tidak dapat dibaca");
        }
        CHECK_FALSE(fs::exists(pdf));
    }
    SUBCASE("a bold font that is not a font") {
        const fs::path pdf = dir / "y.pdf";
        const fs::path junk = dir / "bukan-font.ttf";
        std::ofstream(junk) << "bukan huruf\n";
        PdfOptions options;
        options.font_bold = junk.string();
        try {
            render_pdf(report, pdf.string(), options);
            FAIL("no OutputError");
        } catch (const OutputError& e) {
            CHECK(std::string(e.what()) ==
                  junk.string() + ": galat: bukan berkas huruf TrueType yang dapat dipakai");
        }
        CHECK_FALSE(fs::exists(pdf));
    }
    SUBCASE("a regular font that is not a font") {
        // The encoding handed to PoDoFo leaked when FreeType refused the file (LeakSanitizer, .ci/test).
        const fs::path pdf = dir / "z.pdf";
        const fs::path junk = dir / "bukan-font-biasa.ttf";
        std::ofstream(junk) << "bukan huruf\n";
        PdfOptions options;
        options.font_regular = junk.string();
        try {
            render_pdf(report, pdf.string(), options);
            FAIL("no OutputError");
        } catch (const OutputError& e) {
            CHECK(std::string(e.what()) ==
                  junk.string() + ": galat: bukan berkas huruf TrueType yang dapat dipakai");
        }
        CHECK_FALSE(fs::exists(pdf));
    }
    SUBCASE("a folder that does not exist") {
        const fs::path pdf = dir / "tidak-ada" / "laporan.pdf";
        try {
            render_pdf(report, pdf.string());
            FAIL("no OutputError");
        } catch (const OutputError& e) {
            CHECK(std::string(e.what()) ==
                  pdf.string() + ": galat: tidak dapat membuat berkas PDF: folder atau berkas tidak ada");
        }
        CHECK_FALSE(fs::exists(pdf));
    }
}
