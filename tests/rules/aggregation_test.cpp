#include "rules/aggregation.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "input/convention_reader.hpp"

using lkjip::model::AggregationConventions;
using lkjip::model::MissingInAggregate;
using lkjip::model::Weighting;
using lkjip::rules::Aggregate;
using lkjip::rules::aggregate;
using lkjip::rules::AggregateInput;

namespace {

AggregationConventions defaults() {
    static const lkjip::model::Conventions conv = lkjip::input::load_conventions({});
    return conv.aggregation;
}

AggregationConventions weighted() {
    AggregationConventions c = defaults();
    c.weighting = Weighting::ByBobot;
    return c;
}

AggregationConventions na_spreads() {
    AggregationConventions c = defaults();
    c.missing = MissingInAggregate::MakesAggregateNa;
    return c;
}

}  // namespace

TEST_CASE("aggregation: the default conventions") {
    const AggregationConventions c = defaults();
    CHECK(c.weighting == Weighting::Unweighted);
    CHECK(c.opd == lkjip::model::OpdAggregation::MeanOfSasaran);
    CHECK(c.missing == MissingInAggregate::Skip);
}

TEST_CASE("aggregation: the mean of the capaian") {
    SUBCASE("two values") {
        const Aggregate a =
            aggregate({{"1.1", 92.32, std::nullopt}, {"1.2", 101.77, std::nullopt}}, defaults());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == doctest::Approx(97.045).epsilon(1e-12));
        CHECK(*a.value == 97.045);
        CHECK(a.skipped.empty());
        CHECK(a.na_reason.empty());
    }
    SUBCASE("a single value is itself") {
        const Aggregate a = aggregate({{"1.1", 92.3207707566, std::nullopt}}, defaults());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 92.3207707566);
    }
    SUBCASE("binary noise is removed: the mean of 0,1 and 0,2 is 0,15") {
        const Aggregate a = aggregate({{"a", 0.1, std::nullopt}, {"b", 0.2, std::nullopt}}, defaults());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 0.15);
    }
    SUBCASE("three values, uncapped above 100") {
        const Aggregate a = aggregate(
            {{"a", 120.0, std::nullopt}, {"b", 75.0, std::nullopt}, {"c", 90.0, std::nullopt}}, defaults());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 95.0);
    }
    SUBCASE("weights are ignored when unweighted") {
        const Aggregate a = aggregate({{"a", 100.0, 3.0}, {"b", 50.0, 1.0}}, defaults());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 75.0);
    }
}

TEST_CASE("aggregation: weighted by bobot") {
    SUBCASE("weighted mean") {
        const Aggregate a = aggregate({{"a", 100.0, 3.0}, {"b", 50.0, 1.0}}, weighted());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 87.5);
    }
    SUBCASE("weights in percent") {
        const Aggregate a = aggregate({{"a", 92.32, 60.0}, {"b", 101.77, 40.0}}, weighted());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == doctest::Approx(96.1).epsilon(1e-12));
        CHECK(*a.value == 96.1);
    }
    SUBCASE("a zero weight leaves the indicator out of the mean") {
        const Aggregate a = aggregate({{"a", 100.0, 1.0}, {"b", 10.0, 0.0}}, weighted());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 100.0);
    }
    SUBCASE("all weights zero: n/a") {
        const Aggregate a = aggregate({{"a", 100.0, 0.0}, {"b", 10.0, 0.0}}, weighted());
        CHECK_FALSE(a.value.has_value());
        CHECK(a.na_reason == "jumlah bobot 0");
    }
    SUBCASE("an n/a indicator is skipped and its weight is not counted") {
        const Aggregate a =
            aggregate({{"a", 100.0, 3.0}, {"b", std::nullopt, 1.0}, {"c", 50.0, 1.0}}, weighted());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 87.5);
        CHECK(a.skipped == std::vector<std::string>{"b"});
    }
    SUBCASE("a missing weight throws") {
        CHECK_THROWS_AS(aggregate({{"a", 100.0, 1.0}, {"b", 50.0, std::nullopt}}, weighted()),
                        std::invalid_argument);
    }
    SUBCASE("a negative weight throws") {
        CHECK_THROWS_AS(aggregate({{"a", 100.0, -1.0}}, weighted()), std::invalid_argument);
    }
}

