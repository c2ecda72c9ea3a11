#include "rules/rating.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "input/convention_reader.hpp"

using lkjip::model::BandScale;
using lkjip::model::DisplayConventions;
using lkjip::model::RatingBasis;
using lkjip::rules::rate;
using lkjip::rules::rating_basis;

namespace {

const lkjip::model::Conventions& defaults() {
    static const lkjip::model::Conventions conv = lkjip::input::load_conventions({});
    return conv;
}

std::string predikat(double v, const DisplayConventions& display = defaults().display) {
    return rate(v, defaults().predikat, display).value_or("<nullopt>");
}

std::string atribut(double v) {
    return rate(v, defaults().atribut, defaults().display).value_or("<nullopt>");
}

// Computed at run time so the compiler cannot fold the ratio into a different constant.
double ratio(double a, double b) {
    volatile double va = a;
    volatile double vb = b;
    return va / vb * 100.0;
}

}  // namespace

TEST_CASE("rating: the default display conventions") {
    const DisplayConventions& d = defaults().display;
    CHECK(d.decimals == 2);
    CHECK(d.rounding == lkjip::format::Rounding::HalfUp);
    CHECK(d.rating_basis == RatingBasis::FullPrecision);
    CHECK(defaults().predikat.bands.size() == 5);
    CHECK(defaults().atribut.bands.size() == 4);
}

TEST_CASE("predikat per Permendagri 86/2017, half-open bands") {
    SUBCASE("Sangat Rendah up to and including 50") {
        CHECK(predikat(0.0) == "Sangat Rendah");
        CHECK(predikat(49.99) == "Sangat Rendah");
        CHECK(predikat(50.0) == "Sangat Rendah");
    }
    SUBCASE("Rendah above 50 up to and including 65") {
        CHECK(predikat(50.0000001) == "Rendah");
        CHECK(predikat(50.01) == "Rendah");
        CHECK(predikat(65.0) == "Rendah");
    }
    SUBCASE("Sedang above 65 up to and including 75") {
        CHECK(predikat(65.0000001) == "Sedang");
        CHECK(predikat(75.0) == "Sedang");
    }
    SUBCASE("Tinggi above 75 up to and including 90") {
        CHECK(predikat(75.0000001) == "Tinggi");
        CHECK(predikat(90.0) == "Tinggi");
    }
    SUBCASE("Sangat Tinggi above 90, and above 100 too") {
        CHECK(predikat(90.01) == "Sangat Tinggi");
        CHECK(predikat(100.0) == "Sangat Tinggi");
        CHECK(predikat(150.0) == "Sangat Tinggi");
    }
    SUBCASE("n/a has no predikat") {
        CHECK_FALSE(rate(std::nullopt, defaults().predikat, defaults().display).has_value());
    }
}

TEST_CASE("predikat from the full value or from the displayed value") {
    SUBCASE("90,004 is Sangat Tinggi on the full value") {
        CHECK(predikat(90.004) == "Sangat Tinggi");
    }
    SUBCASE("90,004 is Tinggi on the displayed value 90,00") {
        DisplayConventions shown = defaults().display;
        shown.rating_basis = RatingBasis::DisplayedValue;
        CHECK(predikat(90.004, shown) == "Tinggi");
        const auto basis = rating_basis(90.004, shown);
        REQUIRE(basis.has_value());
        CHECK(*basis == 90.0);
    }
    SUBCASE("90,005 displays as 90,01 and is Sangat Tinggi either way") {
        DisplayConventions shown = defaults().display;
        shown.rating_basis = RatingBasis::DisplayedValue;
        CHECK(predikat(90.005, shown) == "Sangat Tinggi");
        CHECK(predikat(90.005) == "Sangat Tinggi");
    }
    SUBCASE("50,004 displayed is 50,00: Sangat Rendah; on the full value Rendah") {
        DisplayConventions shown = defaults().display;
        shown.rating_basis = RatingBasis::DisplayedValue;
        CHECK(predikat(50.004, shown) == "Sangat Rendah");
        CHECK(predikat(50.004) == "Rendah");
    }
    SUBCASE("rating_basis keeps n/a") {
        CHECK_FALSE(rating_basis(std::nullopt, defaults().display).has_value());
    }
}

