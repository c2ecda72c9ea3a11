#include "report/batch_recap.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "batch_results.hpp"

using namespace lkjip;
using lkjip::report::BatchResult;
using lkjip::test::failed;
using lkjip::test::ok;

namespace {

std::vector<std::string> inputs(const std::vector<BatchResult>& results) {
    std::vector<std::string> names;
    for (const BatchResult& r : results)
        names.push_back(r.folder);
    return names;
}

}  // namespace

TEST_CASE("batch recap: best capaian first, n/a after numbers, failures last, ties in input order") {
    const std::vector<BatchResult> sorted =
        report::sorted_for_recap({failed("rusak", "x"), ok("a", 88.5), ok("b", std::nullopt), ok("c", 101.25),
                                  ok("d", 88.5), failed("hilang.xlsx", "y"), ok("e", std::nullopt)});
    CHECK(inputs(sorted) == std::vector<std::string>{"c", "a", "d", "b", "e", "rusak", "hilang.xlsx"});
}

TEST_CASE("batch recap: one table, a row per input, the audit's counts only when auditing") {
    std::vector<BatchResult> results = {ok("dumai", 96.4), failed("bengkalis.xlsx", "profil.ini: galat")};
    results[0].galat = 2;
    results[0].peringatan = 5;
    SUBCASE("reported") {
        const table::Report report = report::batch_recap(results, false);
        CHECK(report.title == "Rekapitulasi Kinerja Perangkat Daerah Tahun 2023");
        CHECK(report.pemda == "Kota Dumai");
        REQUIRE(report.tables.size() == 1);
        const table::Table& t = report.tables[0];
        REQUIRE(t.header.size() == 1);
        std::vector<std::string> titles;
        for (const table::Cell& c : t.header[0])
            titles.push_back(c.text);
        CHECK(titles == std::vector<std::string>{"No", "Perangkat Daerah", "Masukan", "Capaian (%)",
                                                 "Predikat", "Atribut", "Pagu (Rp)", "Realisasi (Rp)",
                                                 "Serapan (%)", "Keterangan"});
        REQUIRE(t.rows.size() == 2);
        const std::vector<table::Cell>& good = t.rows[0].cells;
        REQUIRE(good.size() == titles.size());
        CHECK(good[1].text == "Dinas dumai");
        CHECK(good[2].text == "dumai");
        CHECK(good[3].number == doctest::Approx(96.4));
        CHECK(good[6].number == 1'000'000'000.0);
        CHECK(good[6].style == table::NumberStyle::Rupiah);
        const std::vector<table::Cell>& bad = t.rows[1].cells;
        REQUIRE(bad.size() == titles.size());
        CHECK(bad[1].text.empty());
        CHECK(bad[2].text == "bengkalis.xlsx");
        CHECK(bad[3].kind == table::Cell::Kind::Empty);
        CHECK(bad.back().text == "gagal: profil.ini: galat");
        CHECK(good.back().text.empty());
        // One input charted (the failed one has no capaian).
        REQUIRE(t.charts.size() == 1);
        CHECK(t.charts[0].rows == std::vector<std::size_t>{0});
    }
    SUBCASE("audited: three count columns before Keterangan") {
        const table::Table t = report::batch_recap(results, true).tables[0];
        REQUIRE(t.header[0].size() == 13);
        CHECK(t.header[0][9].text == "Galat");
        CHECK(t.header[0][11].text == "Peringatan");
        CHECK(t.rows[0].cells[9].number == 2.0);
        CHECK(t.rows[0].cells[11].number == 5.0);
        CHECK(t.rows[1].cells.size() == 13);
    }
    SUBCASE("pemda and year in the title only when every input shares them") {
        results.push_back(ok("siak", 70.0, "Kabupaten Siak"));
        const table::Report report = report::batch_recap(results, false);
        CHECK(report.pemda.empty());
        CHECK(report.title == "Rekapitulasi Kinerja Perangkat Daerah Tahun 2023");
    }
}

TEST_CASE("batch recap: warnings about an input are counted, for lkjip check to list") {
    std::vector<BatchResult> results = {ok("dumai", 96.4)};
    results[0].input_warnings = 2;
    const table::Table t = report::batch_recap(results, false).tables[0];
    CHECK(t.rows[0].cells.back().text == "2 peringatan pada masukan (lihat lkjip check/audit)");
    CHECK(report::input_warning_text(0).empty());
}
