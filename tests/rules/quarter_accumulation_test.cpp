#include "rules/quarter_accumulation.hpp"

#include <doctest/doctest.h>

#include <limits>

using lkjip::model::Akumulasi;
using lkjip::rules::accumulate;
using lkjip::rules::QuarterValues;

TEST_CASE("accumulate: jumlah, terakhir and rata_rata of the quarters given, worked by hand") {
    const QuarterValues all = {10.0, 20.0, 30.5, 12.5};
    CHECK(accumulate(Akumulasi::Jumlah, all) == 73.0);     // 10 + 20 + 30,5 + 12,5
    CHECK(accumulate(Akumulasi::Terakhir, all) == 12.5);   // TW IV
    CHECK(accumulate(Akumulasi::RataRata, all) == 18.25);  // 73 / 4

    // A quarter not given is left out, not counted as 0.
    const QuarterValues gap = {10.0, std::nullopt, 12.5, std::nullopt};
    CHECK(accumulate(Akumulasi::Jumlah, gap) == 22.5);
    CHECK(accumulate(Akumulasi::Terakhir, gap) == 12.5);   // TW III, the last given
    CHECK(accumulate(Akumulasi::RataRata, gap) == 11.25);  // 22,5 / 2, not / 4

    // Binary noise is cleaned: 0,1 + 0,2 is 0,3.
    CHECK(accumulate(Akumulasi::Jumlah, {0.1, 0.2, std::nullopt, std::nullopt}) == 0.3);
    // 1/3 of 10 keeps its precision (12 significant digits).
    CHECK(accumulate(Akumulasi::RataRata, {1.0, 2.0, 7.0, std::nullopt}).value() ==
          doctest::Approx(10.0 / 3.0).epsilon(1e-12));

    const QuarterValues none{};
    CHECK_FALSE(accumulate(Akumulasi::Jumlah, none).has_value());
    CHECK_FALSE(accumulate(Akumulasi::Terakhir, none).has_value());
    CHECK_FALSE(accumulate(Akumulasi::RataRata, none).has_value());
    CHECK(lkjip::rules::last_quarter(none) == -1);
    CHECK(lkjip::rules::last_quarter(gap) == 2);
}

TEST_CASE("accumulated_decimals: as written for jumlah and terakhir, computed for rata_rata") {
    const QuarterValues q = {1.0, 2.5, std::nullopt, 3.25};
    const std::array<int, 4> decimals = {0, 1, 0, 2};
    CHECK(lkjip::rules::accumulated_decimals(Akumulasi::Jumlah, q, decimals) == 2);
    CHECK(lkjip::rules::accumulated_decimals(Akumulasi::Terakhir, q, decimals) == 2);
    CHECK(lkjip::rules::accumulated_decimals(Akumulasi::Terakhir, {1.0, 2.5, std::nullopt, std::nullopt},
                                             decimals) == 1);
    CHECK(lkjip::rules::accumulated_decimals(Akumulasi::RataRata, q, decimals) == -1);
    // A quarter from pembilang/penyebut (-1) makes the sum computed too.
    CHECK(lkjip::rules::accumulated_decimals(Akumulasi::Jumlah, q, {0, -1, 0, 2}) == -1);
    CHECK(lkjip::rules::accumulated_decimals(Akumulasi::Jumlah, QuarterValues{}, decimals) == -1);
}

TEST_CASE("accumulate_label: the last label given") {
    CHECK(lkjip::rules::accumulate_label({"WDP", "WTP", "", ""}) == "WTP");
    CHECK(lkjip::rules::accumulate_label({"", "", "", "BB"}) == "BB");
    CHECK(lkjip::rules::accumulate_label({"", "", "", ""}).empty());
}

TEST_CASE("accumulation_formula over the cells of the quarters given") {
    using lkjip::formula::neutral_text;
    using lkjip::formula::ref;
    const std::vector<lkjip::formula::Expr> given = {ref(0, 6), ref(0, 7), ref(0, 9)};
    CHECK(neutral_text(lkjip::rules::accumulation_formula(Akumulasi::Jumlah, given)) ==
          "SUM({R0C6},{R0C7},{R0C9})");
    CHECK(neutral_text(lkjip::rules::accumulation_formula(Akumulasi::Terakhir, given)) == "{R0C9}");
    CHECK(neutral_text(lkjip::rules::accumulation_formula(Akumulasi::RataRata, given)) ==
          "AVERAGE({R0C6},{R0C7},{R0C9})");
    CHECK_THROWS_AS(lkjip::rules::accumulation_formula(Akumulasi::Jumlah, {}), std::logic_error);
    CHECK(lkjip::rules::accumulation_prose(Akumulasi::Jumlah).find("jumlah") != std::string::npos);
    CHECK(lkjip::rules::accumulation_prose(Akumulasi::Terakhir).find("terakhir") != std::string::npos);
    CHECK(lkjip::rules::accumulation_prose(Akumulasi::RataRata).find("rata-rata") != std::string::npos);
}

TEST_CASE("annual_agrees: one unit of the annual value's last written digit") {
    CHECK(lkjip::rules::annual_agrees(65.16, 2, 65.1613));  // rounded
    CHECK(lkjip::rules::annual_agrees(65.16, 2, 65.169));   // truncated
    CHECK_FALSE(lkjip::rules::annual_agrees(65.16, 2, 65.17));
    CHECK_FALSE(lkjip::rules::annual_agrees(65.16, 2, 65.18));
    CHECK(lkjip::rules::annual_agrees(45, 0, 45.9));
    CHECK_FALSE(lkjip::rules::annual_agrees(45, 0, 46));
    CHECK(lkjip::rules::annual_agrees(0.025, 3, 0.025));
    CHECK(lkjip::rules::annual_agrees(9, 0, 8.5));
    CHECK_FALSE(lkjip::rules::annual_agrees(9, 0, 8));  // a whole unit off
    CHECK(lkjip::rules::annual_agrees(100.0 / 3.0, 12, 100.0 / 3.0));
}

TEST_CASE("sum_quarters: whole rupiah, missing quarters left out, overflow reported") {
    const auto sum = lkjip::rules::sum_quarters({30000000, 35000000, std::nullopt, 40000000});
    CHECK(sum.value == 105000000);
    CHECK_FALSE(sum.overflow);
    CHECK_FALSE(lkjip::rules::sum_quarters({}).value.has_value());
    const auto max = std::numeric_limits<std::int64_t>::max();
    const auto over = lkjip::rules::sum_quarters({max, 1, std::nullopt, std::nullopt});
    CHECK(over.overflow);
    CHECK_FALSE(over.value.has_value());
    CHECK(lkjip::rules::sum_quarters({max, std::nullopt, std::nullopt, std::nullopt}).value == max);
}
