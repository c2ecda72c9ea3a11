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
#include "render/pdf/chart_data.hpp"
#include "render/pdf/table_layout.hpp"
#include "render/pdf/table_pagination.hpp"
#include "render/pdf/text_wrap.hpp"
#include "table/cell_text.hpp"

namespace fs = std::filesystem;
using namespace lkjip;
using namespace lkjip::table;
using namespace lkjip::render::pdf;

namespace {

// ---- building reports by hand ------------------------------------------------------------------------

Cell text(std::string s, Align a = Align::Left) {
    return Cell::of_text(std::move(s), a);
}
Cell head(std::string s, int row_span = 1, int col_span = 1) {
    Cell c = Cell::of_text(std::move(s), Align::Center);
    c.row_span = row_span;
    c.col_span = col_span;
    return c;
}
Cell covered() {
    Cell c;
    c.covered = true;
    return c;
}
Cell percent(double v) {
    return Cell::of_number(v, NumberStyle::Percent);
}
Cell decimal(double v) {
    return Cell::of_number(v, NumberStyle::Decimal);
}
Cell rupiah(double v) {
    return Cell::of_number(v, NumberStyle::Rupiah, 0);
}
Cell rated(std::string label, int band) {
    Cell c = text(std::move(label), Align::Center);
    c.shade = Shade{"predikat", band};
    return c;
}

Report report_skeleton() {
    Report r;
    r.title = "Laporan Kinerja Instansi Pemerintah Tahun 2023";
    r.opd = "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian";
    r.pemda = "Kota Dumai";
    r.tahun = 2023;
    r.place_and_date = "Dumai, Januari 2024";
    r.head_title = "Kepala Dinas";
    r.head_name = "Drs. Budi Santoso, M.Si.";
    r.head_rank = "Pembina Utama Muda (IV/c)";
    r.head_nip = "19700101 199503 1 002";
    return r;
}

// A capaian table with a two-level header (a merged "Tahun 2023" over target, realisasi, capaian),
// short texts (one line each, so pdftotext -layout keeps every row on one line), predikat shading, an
// n/a cell, a total row, notes and a column chart.
Table capaian_table() {
    Table t;
    t.id = "capaian-iku";
    t.nomor = "3.1";
    t.judul = "Capaian Indikator Kinerja Utama";
    t.orientation = Orientation::Portrait;
    t.columns = {{"no", 4},         {"indikator", 30}, {"target", 10},
                 {"realisasi", 10}, {"capaian", 10},   {"predikat", 14}};
    t.header = {{head("No", 2), head("Indikator", 2), head("Tahun 2023", 1, 3), covered(), covered(),
                 head("Predikat", 2)},
                {covered(), covered(), head("Target"), head("Realisasi"), head("Capaian"), covered()}};
    t.rows.push_back(Row{RowRole::Data,
                         {text("1"), text("Koperasi aktif"), decimal(85), decimal(78.47), percent(92.3241),
                          rated("Sangat Tinggi", 0)}});
    t.rows.push_back(Row{RowRole::Data,
                         {text("2"), text("Kafé ≥ 100% – ≤ 50%"), decimal(70), decimal(49.0), percent(70.0),
                          rated("Sedang", 2)}});
    t.rows.push_back(Row{RowRole::Data,
                         {text("3"), text("Nilai SAKIP"), decimal(80), Cell::not_available("belum ada data"),
                          Cell::not_available("belum ada data"), text("")}});
    t.rows.push_back(
        Row{RowRole::Total,
            {head("Rata-rata", 1, 4), covered(), covered(), covered(), percent(81.16), rated("Tinggi", 1)}});
    t.notes = {"Capaian = realisasi / target × 100%."};
    Chart chart;
    chart.kind = ChartKind::Column;
    chart.title = "Grafik Capaian IKU";
    chart.category_column = 1;
    chart.value_columns = {4};
    chart.rows = {0, 1, 2};
    chart.reference = 100;
    chart.reference_label = "Target 100%";
    t.charts.push_back(chart);
    return t;
}

Table ikhtisar_table() {
    Table t;
    t.id = "ikhtisar";
    t.nomor = "1.1";
    t.judul = "Ikhtisar Kinerja";
    t.orientation = Orientation::Portrait;
    t.columns = {{"uraian", 40}, {"nilai", 20}};
    t.header = {{head("Uraian"), head("Nilai")}};
    t.rows.push_back(Row{RowRole::Data, {text("Capaian rata-rata"), percent(81.16)}});
    t.rows.push_back(Row{RowRole::Data, {text("Pagu anggaran"), rupiah(6210455282.0)}});
    return t;
}

Report sample_report() {
    Report r = report_skeleton();
    r.tables = {ikhtisar_table(), capaian_table()};
    return r;
}

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

// Each code point 0.5 em wide; lines 1.2 em; for layout tests without fonts.
class FakeMeasure : public TextMeasure {
  public:
    double width(std::string_view s, const TextStyle& style) const override {
        double n = 0;
        for (char c : s) {
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                ++n;
        }
        return n * style.size * 0.5;
    }
    double line_height(const TextStyle& style) const override { return style.size * 1.2; }
    double ascent(const TextStyle& style) const override { return style.size * 0.9; }
};

}  // namespace

