#include "report/summary_tables.hpp"

#include <doctest/doctest.h>

#include "table/cell_text.hpp"
#include "test_support.hpp"

using lkjip::table::display_text;
using lkjip::table::Table;

namespace {

std::vector<std::string> row_text(const Table& t, std::size_t row) {
    std::vector<std::string> out;
    for (const lkjip::table::Cell& c : t.rows.at(row).cells)
        out.push_back(display_text(c));
    return out;
}

}  // namespace

TEST_CASE("summary tables of Dumai: capaian per IKU, sasaran, program and the OPD as compute prints them") {
    const std::vector<Table> tables = lkjip::report::summary_tables(lkjip::test::dumai_performance());
    REQUIRE(tables.size() == 4);
    CHECK(tables[0].id == "ringkasan-iku");
    CHECK(tables[0].nomor.empty());
    CHECK(tables[0].judul == "Capaian IKU Tahun 2023");
    REQUIRE(tables[0].rows.size() == 4);
    CHECK(row_text(tables[0], 0) == std::vector<std::string>{"IKU1.1", "Persentase Koperasi Aktif", "70,58",
                                                             "65,16", "92,32%", "Sangat Tinggi",
                                                             "Sangat Berhasil"});
    // Bands shaded as in the report: Sangat Tinggi is the best predikat, Tidak Berhasil the worst atribut.
    CHECK(tables[0].rows[0].cells[5].shade.band == 0);
    CHECK(tables[0].rows[1].cells[6].shade.band == 3);
    CHECK(tables[0].rows[1].cells[6].shade.bands == 4);

    REQUIRE(tables[1].rows.size() == 2);
    CHECK(row_text(tables[1], 0)[2] == "70,75%");
    CHECK(row_text(tables[1], 0)[3] == "Sedang");
    CHECK(row_text(tables[1], 1)[4] == "Tidak Berhasil");

    REQUIRE(tables[2].rows.size() == 6);
    CHECK(row_text(tables[2], 1) ==
          std::vector<std::string>{"2.17.03", "Program Pengawasan dan Pemeriksaan Koperasi", "185.128.000",
                                   "183.965.945", "99,37%", "101,77%", "102,42%", "Sangat Efisien"});
    // Each figure as the report's tables show it: the efficiency a percentage, its category shaded by band.
    CHECK(tables[2].rows[1].cells[7].shade.scale == "efisiensi");
    CHECK(tables[2].rows[1].cells[7].shade.band == 0);
    CHECK(row_text(tables[2], 5)[7] == "Kurang Efisien");

    REQUIRE(tables[3].rows.size() == 1);
    CHECK(row_text(tables[3], 0) ==
          std::vector<std::string>{"Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Kota Dumai",
                                   "46,72%", "Sangat Rendah", "Tidak Berhasil", "8.729.827.382",
                                   "8.245.041.267", "94,45%"});
}

TEST_CASE("summary tables: a capaian the conventions capped is marked with *") {
    lkjip::compute::Performance p = lkjip::test::dumai_performance();
    p.conventions.capaian.cap = 100.0;
    for (lkjip::compute::IndicatorResult& r : p.indicators) {
        if (r.indicator->kode == "IKU1.1")
            r.current.capaian.capped = true;  // as if its uncapped capaian were above the cap
    }
    const std::vector<Table> tables = lkjip::report::summary_tables(p);
    CHECK(row_text(tables[0], 0)[4] == "92,32%*");
    CHECK(row_text(tables[0], 1)[4] == "49,18%");
    CHECK(tables[0].notes ==
          std::vector<std::string>{"Capaian dibatasi paling tinggi 100%; tanda * = nilai dibatasi."});
}
