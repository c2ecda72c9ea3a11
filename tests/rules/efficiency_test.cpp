#include "rules/efficiency.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "input/convention_reader.hpp"

using lkjip::model::DisplayConventions;
using lkjip::model::EfficiencyConventions;
using lkjip::model::EfficiencyForm;
using lkjip::model::EfficiencyMethod;
using lkjip::rules::Efficiency;
using lkjip::rules::efficiency;

namespace {

const lkjip::model::Conventions& defaults() {
    static const lkjip::model::Conventions conv = lkjip::input::load_conventions({});
    return conv;
}

EfficiencyConventions with_method(EfficiencyMethod m) {
    EfficiencyConventions c = defaults().efficiency;
    c.method = m;
    return c;
}

Efficiency run(std::optional<double> capaian, std::optional<double> serapan,
               const EfficiencyConventions& conv = defaults().efficiency) {
    return efficiency(capaian, serapan, conv, defaults().display);
}

std::string category(const Efficiency& e) {
    return e.category.value_or("<nullopt>");
}

}  // namespace

TEST_CASE("efficiency: the default conventions") {
    const EfficiencyConventions& c = defaults().efficiency;
    CHECK(c.method == EfficiencyMethod::Ratio);
    CHECK(c.form == EfficiencyForm::Percent);
    CHECK_FALSE(c.min_capaian.has_value());
    CHECK(c.not_rated_label == "Tidak dinilai");
    CHECK(c.ratio_categories.bands.size() == 4);
    CHECK(c.difference_categories.bands.size() == 3);
    CHECK(c.unspent_categories.bands.size() == 3);
}

TEST_CASE("efficiency ratio: capaian / serapan x 100") {
    SUBCASE("seed: 101,77 / 99,37 gives 102,42") {
        const Efficiency e = run(101.77, 99.37);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == doctest::Approx(102.415215860).epsilon(1e-12));
        CHECK(*e.value == 102.41521586);  // exact after format::clean
        CHECK(e.shown == e.value);
        CHECK(category(e) == "Sangat Efisien");
        CHECK(e.na_reason.empty());
    }
    SUBCASE("index form shows the ratio divided by 100, rated on the percent value") {
        EfficiencyConventions conv = defaults().efficiency;
        conv.form = EfficiencyForm::Index;
        const Efficiency e = run(101.77, 99.37, conv);
        REQUIRE(e.value.has_value());
        REQUIRE(e.shown.has_value());
        CHECK(*e.value == 102.41521586);
        CHECK(*e.shown == doctest::Approx(1.0241521586).epsilon(1e-12));
        CHECK(*e.shown == 1.0241521586);
        CHECK(category(e) == "Sangat Efisien");
    }
    SUBCASE("index form of exactly 100 is 1") {
        EfficiencyConventions conv = defaults().efficiency;
        conv.form = EfficiencyForm::Index;
        const Efficiency e = run(90.0, 90.0, conv);
        REQUIRE(e.shown.has_value());
        CHECK(*e.shown == 1.0);
    }
}

TEST_CASE("efficiency ratio categories at their edges") {
    SUBCASE("exactly 100 is Efisien: the top band is lebih_dari 100") {
        const Efficiency e = run(95.0, 95.0);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == 100.0);
        CHECK(category(e) == "Efisien");
    }
    SUBCASE("just above 100 is Sangat Efisien") {
        CHECK(category(run(100.01, 100.0)) == "Sangat Efisien");
    }
    SUBCASE("exactly 90 is Efisien, also when computed from noisy inputs") {
        CHECK(category(run(90.0, 100.0)) == "Efisien");
        const Efficiency e = run(63.0, 70.0);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == 90.0);
        CHECK(category(e) == "Efisien");
    }
    SUBCASE("89,99 is Cukup Efisien") {
        CHECK(category(run(89.99, 100.0)) == "Cukup Efisien");
    }
    SUBCASE("exactly 80 is Cukup Efisien") {
        CHECK(category(run(80.0, 100.0)) == "Cukup Efisien");
        CHECK(category(run(72.0, 90.0)) == "Cukup Efisien");
    }
    SUBCASE("below 80 is Kurang Efisien") {
        CHECK(category(run(79.99, 100.0)) == "Kurang Efisien");
        CHECK(category(run(0.0, 100.0)) == "Kurang Efisien");
    }
}

TEST_CASE("efficiency difference: capaian - serapan, banded +-5") {
    const EfficiencyConventions conv = with_method(EfficiencyMethod::Difference);
    SUBCASE("value in points") {
        const Efficiency e = run(101.77, 99.37, conv);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == doctest::Approx(2.4).epsilon(1e-12));
        CHECK(*e.value == 2.4);  // clean removes the binary noise of the subtraction
        CHECK(e.shown == e.value);
        CHECK(category(e) == "Cukup Efisien");
    }
    SUBCASE("edges") {
        CHECK(category(run(105.01, 100.0, conv)) == "Efisien");
        CHECK(category(run(105.0, 100.0, conv)) == "Cukup Efisien");
        CHECK(category(run(95.0, 100.0, conv)) == "Cukup Efisien");
        CHECK(category(run(94.99, 100.0, conv)) == "Tidak Efisien");
    }
    SUBCASE("the index form applies only to the ratio") {
        EfficiencyConventions idx = conv;
        idx.form = EfficiencyForm::Index;
        const Efficiency e = run(110.0, 100.0, idx);
        REQUIRE(e.shown.has_value());
        CHECK(*e.shown == 10.0);
    }
}

