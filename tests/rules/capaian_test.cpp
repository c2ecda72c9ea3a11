#include "rules/capaian.hpp"

#include <doctest/doctest.h>

#include <optional>

#include "input/convention_reader.hpp"

using lkjip::model::Arah;
using lkjip::model::CapaianConventions;
using lkjip::model::CapScope;
using lkjip::model::NegativeFormula;
using lkjip::model::Target;
using lkjip::rules::capaian;
using lkjip::rules::capaian_for_aggregation;

namespace {

// The default conventions exactly as the product loads them (config/konvensi-bawaan.json).
CapaianConventions defaults() {
    static const lkjip::model::Conventions conv = lkjip::input::load_conventions({});
    return conv.capaian;
}

std::optional<Target> single(double t) {
    return Target::single(t);
}
std::optional<Target> range(double lo, double hi) {
    return Target{lo, hi};
}

}  // namespace

TEST_CASE("capaian: the default conventions are the documented ones") {
    const CapaianConventions c = defaults();
    CHECK(c.negative_formula == NegativeFormula::TwoTargetMinusRealisasi);
    REQUIRE(c.floor.has_value());
    CHECK(*c.floor == 0.0);
    CHECK_FALSE(c.cap.has_value());
    CHECK(c.cap_scope == CapScope::Everywhere);
}

TEST_CASE("capaian of a positive indicator is R / T x 100") {
    const CapaianConventions conv = defaults();
    SUBCASE("seed IKU 65,16 against 70,58") {
        const auto c = capaian(single(70.58), 65.16, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == doctest::Approx(92.3207707566).epsilon(1e-12));
        CHECK(*c.value == 92.3207707566);  // exact after format::clean (12 significant digits)
        CHECK(c.uncapped == c.value);
        CHECK_FALSE(c.capped);
        CHECK(c.na_reason.empty());
    }
    SUBCASE("above target: 36,13 against 35,5") {
        const auto c = capaian(single(35.5), 36.13, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == doctest::Approx(101.774647887).epsilon(1e-12));
        CHECK(*c.value == 101.774647887);
    }
    SUBCASE("multiply before divide: 63 / 70 is exactly 90") {
        const auto c = capaian(single(70.0), 63.0, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 90.0);
    }
    SUBCASE("0,3 / 0,4 is exactly 75") {
        const auto c = capaian(single(0.4), 0.3, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 75.0);
    }
    SUBCASE("realisasi 0 against a positive target is 0, a measured result") {
        const auto c = capaian(single(50.0), 0.0, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 0.0);
    }
}

TEST_CASE("capaian of a negative indicator, default (2T - R) / T x 100") {
    const CapaianConventions conv = defaults();
    SUBCASE("R above T lowers capaian: T 10, R 12,5 gives 75") {
        const auto c = capaian(single(10.0), 12.5, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 75.0);
    }
    SUBCASE("R below T raises capaian: T 10, R 8 gives 120") {
        const auto c = capaian(single(10.0), 8.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 120.0);
    }
    SUBCASE("R equal to T gives 100") {
        const auto c = capaian(single(10.0), 10.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 100.0);
    }
    SUBCASE("R 0 gives 200") {
        const auto c = capaian(single(10.0), 0.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 200.0);
    }
    SUBCASE("floored at 0: T 10, R 25 gives 0, not -50") {
        const auto c = capaian(single(10.0), 25.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 0.0);
        REQUIRE(c.uncapped.has_value());
        CHECK(*c.uncapped == 0.0);
        CHECK_FALSE(c.capped);
    }
    SUBCASE("floor tidak_ada lets the formula go below 0") {
        CapaianConventions no_floor = conv;
        no_floor.floor = std::nullopt;
        const auto c = capaian(single(10.0), 25.0, Arah::Negatif, no_floor);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == -50.0);
        CHECK(c.uncapped == c.value);
    }
}

