#include "input/draft/pdf_layout.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using lkjip::input::draft::layout_pdf;
using lkjip::input::draft::PdfPage;
using lkjip::input::draft::PdfWord;

namespace {

// A line of words at baseline `top` (10 pt high); each word is given with its left edge, 5 pt per letter.
void line(PdfPage& page, double top, std::vector<std::pair<double, std::string>> words) {
    for (auto& [x, text] : words)
        page.words.push_back({text, x, top, x + 5.0 * static_cast<double>(text.size()), top + 10});
}

std::string headers(const lkjip::model::DraftCell& c) {
    std::string out;
    for (const std::string& h : c.headers)
        out += (out.empty() ? "" : " / ") + h;
    return out;
}

}  // namespace

TEST_CASE(
    "pdf layout: caption, two header levels, numbered rows, a wrapped name and a note after the table") {
    PdfPage page;
    page.number = 4;
    line(page, 100, {{150, "Tabel"}, {180, "3.1.1"}, {210, "Pengukuran"}});
    line(page, 118, {{300, "Tahun"}, {328, "2023"}});
    line(page, 135, {{10, "No"}, {40, "Indikator"}, {250, "Target"}, {340, "Realisasi"}});
    line(page, 155, {{10, "1"}, {40, "Persentase"}, {93, "Koperasi"}, {250, "70,58"}, {340, "65,16"}});
    line(page, 166, {{40, "Aktif"}});
    line(page, 185, {{10, "2"}, {40, "Persentase"}, {93, "UMKM"}, {265, "45"}, {340, "22,13"}});
    // A note starting at the table's left edge and spanning most of it ends the table.
    line(page, 210,
         {{10, "Capaian"},
          {48, "indikator"},
          {96, "positif"},
          {134, "adalah"},
          {167, "realisasi"},
          {215, "dibagi"},
          {248, "target"},
          {281, "dikali"},
          {314, "seratus"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "d.pdf");
    REQUIRE(doc.tables.size() == 1);
    const lkjip::model::DraftTable& t = doc.tables[0];
    CHECK(t.caption == "Tabel 3.1.1 Pengukuran");
    CHECK(t.page == 4);
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 4);
    CHECK(t.rows[0].cells[0].text == "1");
    CHECK(t.rows[0].cells[1].text == "Persentase Koperasi Aktif");
    CHECK(t.rows[0].cells[2].text == "70,58");
    CHECK(headers(t.rows[0].cells[2]) == "Tahun 2023 / Target");
    CHECK(headers(t.rows[0].cells[3]) == "Tahun 2023 / Realisasi");
    REQUIRE(t.rows[1].cells.size() == 4);
    CHECK(t.rows[1].cells[1].text == "Persentase UMKM");
    // A right-aligned "45" lies under the edge of "Target": its column's numbers widen it.
    CHECK(t.rows[1].cells[2].text == "45");
    CHECK(headers(t.rows[1].cells[2]) == "Tahun 2023 / Target");
    CHECK(t.rows[1].page == 4);
    // The note is running text, not a row.
    REQUIRE(!doc.paragraphs.empty());
    CHECK(doc.paragraphs.back().text.rfind("Capaian indikator positif", 0) == 0);
}

TEST_CASE(
    "pdf layout: a table without row numbers starts a row at each line of figures; footers are skipped") {
    PdfPage page;
    page.number = 7;
    line(page, 100, {{100, "Tabel"}, {130, "3.6.1"}, {160, "Kinerja"}});
    line(page, 120, {{10, "Program"}, {250, "Alokasi"}, {340, "Serapan"}});
    line(page, 140, {{10, "Program"}, {48, "A"}, {250, "185.128.000"}, {340, "99,37%"}});
    line(page, 151, {{10, "Koperasi"}});
    line(page, 165, {{10, "Program"}, {48, "B"}, {250, "30.000.000"}, {340, "99,90%"}});
    line(page, 400, {{10, "Dinas"}, {300, "Halaman"}, {340, "7"}, {350, "dari"}, {375, "9"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "d.pdf");
    REQUIRE(doc.tables.size() == 1);
    REQUIRE(doc.tables[0].rows.size() == 2);
    CHECK(doc.tables[0].rows[0].cells[0].text == "Program A Koperasi");
    CHECK(doc.tables[0].rows[1].cells[0].text == "Program B");
    CHECK(headers(doc.tables[0].rows[1].cells[2]) == "Serapan");
    for (const auto& p : doc.paragraphs)
        CHECK(p.text.find("Halaman") == std::string::npos);
}

TEST_CASE("pdf layout: a caption followed by no row is not a table") {
    PdfPage page;
    page.number = 1;
    line(page, 100, {{10, "Tabel"}, {40, "2.1"}, {60, "memuat"}});
    line(page, 120, {{10, "kalimat"}, {60, "biasa"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "d.pdf");
    CHECK(doc.tables.empty());
}

TEST_CASE("pdf layout: a lone number right-aligned away from its header gets the nearest lowest header") {
    PdfPage page;
    page.number = 5;
    line(page, 100, {{10, "Tabel"}, {40, "3.2.1"}, {70, "(lanjutan)"}});
    line(page, 118, {{330, "Tahun"}, {358, "2022"}});
    line(page, 135, {{10, "No"}, {250, "Target"}, {300, "Realisasi"}});
    line(page, 155, {{10, "4"}, {40, "Persentase"}, {275, "9"}, {370, "0"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "d.pdf");
    REQUIRE(doc.tables.size() == 1);
    REQUIRE(doc.tables[0].rows.size() == 1);
    const auto& cells = doc.tables[0].rows[0].cells;
    REQUIRE(cells.size() == 4);
    CHECK(cells[3].text == "0");
    CHECK(headers(cells[3]) == "Tahun 2022 / Realisasi");
    CHECK(headers(cells[2]) == "Tahun 2022 / Target");
}

TEST_CASE("pdf layout: a caption number alone on its line takes the next line as its title") {
    PdfPage page;
    page.number = 2;
    line(page, 100, {{150, "Tabel"}, {180, "3.1.1"}});
    line(page, 112, {{100, "Pengukuran"}, {153, "Kinerja"}, {191, "Pencapaian"}, {244, "Sasaran"}});
    line(page, 135, {{10, "No"}, {40, "Indikator"}, {250, "Target"}});
    line(page, 155, {{10, "1"}, {40, "Persentase"}, {250, "70,58"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "d.pdf");
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].caption == "Tabel 3.1.1 Pengukuran Kinerja Pencapaian Sasaran");
    REQUIRE(doc.tables[0].rows.size() == 1);
    CHECK(headers(doc.tables[0].rows[0].cells[2]) == "Target");
}
