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

TEST_CASE("pdf layout: words and amounts cut by a narrow column's edge are joined without a space") {
    // As LibreOffice prints a DOCX table with narrow columns: "Persentase" as "Perse" / "ntase", the header
    // "Realisasi" misspelt "Realaisasi" as "Realai" / "sasi", "92,32%" as "92,32" / "%", the amount
    // 185.128.000 as "185.128.0" / "00".
    PdfPage page;
    page.number = 1;
    line(page, 100, {{10, "Tabel"}, {40, "3.1.1"}, {70, "Pengukuran"}});
    line(page, 120, {{10, "No"}, {40, "Indikator"}, {100, "Realai"}, {160, "Capaian"}, {210, "Pagu"}});
    line(page, 131, {{100, "sasi"}});
    line(page, 150, {{10, "1"}, {40, "Perse"}, {100, "65,16"}, {160, "92,32"}, {210, "185.128.0"}});
    line(page, 161, {{40, "ntase"}, {160, "%"}, {210, "00"}});
    line(page, 172, {{40, "Koper"}});
    line(page, 183, {{40, "asi"}});
    line(page, 194, {{40, "aktif"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "lo.pdf");
    REQUIRE(doc.tables.size() == 1);
    REQUIRE(doc.tables[0].rows.size() == 1);
    const auto& cells = doc.tables[0].rows[0].cells;
    REQUIRE(cells.size() == 5);
    // "ntase" fills the column and "Koper" starts with a capital: a new word; "asi" ends short of the edge.
    CHECK(cells[1].text == "Persentase Koperasi aktif");
    CHECK(cells[2].text == "65,16");
    CHECK(headers(cells[2]) == "Realaisasi");
    CHECK(cells[3].text == "92,32%");
    CHECK(cells[4].text == "185.128.000");
}

TEST_CASE("pdf layout: a line of figures under a merged row number starts a row of its own") {
    // Two indicators of one sasaran: the number and the sasaran are one cell merged over both rows, whose
    // text goes on (in lower case) beside the second row's first line.
    PdfPage page;
    page.number = 1;
    line(page, 100, {{10, "Tabel"}, {40, "3.1.1"}, {70, "Pengukuran"}});
    line(page, 120, {{10, "No"}, {40, "Sasaran"}, {100, "Indikator"}, {200, "Realisasi"}, {260, "Capaian"}});
    line(page, 140, {{10, "1"}, {40, "Menin"}, {100, "Koperasi"}, {200, "65,16"}, {260, "92,32"}});
    line(page, 151, {{40, "gkatk"}, {100, "aktif dan sehat"}});
    line(page, 162, {{40, "an"}, {100, "Usaha"}, {200, "22,13"}, {260, "49,17"}});
    line(page, 173, {{40, "UKM"}, {100, "mikro kecil"}});
    line(page, 190, {{10, "2"}, {40, "Industri"}, {100, "Kontribusi"}, {200, "7,72"}, {260, "12,08"}});
    const lkjip::model::DraftDocument doc = layout_pdf({page}, "lo.pdf");
    REQUIRE(doc.tables.size() == 1);
    const auto& rows = doc.tables[0].rows;
    REQUIRE(rows.size() == 3);
    REQUIRE(rows[0].cells.size() == 5);
    CHECK(rows[0].cells[1].text == "Meningkatkan UKM");
    // "Koperasi" does not fill its cell ("aktif dan sehat" is wider): a plain wrap, joined by a space.
    CHECK(rows[0].cells[2].text == "Koperasi aktif dan sehat");
    REQUIRE(rows[1].cells.size() == 3);
    CHECK(rows[1].cells[0].text == "Usaha mikro kecil");
    CHECK(rows[1].cells[1].text == "22,13");
    CHECK(headers(rows[1].cells[2]) == "Capaian");
    CHECK(rows[2].cells[0].text == "2");
}

TEST_CASE("pdf layout: a header cut by a page break goes on at the top of the next page") {
    PdfPage first;
    first.number = 1;
    line(first, 700, {{10, "Tabel"}, {40, "3.5.1"}, {70, "Anggaran"}});
    line(first, 720, {{10, "NO"}, {40, "PROGRAM"}, {100, "ANGGARA"}});
    PdfPage second;
    second.number = 2;
    line(second, 50, {{100, "N"}});
    line(second, 70, {{10, "1"}, {40, "Program"}, {100, "185.128.000"}});
    const lkjip::model::DraftDocument doc = layout_pdf({first, second}, "lo.pdf");
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].caption == "Tabel 3.5.1 Anggaran");
    REQUIRE(doc.tables[0].rows.size() == 1);
    const auto& cells = doc.tables[0].rows[0].cells;
    REQUIRE(cells.size() == 3);
    CHECK(cells[2].text == "185.128.000");
    CHECK(headers(cells[2]) == "ANGGARAN");
    CHECK(doc.tables[0].rows[0].page == 2);
    // A page ending inside a header with no page after it: no table.
    CHECK(layout_pdf({first}, "lo.pdf").tables.empty());
}

TEST_CASE("pdf layout: the entries of a DAFTAR TABEL are no captions, down to the first chapter heading") {
    // The list's last entry wraps to the page's foot; the next page starts BAB I with a numbered section
    // ("1.1"), which a caption carried over the page break would take as the table's first row.
    PdfPage contents;
    contents.number = 4;
    line(contents, 80, {{200, "DAFTAR TABEL"}});
    line(contents, 100, {{10, "Tabel"}, {40, "3.1.1"}, {70, "Pengukuran"}, {400, "10"}});
    line(contents, 118, {{10, "Tabel"}, {40, "L.2"}, {70, "Matriks"}, {115, "Renstra"}});
    line(contents, 136, {{10, "Target"}, {48, "per"}, {68, "Tahun"}, {400, "25"}});
    PdfPage body;
    body.number = 5;
    line(body, 80, {{200, "BAB I"}});
    line(body, 98, {{190, "PENDAHULUAN"}});
    line(body, 120, {{10, "1.1"}, {30, "Latar"}, {60, "Belakang"}});
    line(body, 150, {{10, "Tabel"}, {40, "3.5.1"}, {70, "Anggaran"}});
    line(body, 168, {{10, "No"}, {40, "Program"}, {250, "Pagu"}});
    line(body, 186, {{10, "1"}, {40, "Koperasi"}, {250, "1.000"}});
    const lkjip::model::DraftDocument doc = layout_pdf({contents, body}, "d.pdf");
    REQUIRE(doc.tables.size() == 1);  // the body's table still is one
    CHECK(doc.tables[0].caption == "Tabel 3.5.1 Anggaran");
    CHECK(doc.tables[0].page == 5);
    // Without the DAFTAR TABEL heading the same lines are read as before: a caption is a caption.
    contents.words.erase(contents.words.begin());
    CHECK(layout_pdf({contents, body}, "d.pdf").tables.size() == 2);
}