TEST_CASE("capaian of a negative indicator, variant T / R x 100") {
    CapaianConventions conv = defaults();
    conv.negative_formula = NegativeFormula::TargetOverRealisasi;
    SUBCASE("T 10, R 8 gives 125") {
        const auto c = capaian(single(10.0), 8.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 125.0);
    }
    SUBCASE("T 10, R 12,5 gives 80") {
        const auto c = capaian(single(10.0), 12.5, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 80.0);
    }
    SUBCASE("R 0 is n/a with a reason") {
        const auto c = capaian(single(10.0), 0.0, Arah::Negatif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK_FALSE(c.uncapped.has_value());
        CHECK(c.na_reason == "realisasi 0: rumus T/R tidak terdefinisi");
    }
    SUBCASE("a positive indicator is unaffected by the variant") {
        const auto c = capaian(single(10.0), 8.0, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 80.0);
    }
}

TEST_CASE("capaian is n/a, never 0, when it cannot be measured") {
    const CapaianConventions conv = defaults();
    SUBCASE("target 0, positive") {
        const auto c = capaian(single(0.0), 5.0, Arah::Positif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK_FALSE(c.uncapped.has_value());
        CHECK(c.na_reason == "target 0: capaian tidak dapat diukur");
    }
    SUBCASE("target 0, negative") {
        const auto c = capaian(single(0.0), 5.0, Arah::Negatif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.na_reason == "target 0: capaian tidak dapat diukur");
    }
    SUBCASE("target 0 and realisasi 0") {
        const auto c = capaian(single(0.0), 0.0, Arah::Positif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.na_reason == "target 0: capaian tidak dapat diukur");
    }
    SUBCASE("missing target") {
        const auto c = capaian(std::nullopt, 65.16, Arah::Positif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.na_reason == "target tidak ada");
    }
    SUBCASE("missing realisasi") {
        const auto c = capaian(single(70.58), std::nullopt, Arah::Positif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.na_reason == "realisasi tidak ada");
    }
    SUBCASE("negative target") {
        const auto c = capaian(single(-5.0), 3.0, Arah::Positif, conv);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.na_reason == "target negatif: rumus capaian tidak terdefinisi");
    }
    SUBCASE("every n/a carries a reason") {
        CHECK_FALSE(capaian(single(0.0), 1.0, Arah::Positif, conv).na_reason.empty());
        CHECK_FALSE(capaian(std::nullopt, std::nullopt, Arah::Negatif, conv).na_reason.empty());
    }
}

TEST_CASE("capaian against a range target") {
    const CapaianConventions conv = defaults();
    const auto t = range(80.0, 90.0);
    SUBCASE("positive, inside the range gives 100") {
        for (double r : {80.0, 85.0, 90.0}) {
            CAPTURE(r);
            const auto c = capaian(t, r, Arah::Positif, conv);
            REQUIRE(c.value.has_value());
            CHECK(*c.value == 100.0);
        }
    }
    SUBCASE("positive, above the range is measured against the upper bound") {
        const auto c = capaian(t, 95.0, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == doctest::Approx(105.555555556).epsilon(1e-12));  // 95 / 90 x 100
        CHECK(*c.value == 105.555555556);
    }
    SUBCASE("positive, below the range is measured against the lower bound") {
        const auto c = capaian(t, 72.0, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 90.0);
    }
    SUBCASE("negative, inside the range gives 100") {
        const auto c = capaian(t, 85.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 100.0);
    }
    SUBCASE("negative, above the range: (2 x 90 - 99) / 90 x 100 = 90") {
        const auto c = capaian(t, 99.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 90.0);
    }
    SUBCASE("negative, below the range: (2 x 80 - 72) / 80 x 100 = 110") {
        const auto c = capaian(t, 72.0, Arah::Negatif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 110.0);
    }
    SUBCASE("a single target is not a range") {
        CHECK_FALSE(Target::single(5.0).is_range());
        CHECK(t->is_range());
    }
}

TEST_CASE("capaian cap") {
    CapaianConventions conv = defaults();
    conv.cap = 100.0;
    SUBCASE("scope semua: the value is capped, the uncapped value is kept") {
        conv.cap_scope = CapScope::Everywhere;
        const auto c = capaian(single(35.5), 36.13, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 100.0);
        REQUIRE(c.uncapped.has_value());
        CHECK(*c.uncapped == 101.774647887);
        CHECK(c.capped);
        const auto agg = capaian_for_aggregation(c, conv);
        REQUIRE(agg.has_value());
        CHECK(*agg == 100.0);
    }
    SUBCASE("scope semua: a value below the cap is untouched") {
        conv.cap_scope = CapScope::Everywhere;
        const auto c = capaian(single(70.58), 65.16, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 92.3207707566);
        CHECK_FALSE(c.capped);
    }
    SUBCASE("scope semua: exactly at the cap is not flagged") {
        conv.cap_scope = CapScope::Everywhere;
        const auto c = capaian(single(70.0), 70.0, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 100.0);
        CHECK_FALSE(c.capped);
    }
    SUBCASE("scope agregasi: the value is shown uncapped, aggregation uses the cap") {
        conv.cap_scope = CapScope::AggregationOnly;
        const auto c = capaian(single(35.5), 36.13, Arah::Positif, conv);
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 101.774647887);
        CHECK(c.uncapped == c.value);
        CHECK_FALSE(c.capped);
        const auto agg = capaian_for_aggregation(c, conv);
        REQUIRE(agg.has_value());
        CHECK(*agg == 100.0);
    }
    SUBCASE("cap 120 on a negative indicator") {
        conv.cap = 120.0;
        const auto c = capaian(single(10.0), 5.0, Arah::Negatif, conv);  // 150 before the cap
        REQUIRE(c.value.has_value());
        CHECK(*c.value == 120.0);
        CHECK(*c.uncapped == 150.0);
        CHECK(c.capped);
    }
    SUBCASE("without a cap, aggregation uses the full value") {
        const CapaianConventions plain = defaults();
        const auto c = capaian(single(35.5), 36.13, Arah::Positif, plain);
        const auto agg = capaian_for_aggregation(c, plain);
        REQUIRE(agg.has_value());
        CHECK(*agg == 101.774647887);
    }
    SUBCASE("n/a stays n/a for aggregation") {
        const auto c = capaian(single(0.0), 5.0, Arah::Positif, conv);
        CHECK_FALSE(capaian_for_aggregation(c, conv).has_value());
    }
}

