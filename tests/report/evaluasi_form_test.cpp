#include "report/evaluasi_form.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include "test_support.hpp"

using namespace lkjip;
using table::Cell;
namespace col = report::evaluasi_column;

namespace {

// The first body row of a budget code.
std::size_t row_of(const table::Table& t, const std::string& kode) {
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (t.rows[r].cells[col::kKode].text == kode)
            return r;
    }
    FAIL("no row for " << kode);
    return 0;
}

const table::Row* row_labelled(const table::Table& t, const std::string& label) {
    for (const table::Row& r : t.rows) {
        if (r.cells[0].text == label)
            return &r;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("evaluasi: the header numbers columns 1 to 17, with a K and an Rp column under 6 to 15") {
    const table::Report report = report::build_evaluasi_renja(test::dumai_performance(), 2);
    REQUIRE(report.tables.size() == 1);
    const table::Table& t = report.tables.front();
    CHECK(t.sheet_name == "Evaluasi Renja TW II");
    CHECK(t.judul ==
          "Evaluasi terhadap Hasil Renja Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Kota Dumai "
          "Triwulan II Tahun 2023");
    REQUIRE(t.columns.size() == col::kCount);
    REQUIRE(t.header.size() == 4);
    const std::vector<Cell>& numbers = t.header[3];
    for (int c = 1; c <= 5; ++c)
        CHECK(numbers[static_cast<std::size_t>(c - 1)].text == std::to_string(c));
    for (int c = 6; c <= 15; ++c) {
        CHECK(numbers[col::k(c)].text == std::to_string(c));
        CHECK(numbers[col::k(c)].col_span == 2);
        CHECK(numbers[col::rp(c)].covered);
        CHECK(t.header[2][col::k(c)].text == "K");
        CHECK(t.header[2][col::rp(c)].text == "Rp");
    }
    CHECK(numbers[col::kUnit].text == "16");
    CHECK(numbers[col::kKeterangan].text == "17");
    CHECK(t.header[1][col::k(9)].text == "I");
    CHECK(t.header[1][col::k(12)].text == "IV");
    CHECK(t.header[0][col::k(9)].col_span == 8);
}

TEST_CASE("evaluasi: a quarter outside 1-4 is refused") {
    CHECK_THROWS_AS(report::build_evaluasi_renja(test::dumai_performance(), 0), std::invalid_argument);
    CHECK_THROWS_AS(report::build_evaluasi_renja(test::dumai_performance(), 5), std::invalid_argument);
}

TEST_CASE("evaluasi on Dumai without quarterly data: n/a with the reason, the quarters after N empty") {
    const table::Table t = report::build_evaluasi_renja(test::dumai_performance(), 2).tables.front();
    const std::size_t program = row_of(t, "2.17.01");
    const table::Row& r = t.rows[program];
    CHECK(r.cells[col::kUraian].bold);
    CHECK_FALSE(r.cells[col::rp(8)].bold);
    CHECK(r.cells[col::kUraian].text == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
    CHECK(r.cells[col::kSasaran].text == "Meningkatkan kesejahteraan masyarakat anggota koperasi dan UKM");
    // Rp 8: the pagu of the year (perubahan), Rp 6: nothing in evaluasi_renja.csv.
    REQUIRE(r.cells[col::rp(8)].kind == Cell::Kind::Number);
    CHECK(r.cells[col::rp(8)].number == 6210455282.0);
    CHECK(r.cells[col::rp(6)].kind == Cell::Kind::NotAvailable);
    CHECK(r.cells[col::rp(6)].text == "tidak ada baris untuk kode ini di evaluasi_renja.csv");
    // TW I and II: n/a (no quarterly data); TW III and IV: after the quarter evaluated, empty.
    CHECK(r.cells[col::rp(9)].text == "tidak ada realisasi anggaran per triwulan");
    CHECK(r.cells[col::rp(10)].kind == Cell::Kind::NotAvailable);
    CHECK(r.cells[col::rp(11)].kind == Cell::Kind::Empty);
    CHECK(r.cells[col::rp(12)].kind == Cell::Kind::Empty);
    CHECK(r.cells[col::rp(13)].kind == Cell::Kind::NotAvailable);
    // Its indicator IP-2.17.01: target 100, no Renstra end target ("-" in renstra.csv), no 2022 realisasi.
    CHECK(
        r.cells[col::kIndikator].text ==
        "Persentase Penunjang Urusan Pemerintah Bidang Koperasi, Usaha Kecil Menengah dan Perindustrian (%)");
    REQUIRE(r.cells[col::k(8)].kind == Cell::Kind::Number);
    CHECK(r.cells[col::k(8)].number == 100.0);
    CHECK(r.cells[col::k(6)].kind == Cell::Kind::NotAvailable);
    CHECK(r.cells[col::k(7)].text == "realisasi tahun 2022 tidak ada");
    CHECK(r.cells[col::k(15)].kind == Cell::Kind::NotAvailable);
    CHECK(r.cells[col::k(11)].kind == Cell::Kind::Empty);

    // A kegiatan without indicators: its indicator cell says so.
    const table::Row& kegiatan = t.rows[row_of(t, "2.17.03.2.01")];
    CHECK(kegiatan.cells[col::kIndikator].text == "tidak ada indikator dengan induk ini di indikator.csv");
    CHECK(kegiatan.cells[col::kUraian].indent == 0);  // the code shows the level; the column is narrow

    // Footer: nothing measurable, so the means and predikat are n/a; the staff's text is a placeholder.
    const table::Row* mean = row_labelled(t, "Rata-rata capaian kinerja (K) dan anggaran (Rp) (%)");
    REQUIRE(mean != nullptr);
    CHECK(mean->cells[col::k(15)].text == "tidak ada tingkat capaian kinerja yang terukur");
    CHECK(mean->cells[col::rp(15)].text == "tidak ada tingkat capaian anggaran yang terukur");
    const table::Row* pendorong = row_labelled(t, "Faktor pendorong keberhasilan pencapaian");
    REQUIRE(pendorong != nullptr);
    CHECK(pendorong->cells[col::k(6)].text == "[BELUM DIISI: narasi.csv, bagian evaluasi_pendorong, kode 2]");
}

TEST_CASE("evaluasi at TW IV without quarters: column 13 is the annual realisasi, without a formula") {
    const table::Table t = report::build_evaluasi_renja(test::dumai_performance(), 4).tables.front();
    const table::Row& r = t.rows[row_of(t, "2.17.01")];
    REQUIRE(r.cells[col::rp(13)].kind == Cell::Kind::Number);
    CHECK(r.cells[col::rp(13)].number == 5790388484.0);
    CHECK_FALSE(r.cells[col::rp(13)].formula);
    REQUIRE(r.cells[col::k(13)].kind == Cell::Kind::Number);
    CHECK(r.cells[col::k(13)].number == 100.0);
    // 14 for a level is this year's value: the same cell.
    REQUIRE(r.cells[col::k(14)].kind == Cell::Kind::Number);
    CHECK(r.cells[col::k(14)].number == 100.0);
    REQUIRE(r.cells[col::k(14)].formula);
    CHECK(formula::neutral_text(*r.cells[col::k(14)].formula) ==
          "{R" + std::to_string(row_of(t, "2.17.01")) + "C19}");
}
