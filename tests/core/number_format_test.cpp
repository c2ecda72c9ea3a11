#include "core/number_format.hpp"

#include <doctest/doctest.h>

#include <clocale>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>

using namespace lkjip::format;

namespace {
// Computed at run time through volatile so the compiler cannot fold the ratio into a different constant.
double ratio(double a, double b) {
    volatile double va = a;
    volatile double vb = b;
    return va / vb * 100.0;
}
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("clean removes binary noise") {
    volatile double a = 0.1;
    volatile double b = 0.2;
    CHECK(clean(a + b) == 0.3);
    CHECK(clean(63.0 / 70.0 * 100.0) == 90.0);
    CHECK(clean(92.32) == 92.32);
    CHECK(clean(0.0) == 0.0);
    CHECK(std::isnan(clean(kNaN)));
    CHECK(clean(kInf) == kInf);
    CHECK(clean(-kInf) == -kInf);
    CHECK(clean(5e-324) > 0.0);  // subnormal survives
}

TEST_CASE("band edges are exact after clean") {
    SUBCASE("50") {
        CHECK(clean(ratio(45.0, 90.0)) == 50.0);
        CHECK(ratio(0.1 + 0.7, 1.6) != 50.0);  // the raw value really is noisy
        CHECK(clean(ratio(0.1 + 0.7, 1.6)) == 50.0);
    }
    SUBCASE("65") {
        CHECK(clean(ratio(6.5, 10.0)) == 65.0);
        CHECK(ratio(11.7, 18.0) != 65.0);
        CHECK(clean(ratio(11.7, 18.0)) == 65.0);
    }
    SUBCASE("75") {
        CHECK(ratio(0.3, 0.4) != 75.0);
        CHECK(clean(ratio(0.3, 0.4)) == 75.0);
    }
    SUBCASE("90") {
        CHECK(clean(ratio(63.0, 70.0)) == 90.0);
        CHECK(ratio(8.1, 9.0) != 90.0);
        CHECK(clean(ratio(8.1, 9.0)) == 90.0);
    }
    SUBCASE("100") {
        CHECK(ratio(0.1 + 0.2, 0.3) != 100.0);
        CHECK(clean(ratio(0.1 + 0.2, 0.3)) == 100.0);
        CHECK(persen(ratio(0.1 + 0.2, 0.3)) == "100,00%");
        CHECK(persen(ratio(8.1, 9.0)) == "90,00%");
    }
}

TEST_CASE("round_to works on the written decimal") {
    SUBCASE("half up") {
        CHECK(round_to(1.005, 2) == 1.01);
        CHECK(round_to(2.675, 2) == 2.68);
        CHECK(round_to(49.175, 2) == 49.18);
        CHECK(round_to(0.125, 2) == 0.13);
        CHECK(round_to(-0.125, 2) == -0.13);
        CHECK(round_to(49.17777, 2) == 49.18);
        CHECK(round_to(-2.5, 0) == -3.0);
        CHECK(round_to(2.5, 0) == 3.0);
        CHECK(round_to(99.995, 2) == 100.0);
        CHECK(round_to(0.005, 2) == 0.01);
        CHECK(round_to(1.23456789, 6) == 1.234568);
        CHECK(round_to(8729827382.0, 2) == 8729827382.0);
    }
    SUBCASE("truncate") {
        CHECK(round_to(49.17777, 2, Rounding::Truncate) == 49.17);
        CHECK(round_to(-49.17777, 2, Rounding::Truncate) == -49.17);
        CHECK(round_to(1.999, 0, Rounding::Truncate) == 1.0);
    }
    SUBCASE("zero has no sign") {
        const double z = round_to(-0.004, 2);
        CHECK(z == 0.0);
        CHECK_FALSE(std::signbit(z));
    }
    SUBCASE("non-finite and bad decimals") {
        CHECK(std::isnan(round_to(kNaN, 2)));
        CHECK(round_to(kInf, 2) == kInf);
        CHECK(round_to(1.0 / 3.0, 12) == 0.333333333333);
        CHECK_THROWS_AS(round_to(1.0, 13), std::invalid_argument);
        CHECK_THROWS_AS(round_to(1.0, -1), std::invalid_argument);
    }
}

TEST_CASE("angka and persen") {
    SUBCASE("examples") {
        CHECK(angka(92.32) == "92,32");
        CHECK(angka(101.77) == "101,77");
        CHECK(angka(8729827382.0) == "8.729.827.382,00");
        CHECK(angka(8729827382.0, 0) == "8.729.827.382");
        CHECK(angka(0.5, 0) == "1");
        CHECK(angka(-0.5, 0) == "-1");
        CHECK(angka(-3.5, 2) == "-3,50");
        CHECK(angka(1000.0, 0) == "1.000");
        CHECK(angka(999.0, 0) == "999");
        CHECK(angka(65.16129032258065) == "65,16");
        CHECK(persen(92.32) == "92,32%");
        CHECK(persen(ratio(63.0, 70.0)) == "90,00%");
        CHECK(persen(ratio(6.5, 10.0), 0) == "65%");
    }
    SUBCASE("rounding edges") {
        CHECK(angka(1.005) == "1,01");
        CHECK(angka(2.675) == "2,68");
        CHECK(angka(49.175) == "49,18");
        CHECK(angka(0.125) == "0,13");
        CHECK(angka(-0.125) == "-0,13");
        CHECK(angka(99.995) == "100,00");
        CHECK(angka(999.995) == "1.000,00");
        CHECK(angka(0.005) == "0,01");
        CHECK(angka(0.004) == "0,00");
        CHECK(angka(-0.004) == "0,00");
        CHECK(angka(-0.0) == "0,00");
        CHECK(angka(0.0, 0) == "0");
        CHECK(angka(-0.4, 0) == "0");
        CHECK(angka(49.17777, 2, Rounding::Truncate) == "49,17");
        CHECK(angka(-49.17777, 2, Rounding::Truncate) == "-49,17");
        CHECK(angka(-0.009, 2, Rounding::Truncate) == "0,00");
        CHECK(angka(0.1234565, 6) == "0,123457");
        // Twelve places, the most accepted, from up to 15 significant digits.
        CHECK(angka(92.32259892686405, 12) == "92,322598926864");
        CHECK(angka(0.9232259892686405, 12) == "0,923225989269");
        CHECK(angka(92.32259892686405, 4) == "92,3226");
        // Amounts of a trillion rupiah and more (a provincial dinas, a pemda's recap) keep every digit:
        // 12 significant digits would print Rp 5.123.456.789.010.
        CHECK(angka(5123456789012.0, 0) == "5.123.456.789.012");
        CHECK(angka(999999999999999.0, 0) == "999.999.999.999.999");
        CHECK(angka(1234567890123.45, 2) == "1.234.567.890.123,45");
        CHECK(round_to(5123456789012.0, 0) == 5123456789012.0);
        // ... while a computed ratio still loses its binary noise.
        CHECK(angka(63.0 / 70.0 * 100.0, 6) == "90,000000");
        CHECK(angka(1234.5, 12) == "1.234,500000000000");
        CHECK(angka(1e-300) == "0,00");
        CHECK(angka(1e20, 0) == "100.000.000.000.000.000.000");
    }
    SUBCASE("n/a variants") {
        CHECK(angka_atau_na(std::nullopt) == "n/a");
        CHECK(angka_atau_na(kNaN) == "n/a");
        CHECK(angka_atau_na(kInf) == "n/a");
        CHECK(angka_atau_na(92.32) == "92,32");
        CHECK(persen_atau_na(std::nullopt) == "n/a");
        CHECK(persen_atau_na(-kInf) == "n/a");
        CHECK(persen_atau_na(92.32) == "92,32%");
        CHECK(persen_atau_na(99.995, 2, Rounding::Truncate) == "99,99%");
    }
    SUBCASE("plain variants reject non-finite and bad decimals") {
        CHECK_THROWS_AS(angka(kNaN), std::invalid_argument);
        CHECK_THROWS_AS(persen(kInf), std::invalid_argument);
        CHECK_THROWS_AS(angka(1.0, 13), std::invalid_argument);
    }
    SUBCASE("independent of LC_NUMERIC") {
        // Only changes anything if a decimal-comma locale is installed; harmless otherwise.
        const bool switched = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr ||
                              std::setlocale(LC_NUMERIC, "id_ID.UTF-8") != nullptr;
        CHECK(angka(1234.5) == "1.234,50");
        CHECK(json_number(92.32) == "92.32");
        CHECK(clean(ratio(63.0, 70.0)) == 90.0);
        if (switched)
            std::setlocale(LC_NUMERIC, "C");
    }
}

TEST_CASE("ribuan and rupiah") {
    CHECK(ribuan(8729827382) == "8.729.827.382");
    CHECK(ribuan(-1250) == "-1.250");
    CHECK(ribuan(0) == "0");
    CHECK(ribuan(999) == "999");
    CHECK(ribuan(-100) == "-100");
    CHECK(ribuan(100000) == "100.000");
    CHECK(ribuan(std::numeric_limits<std::int64_t>::min()) == "-9.223.372.036.854.775.808");
    CHECK(rupiah(8729827382) == "Rp 8.729.827.382");
    CHECK(rupiah(0) == "Rp 0");
}

TEST_CASE("terbilang") {
    SUBCASE("small numbers") {
        CHECK(terbilang(0) == "nol");
        CHECK(terbilang(1) == "satu");
        CHECK(terbilang(10) == "sepuluh");
        CHECK(terbilang(11) == "sebelas");
        CHECK(terbilang(12) == "dua belas");
        CHECK(terbilang(19) == "sembilan belas");
        CHECK(terbilang(20) == "dua puluh");
        CHECK(terbilang(21) == "dua puluh satu");
        CHECK(terbilang(100) == "seratus");
        CHECK(terbilang(101) == "seratus satu");
        CHECK(terbilang(110) == "seratus sepuluh");
        CHECK(terbilang(111) == "seratus sebelas");
        CHECK(terbilang(200) == "dua ratus");
        CHECK(terbilang(999) == "sembilan ratus sembilan puluh sembilan");
    }
    SUBCASE("scales") {
        CHECK(terbilang(1000) == "seribu");
        CHECK(terbilang(1001) == "seribu satu");
        CHECK(terbilang(2000) == "dua ribu");
        CHECK(terbilang(11000) == "sebelas ribu");
        CHECK(terbilang(100000) == "seratus ribu");
        CHECK(terbilang(101000) == "seratus satu ribu");
        CHECK(terbilang(1000000) == "satu juta");
        CHECK(terbilang(1001001) == "satu juta seribu satu");
        CHECK(terbilang(1000000000) == "satu miliar");
        CHECK(terbilang(1000000000000) == "satu triliun");
        CHECK(terbilang(999999999999999) ==
              "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar "
              "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
              "sembilan ratus sembilan puluh sembilan");
    }
    SUBCASE("negatives and range") {
        CHECK(terbilang(-1250) == "minus seribu dua ratus lima puluh");
        CHECK(terbilang(-1) == "minus satu");
        CHECK_THROWS_AS(terbilang(1000000000000000), std::out_of_range);
        CHECK_THROWS_AS(terbilang(-1000000000000000), std::out_of_range);
        CHECK_THROWS_AS(terbilang(std::numeric_limits<std::int64_t>::min()), std::out_of_range);
    }
    SUBCASE("rupiah") {
        CHECK(terbilang_rupiah(0) == "nol rupiah");
        CHECK(terbilang_rupiah(8729827382) ==
              "delapan miliar tujuh ratus dua puluh sembilan juta delapan ratus dua puluh tujuh ribu tiga "
              "ratus delapan puluh dua rupiah");
        CHECK(terbilang_rupiah(6168533892) ==
              "enam miliar seratus enam puluh delapan juta lima ratus tiga puluh tiga ribu delapan ratus "
              "sembilan puluh dua rupiah");
        CHECK(terbilang_rupiah(57280000) == "lima puluh tujuh juta dua ratus delapan puluh ribu rupiah");
    }
}

TEST_CASE("json_number") {
    CHECK(json_number(65.16129032258065) == "65.16129032258065");
    CHECK(json_number(92.32) == "92.32");
    CHECK(json_number(100.0) == "100");
    CHECK(json_number(0.0) == "0");
    CHECK(json_number(-3.5) == "-3.5");
    CHECK(json_number(ratio(63.0, 70.0)) == json_number(63.0 / 70.0 * 100.0));
    CHECK_THROWS_AS(json_number(kNaN), std::invalid_argument);
    CHECK_THROWS_AS(json_number(kInf), std::invalid_argument);
    CHECK_THROWS_AS(json_number(-kInf), std::invalid_argument);
}

TEST_CASE(
    "written_places: a value the user wrote keeps its decimals, is padded to the convention, never cut") {
    using lkjip::format::written_places;
    CHECK(written_places(0.025, 3, 2) == 3);   // 0,025 stays 0,025
    CHECK(written_places(0.0189, 4, 2) == 4);  // 0,0189 stays 0,0189
    CHECK(written_places(92.384, 3, 2) == 3);  // 92,384 stays 92,384
    CHECK(written_places(63.9, 1, 2) == 2);    // 63,9 reads 63,90 beside 70,58
    CHECK(written_places(45.0, 0, 2) == 0);    // a whole number stays whole
    CHECK(written_places(45.0, 2, 2) == 2);    // 45,00 was written with its decimals
    CHECK(written_places(70.58, 2, 3) == 3);   // tampilan.desimal 3 pads
    CHECK(written_places(70.58, 2, 0) == 2);   // tampilan.desimal 0 never cuts what was written
    CHECK(written_places(1.5, 20, 2) == lkjip::format::kMaxDecimals);
    CHECK(lkjip::format::angka(0.025, written_places(0.025, 3, 2)) == "0,025");
}

TEST_CASE("angka_singkat: the decimals a limit needs and no more") {
    CHECK(lkjip::format::angka_singkat(90) == "90");
    CHECK(lkjip::format::angka_singkat(90.5) == "90,5");
    CHECK(lkjip::format::angka_singkat(0.025) == "0,025");
    CHECK(lkjip::format::angka_singkat(-5) == "-5");
    CHECK(lkjip::format::angka_singkat(1000) == "1.000");
    CHECK(lkjip::format::angka_singkat(1.0 / 3.0) == "0,333333");  // at most 6 places
}