TEST_CASE("aggregation: n/a indicators") {
    const std::vector<AggregateInput> inputs = {
        {"1.1", 80.0, std::nullopt}, {"1.2", std::nullopt, std::nullopt}, {"1.3", 100.0, std::nullopt}};
    SUBCASE("abaikan (default): skipped and listed") {
        const Aggregate a = aggregate(inputs, defaults());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 90.0);
        CHECK(a.skipped == std::vector<std::string>{"1.2"});
        CHECK(a.na_reason.empty());
    }
    SUBCASE("na: one n/a indicator makes the aggregate n/a") {
        const Aggregate a = aggregate(inputs, na_spreads());
        CHECK_FALSE(a.value.has_value());
        CHECK(a.skipped == std::vector<std::string>{"1.2"});
        CHECK(a.na_reason == "ada indikator dengan capaian n/a");
    }
    SUBCASE("na with nothing missing is the plain mean") {
        const Aggregate a =
            aggregate({{"1.1", 80.0, std::nullopt}, {"1.3", 100.0, std::nullopt}}, na_spreads());
        REQUIRE(a.value.has_value());
        CHECK(*a.value == 90.0);
    }
    SUBCASE("all n/a: n/a, never 0") {
        const Aggregate a =
            aggregate({{"1.1", std::nullopt, std::nullopt}, {"1.2", std::nullopt, std::nullopt}}, defaults());
        CHECK_FALSE(a.value.has_value());
        CHECK(a.skipped == std::vector<std::string>{"1.1", "1.2"});
        CHECK(a.na_reason == "semua indikator n/a");
    }
    SUBCASE("empty: n/a") {
        const Aggregate a = aggregate({}, defaults());
        CHECK_FALSE(a.value.has_value());
        CHECK(a.skipped.empty());
        CHECK(a.na_reason == "tidak ada indikator");
    }
    SUBCASE("empty with na and weighting: still n/a") {
        AggregationConventions c = na_spreads();
        c.weighting = Weighting::ByBobot;
        const Aggregate a = aggregate({}, c);
        CHECK_FALSE(a.value.has_value());
        CHECK(a.na_reason == "tidak ada indikator");
    }
}

TEST_CASE("aggregation: check_weights names every averaged indicator without a bobot") {
    lkjip::model::Opd opd;
    const auto indicator = [](std::string kode, lkjip::model::IndicatorLevel level,
                              std::optional<double> bobot, std::size_t line) {
        lkjip::model::Indicator ind;
        ind.kode = std::move(kode);
        ind.level = level;
        ind.bobot = bobot;
        ind.where = lkjip::SourceLocation::at("indikator.csv", line);
        return ind;
    };
    opd.indicators = {indicator("IT1", lkjip::model::IndicatorLevel::Tujuan, std::nullopt, 2),
                      indicator("IKU1.1", lkjip::model::IndicatorLevel::Sasaran, 1.0, 3),
                      indicator("IKU1.2", lkjip::model::IndicatorLevel::Sasaran, std::nullopt, 4),
                      indicator("IP-1", lkjip::model::IndicatorLevel::Program, std::nullopt, 5)};
    SUBCASE("unweighted: nothing to check") {
        lkjip::Diagnostics d;
        lkjip::rules::check_weights(opd, defaults(), d);
        CHECK(d.items().empty());
    }
    SUBCASE("weighted: the IKU and the program indicator, not the tujuan indicator") {
        lkjip::Diagnostics d;
        lkjip::rules::check_weights(opd, weighted(), d);
        REQUIRE(d.items().size() == 2);
        CHECK(lkjip::format_diagnostic(d.items()[0]) ==
              "indikator.csv:4: galat: konvensi agregasi.bobot = bobot, tetapi IKU \"IKU1.2\" tidak memiliki "
              "bobot");
        CHECK(lkjip::format_diagnostic(d.items()[1]) ==
              "indikator.csv:5: galat: konvensi agregasi.bobot = bobot, tetapi indikator program \"IP-1\" "
              "tidak "
              "memiliki bobot");
    }
}