TEST_CASE("efficiency unspent share: 100 - serapan, only when the target is met") {
    const EfficiencyConventions conv = with_method(EfficiencyMethod::UnspentShare);
    SUBCASE("target met, part of the budget unspent") {
        const Efficiency e = run(101.77, 99.37, conv);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == doctest::Approx(0.63).epsilon(1e-12));
        CHECK(*e.value == 0.63);
        CHECK(category(e) == "Efisien");
    }
    SUBCASE("target met exactly at 100, budget spent exactly") {
        const Efficiency e = run(100.0, 100.0, conv);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == 0.0);
        CHECK(category(e) == "Sesuai Anggaran");
    }
    SUBCASE("target met, spent more than the pagu") {
        const Efficiency e = run(120.0, 102.5, conv);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == -2.5);
        CHECK(category(e) == "Tidak Efisien");
    }
    SUBCASE("target not met: n/a with a reason") {
        const Efficiency e = run(99.99, 80.0, conv);
        CHECK_FALSE(e.value.has_value());
        CHECK_FALSE(e.shown.has_value());
        CHECK_FALSE(e.category.has_value());
        CHECK(e.na_reason == "target tidak tercapai: sisa anggaran tidak dinilai");
    }
}

TEST_CASE("efficiency is n/a, never 0, when undefined") {
    SUBCASE("no supporting budget: serapan n/a") {
        const Efficiency e = run(101.77, std::nullopt);
        CHECK_FALSE(e.value.has_value());
        CHECK_FALSE(e.shown.has_value());
        CHECK_FALSE(e.category.has_value());
        CHECK(e.na_reason == "tidak ada anggaran yang mendukung");
    }
    SUBCASE("no supporting budget, every method") {
        for (auto m :
             {EfficiencyMethod::Ratio, EfficiencyMethod::Difference, EfficiencyMethod::UnspentShare}) {
            const Efficiency e = run(101.77, std::nullopt, with_method(m));
            CHECK_FALSE(e.value.has_value());
            CHECK(e.na_reason == "tidak ada anggaran yang mendukung");
        }
    }
    SUBCASE("serapan 0: the ratio is undefined") {
        const Efficiency e = run(101.77, 0.0);
        CHECK_FALSE(e.value.has_value());
        CHECK_FALSE(e.category.has_value());
        CHECK(e.na_reason == "serapan 0%: rasio tidak terdefinisi");
    }
    SUBCASE("capaian n/a") {
        const Efficiency e = run(std::nullopt, 99.37);
        CHECK_FALSE(e.value.has_value());
        CHECK(e.na_reason == "capaian n/a");
    }
}

TEST_CASE("efficiency capaian_minimal (PermenPANRB 88/2021)") {
    EfficiencyConventions conv = defaults().efficiency;
    conv.min_capaian = 100.0;
    SUBCASE("capaian below the minimum: value computed, category not rated") {
        const Efficiency e = run(92.32, 80.0, conv);
        REQUIRE(e.value.has_value());
        CHECK(*e.value == 115.4);
        CHECK(category(e) == "Tidak dinilai");
    }
    SUBCASE("capaian at the minimum is rated") {
        const Efficiency e = run(100.0, 99.37, conv);
        CHECK(category(e) == "Sangat Efisien");
    }
    SUBCASE("the label comes from the convention") {
        conv.not_rated_label = std::string("Belum dinilai");
        CHECK(category(run(50.0, 50.0, conv)) == "Belum dinilai");
    }
}

TEST_CASE("efficiency_formula follows efisiensi.metode and efisiensi.bentuk") {
    using namespace lkjip::formula;
    lkjip::model::EfficiencyConventions conv;
    const Expr c = ref(0, 5);
    const Expr s = ref(0, 6);
    CHECK(neutral_text(lkjip::rules::efficiency_formula(c, s, conv)) == "{R0C5}/{R0C6}*100");
    conv.form = lkjip::model::EfficiencyForm::Index;
    CHECK(neutral_text(lkjip::rules::efficiency_formula(c, s, conv)) == "{R0C5}/{R0C6}");
    conv.method = lkjip::model::EfficiencyMethod::Difference;
    CHECK(neutral_text(lkjip::rules::efficiency_formula(c, s, conv)) == "{R0C5}-{R0C6}");
    conv.method = lkjip::model::EfficiencyMethod::UnspentShare;
    CHECK(neutral_text(lkjip::rules::efficiency_formula(c, s, conv)) == "100-{R0C6}");
}