TEST_CASE("a computed ratio on a band edge is rated as the edge") {
    SUBCASE("0,3 / 0,4 x 100 is 75: Sedang") {
        CHECK(predikat(ratio(0.3, 0.4)) == "Sedang");
        const auto basis = rating_basis(ratio(0.3, 0.4), defaults().display);
        REQUIRE(basis.has_value());
        CHECK(*basis == 75.0);
    }
    SUBCASE("2,1 / 2,8 x 100 is 75 (raw 75,00000000000001): Sedang, not Tinggi") {
        REQUIRE(ratio(2.1, 2.8) > 75.0);
        CHECK(predikat(ratio(2.1, 2.8)) == "Sedang");
    }
    SUBCASE("8,1 / 9 x 100 is 90 (raw 89,99999999999999): Efisien on the minimal 90 band") {
        REQUIRE(ratio(8.1, 9.0) < 90.0);
        CHECK(predikat(ratio(8.1, 9.0)) == "Tinggi");
        CHECK(rate(ratio(8.1, 9.0), defaults().efficiency.ratio_categories, defaults().display) ==
              std::optional<std::string>("Efisien"));
    }
    SUBCASE("3,3 / 6 x 100 is 55 (raw 54,99999999999999): Cukup Berhasil") {
        REQUIRE(ratio(3.3, 6.0) < 55.0);
        CHECK(atribut(ratio(3.3, 6.0)) == "Cukup Berhasil");
    }
}

TEST_CASE("atribut (seed Tabel 3.2), bands of at least") {
    CHECK(atribut(0.0) == "Tidak Berhasil");
    CHECK(atribut(54.99) == "Tidak Berhasil");
    CHECK(atribut(55.0) == "Cukup Berhasil");
    CHECK(atribut(69.99) == "Cukup Berhasil");
    CHECK(atribut(70.0) == "Berhasil");
    CHECK(atribut(84.99) == "Berhasil");
    CHECK(atribut(85.0) == "Sangat Berhasil");
    CHECK(atribut(100.0) == "Sangat Berhasil");
    CHECK(atribut(120.0) == "Sangat Berhasil");
    CHECK_FALSE(rate(std::nullopt, defaults().atribut, defaults().display).has_value());
}

TEST_CASE("a hand-built band scale") {
    using lkjip::model::Band;
    BandScale scale;
    scale.bands = {
        {"A", Band::Bound::Above, 10.0}, {"B", Band::Bound::AtLeast, 5.0}, {"C", Band::Bound::Rest, 0.0}};
    const DisplayConventions& d = defaults().display;
    CHECK(rate(10.5, scale, d) == std::optional<std::string>("A"));
    CHECK(rate(10.0, scale, d) == std::optional<std::string>("B"));
    CHECK(rate(5.0, scale, d) == std::optional<std::string>("B"));
    CHECK(rate(4.99, scale, d) == std::optional<std::string>("C"));
    CHECK(rate(-100.0, scale, d) == std::optional<std::string>("C"));
    SUBCASE("a scale without a rest band leaves low values unrated") {
        scale.bands.pop_back();
        CHECK_FALSE(rate(1.0, scale, d).has_value());
    }
}

TEST_CASE("band_formula: the scale as nested IFs, labels as text literals, the displayed value when asked") {
    using lkjip::model::Band;
    using namespace lkjip::formula;
    BandScale scale;
    scale.bands = {{"Sangat {Tinggi}", Band::Bound::Above, 90.0},
                   {"Tinggi \"A\"", Band::Bound::AtLeast, 75.0},
                   {"\"", Band::Bound::Rest, 0.0}};
    CHECK(neutral_text(lkjip::rules::band_formula(scale, ref(0, 6), DisplayConventions{})) ==
          R"(IF({R0C6}>90,"Sangat {Tinggi}",IF({R0C6}>=75,"Tinggi ""A""","""")))");
    DisplayConventions shown;
    shown.rating_basis = RatingBasis::DisplayedValue;
    shown.rounding = lkjip::format::Rounding::Truncate;
    CHECK(neutral_text(lkjip::rules::band_formula(scale, ref(0, 6), shown)) ==
          R"(IF(TRUNC({R0C6},2)>90,"Sangat {Tinggi}",IF(TRUNC({R0C6},2)>=75,"Tinggi ""A""","""")))");
    // A scale without a catch-all band gives "" below its last limit.
    scale.bands.pop_back();
    CHECK(neutral_text(lkjip::rules::band_formula(scale, ref(1, 1), DisplayConventions{})) ==
          R"(IF({R1C1}>90,"Sangat {Tinggi}",IF({R1C1}>=75,"Tinggi ""A""","")))");
}