// ---- pure layout -----------------------------------------------------------------------------------

TEST_CASE("pdf layout: wrapping and ellipsis") {
    const FakeMeasure m;
    const TextStyle s{false, 10.0};  // 5 pt per character
    CHECK(wrap_text(m, "Persentase koperasi aktif", 60.0, s) ==
          std::vector<std::string>{"Persentase", "koperasi", "aktif"});
    CHECK(wrap_text(m, "Persentase koperasi aktif", 100.0, s) ==
          std::vector<std::string>{"Persentase koperasi", "aktif"});
    CHECK(wrap_text(m, "satu\ndua tiga", 100.0, s) == std::vector<std::string>{"satu", "dua tiga"});
    CHECK(wrap_text(m, "", 100.0, s).empty());
    // A word wider than the line breaks after '/' when it can, else between characters.
    CHECK(wrap_text(m, "Kabupaten/Kota", 60.0, s) == std::vector<std::string>{"Kabupaten/", "Kota"});
    CHECK(wrap_text(m, "abcdefghij", 25.0, s) == std::vector<std::string>{"abcde", "fghij"});
    CHECK(fit_with_ellipsis(m, "Persentase", 50.0, s) == "Persentase");
    CHECK(fit_with_ellipsis(m, "Persentase koperasi", 50.0, s) == "Persentas…");
    CHECK(wrap_limited(m, "Persentase pelaku IKM yang mengikuti pelatihan", 60.0, s, 2) ==
          std::vector<std::string>{"Persentase", "pelaku IKM…"});
}

TEST_CASE("pdf layout: columns scale to the page, merged cells size their rows") {
    const FakeMeasure m;
    Table t = capaian_table();
    const std::vector<double> x = column_edges(t, 390.0);  // 78 characters in all: 5 pt each
    CHECK(x == std::vector<double>{0.0, 20.0, 170.0, 220.0, 270.0, 320.0, 390.0});

    const TableLayout layout = layout_table(t, m, 390.0);
    CHECK(layout.header_owner[0][3].row == 0);
    CHECK(layout.header_owner[0][3].col == 2);
    CHECK(layout.header_owner[1][0].row == 0);
    CHECK(layout.header_owner[1][3].col == 3);
    CHECK(layout.header[0][2].col_span == 3);
    CHECK(layout.header[0][0].row_span == 2);
    CHECK(layout.body[3][0].col_span == 4);
    CHECK(layout.body_owner[3][2].col == 0);
    CHECK(layout.body[1][1].lines == std::vector<std::string>{"Kafé ≥ 100% – ≤ 50%"});

    // A merged cell taller than the rows it spans grows the last of them.
    Table g;
    g.columns = {{"a", 10}, {"b", 10}};
    g.header = {{head("A"), head("B")}};
    Cell group = text("satu dua tiga empat lima enam");
    group.row_span = 2;
    g.rows.push_back(Row{RowRole::Group, {group, text("x")}});
    g.rows.push_back(Row{RowRole::Data, {covered(), text("y")}});
    g.rows.push_back(Row{RowRole::Data, {text("z"), text("w")}});
    const TableLayout gl = layout_table(g, m, 100.0);  // 50 pt columns: 44 pt of text, 10 characters
    const double line = 8.5 * 1.2;
    const double pad = 3.0 + 1.5;
    CHECK(gl.body[0][0].lines == std::vector<std::string>{"satu dua", "tiga empat", "lima enam"});
    CHECK(gl.row_heights[0] == doctest::Approx(line + pad));
    CHECK(gl.row_heights[1] == doctest::Approx(2 * line));
    CHECK(gl.block_end == std::vector<std::size_t>{1, 1, 2});
    CHECK(gl.block_need[0] == doctest::Approx(3 * line + pad));
    CHECK(gl.block_need[2] == 0.0);
}

namespace {

TableLayout rows_of(std::vector<double> heights) {
    TableLayout l;
    l.row_heights = std::move(heights);
    for (std::size_t i = 0; i < l.row_heights.size(); ++i)
        l.block_end.push_back(i);
    l.block_need.assign(l.row_heights.size(), 0.0);
    return l;
}

std::vector<std::vector<std::size_t>> rows_per_slice(const std::vector<TableSlice>& slices) {
    std::vector<std::vector<std::size_t>> out;
    for (const auto& s : slices) {
        out.emplace_back();
        for (const auto& r : s.rows)
            out.back().push_back(r.row);
    }
    return out;
}

}  // namespace