TEST_CASE("capaian_formula mirrors capaian(): direction, negative formula, floor and cap") {
    using namespace lkjip::formula;
    lkjip::model::CapaianConventions conv;  // 2T-R, floor 0, no cap
    const Expr t = ref(3, 1);
    const Expr r = ref(3, 2);
    CHECK(neutral_text(lkjip::rules::capaian_formula(t, r, lkjip::model::Arah::Positif, conv)) ==
          "MAX(0,{R3C2}/{R3C1}*100)");
    CHECK(neutral_text(lkjip::rules::capaian_formula(t, r, lkjip::model::Arah::Negatif, conv)) ==
          "MAX(0,(2*{R3C1}-{R3C2})/{R3C1}*100)");
    conv.negative_formula = lkjip::model::NegativeFormula::TargetOverRealisasi;
    conv.floor.reset();
    conv.cap = 120;
    CHECK(neutral_text(lkjip::rules::capaian_formula(t, r, lkjip::model::Arah::Negatif, conv)) ==
          "MIN(120,{R3C1}/{R3C2}*100)");
    conv.cap_scope = lkjip::model::CapScope::AggregationOnly;  // the indicator's own value is not capped
    CHECK(neutral_text(lkjip::rules::capaian_formula(t, r, lkjip::model::Arah::Negatif, conv)) ==
          "{R3C1}/{R3C2}*100");
}