TEST_CASE("pdf pagination: rows are never split and merged blocks stay together") {
    SUBCASE("plain rows fill each page") {
        const auto slices = paginate(rows_of({10, 10, 10, 10, 10}), 25.0, 30.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0, 1}, {2, 3, 4}});
    }
    SUBCASE("a block that fits on a page moves to the next page whole") {
        TableLayout l = rows_of({10, 10, 10, 10, 10, 10});
        l.block_end[1] = 3;  // rows 1..3 share a merged cell
        const auto slices = paginate(l, 35.0, 40.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0}, {1, 2, 3, 4}, {5}});
        CHECK(start_height(l, 40.0) == 10.0);
    }
    SUBCASE("a block that does not fit below the title is broken, not moved away from it") {
        TableLayout l = rows_of({10, 10, 10, 10});
        l.block_end[0] = 2;
        const auto slices = paginate(l, 25.0, 40.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0, 1}, {2, 3}});
    }
    SUBCASE("a block taller than a page breaks between rows; each piece holds the merged text") {
        TableLayout l = rows_of({10, 10, 10, 10, 10, 10, 10});
        l.block_end[0] = 5;    // 60 pt of rows, pages of 40 pt
        l.block_need[0] = 25;  // the merged text
        const auto slices = paginate(l, 40.0, 40.0);
        REQUIRE(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0, 1, 2, 3}, {4, 5, 6}});
        // The piece on the second page (rows 4, 5) is 20 pt: its last row grows to 15 pt.
        CHECK(slices[1].rows[0].height == 10.0);
        CHECK(slices[1].rows[1].height == 15.0);
        CHECK(slices[1].rows[2].height == 10.0);
        CHECK(start_height(l, 40.0) == 25.0);
    }
    SUBCASE("a broken block does not start where its merged text cannot fit") {
        TableLayout l = rows_of({10, 10, 10, 10, 10, 10, 10});
        l.block_end[1] = 6;
        l.block_need[1] = 25;
        const auto slices = paginate(l, 30.0, 40.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0}, {1, 2, 3, 4}, {5, 6}});
        CHECK(slices[2].rows[1].height == 15.0);
    }
}

TEST_CASE("pdf chart data: series names, gaps and axis") {
    Table t;
    t.columns.resize(8);
    t.header = {{head("No", 3), head("Realisasi Kinerja", 1, 6), covered(), covered(), covered(), covered(),
                 covered(), head("Ket", 3)},
                {covered(), head("Tahun 2022", 1, 3), covered(), covered(), head("Tahun 2023", 1, 3),
                 covered(), covered(), covered()},
                {covered(), head("Target"), head("Realisasi"), head("Capaian"), head("Target"),
                 head("Realisasi"), head("Capaian"), covered()},
                {head("(1)"), head("(2)"), head("(3)"), head("(4)"), head("(5)"), head("(6)"), head("(7)"),
                 head("(8)")}};
    CHECK(series_names(t, {3, 6}) == std::vector<std::string>{"Tahun 2022", "Tahun 2023"});
    CHECK(series_names(t, {6}) == std::vector<std::string>{"Realisasi Kinerja Tahun 2023 Capaian"});

    t.rows.push_back(Row{RowRole::Data,
                         {text("A"), decimal(1), decimal(1), percent(92.3241), decimal(1), decimal(1),
                          Cell::not_available("x"), text("")}});
    Chart c;
    c.category_column = 0;
    c.value_columns = {3, 6};
    c.rows = {0};
    const ChartData d = chart_data(t, c);
    CHECK(d.categories == std::vector<std::string>{"A"});
    REQUIRE(d.values.size() == 1);
    CHECK(d.values[0][0] == 92.3241);
    CHECK_FALSE(d.values[0][1].has_value());
    CHECK(d.labels[0] == std::vector<std::string>{"92,32%", ""});
    CHECK(d.percent);

    const ValueAxis a = nice_axis(0.0, 118.4);
    CHECK(a.min == 0.0);
    CHECK(a.max == 125.0);
    CHECK(a.step == 25.0);
    CHECK(a.ticks() == std::vector<double>{0, 25, 50, 75, 100, 125});
    const ValueAxis b = nice_axis(-3.0, 0.8);
    CHECK(b.min == -3.0);
    CHECK(b.max == 1.0);
    CHECK(b.step == 1.0);
    const ValueAxis small = nice_axis(0.0, 1.0242);
    CHECK(small.step == 0.25);
    CHECK(small.decimals == 2);
}

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
                  pdf.string() + ": galat: tidak dapat membuat berkas PDF (No such file or directory)");
        }
        CHECK_FALSE(fs::exists(pdf));
    }
}
