#include "rules/evaluasi_renja.hpp"

#include <doctest/doctest.h>

using namespace lkjip::rules;
using lkjip::formula::neutral_text;
using lkjip::formula::ref;

namespace {
const std::array<std::optional<double>, 4> kQuarters = {10.0, 20.0, 30.0, std::nullopt};
}

TEST_CASE("column 13: the quarters up to N by the indicator's rule") {
    CHECK(*realisasi_tahun_berjalan(kQuarters, 1, Akumulasi::Jumlah).value == 10.0);
    CHECK(*realisasi_tahun_berjalan(kQuarters, 3, Akumulasi::Jumlah).value == 60.0);
    CHECK(*realisasi_tahun_berjalan(kQuarters, 3, Akumulasi::RataRata).value == 20.0);
    CHECK(*realisasi_tahun_berjalan(kQuarters, 2, Akumulasi::Terakhir).value == 20.0);
    // A quarter after N does not count, even when it is given.
    CHECK(*realisasi_tahun_berjalan({1.0, 2.0, 3.0, 4.0}, 2, Akumulasi::Jumlah).value == 3.0);
    // TW IV is missing: never a 0.
    const EvaluasiValue missing = realisasi_tahun_berjalan(kQuarters, 4, Akumulasi::Jumlah);
    CHECK_FALSE(missing.value);
    CHECK(missing.na_reason == "realisasi TW IV tidak ada (jumlah TW I sampai TW IV)");
    CHECK(realisasi_tahun_berjalan(kQuarters, 4, Akumulasi::Terakhir).na_reason ==
          "realisasi TW IV tidak ada (nilai terakhir)");
    // A gap before N spoils a sum and a mean but not the last value.
    const std::array<std::optional<double>, 4> gap = {std::nullopt, 5.0, 7.5, std::nullopt};
    CHECK_FALSE(realisasi_tahun_berjalan(gap, 3, Akumulasi::Jumlah).value);
    CHECK(*realisasi_tahun_berjalan(gap, 3, Akumulasi::Terakhir).value == 7.5);
    CHECK_FALSE(realisasi_tahun_berjalan(kQuarters, 0, Akumulasi::Jumlah).value);
    CHECK_FALSE(realisasi_tahun_berjalan(kQuarters, 5, Akumulasi::Jumlah).value);
    // Binary noise is cleaned: 0.1 + 0.2 reads 0.3.
    CHECK(*realisasi_tahun_berjalan({0.1, 0.2, std::nullopt, std::nullopt}, 2, Akumulasi::Jumlah).value ==
          0.3);
}

TEST_CASE("column 13 as a formula: SUM, AVERAGE or the last quarter's cell") {
    const std::vector<lkjip::formula::Expr> q = {ref(0, 11), ref(0, 13), ref(0, 15)};
    CHECK(neutral_text(realisasi_tahun_berjalan_formula(q, Akumulasi::Jumlah)) ==
          "SUM({R0C11},{R0C13},{R0C15})");
    CHECK(neutral_text(realisasi_tahun_berjalan_formula(q, Akumulasi::RataRata)) ==
          "AVERAGE({R0C11},{R0C13},{R0C15})");
    CHECK(neutral_text(realisasi_tahun_berjalan_formula(q, Akumulasi::Terakhir)) == "{R0C15}");
    CHECK(neutral_text(realisasi_tahun_berjalan_formula({ref(2, 11)}, Akumulasi::Jumlah)) == "{R2C11}");
}

TEST_CASE("column 7: the Renstra years before N") {
    const std::map<int, double> years = {{2021, 4}, {2022, 9}};
    CHECK(*realisasi_renstra_lalu(years, 2021, 2023, Akumulasi::Jumlah).value == 13.0);
    CHECK(*realisasi_renstra_lalu(years, 2021, 2023, Akumulasi::Terakhir).value == 9.0);
    CHECK(*realisasi_renstra_lalu(years, 2021, 2023, Akumulasi::RataRata).value == 6.5);
    // A year missing from the period: n/a, not a smaller sum.
    const EvaluasiValue gap = realisasi_renstra_lalu(years, 2020, 2023, Akumulasi::Jumlah);
    CHECK_FALSE(gap.value);
    CHECK(gap.na_reason == "realisasi tahun 2020 tidak ada (jumlah 2020 sampai 2022)");
    CHECK(realisasi_renstra_lalu({{2021, 4}}, 2021, 2023, Akumulasi::Terakhir).na_reason ==
          "realisasi tahun 2022 tidak ada");
    CHECK(realisasi_renstra_lalu(years, 2023, 2023, Akumulasi::Jumlah).na_reason ==
          "tahun pertama Renstra: belum ada realisasi tahun sebelumnya");
    CHECK(realisasi_renstra_lalu(years, 0, 2023, Akumulasi::Jumlah).na_reason ==
          "periode Renstra tidak ada di profil (renstra.awal)");
}

TEST_CASE("column 14: 7 + 13 for a sum, the latest for a level; the first year is 13 alone") {
    const EvaluasiValue lalu{13.0, ""};
    const EvaluasiValue kini{60.0, ""};
    CHECK(*realisasi_renstra_kini(lalu, kini, false, Akumulasi::Jumlah).value == 73.0);
    CHECK(*realisasi_renstra_kini(lalu, kini, false, Akumulasi::Terakhir).value == 60.0);
    CHECK(*realisasi_renstra_kini(lalu, kini, false, Akumulasi::RataRata).value == 60.0);
    CHECK(*realisasi_renstra_kini({std::nullopt, "x"}, kini, true, Akumulasi::Jumlah).value == 60.0);
    const EvaluasiValue no_lalu =
        realisasi_renstra_kini({std::nullopt, "kosong"}, kini, false, Akumulasi::Jumlah);
    CHECK_FALSE(no_lalu.value);
    CHECK(no_lalu.na_reason == "realisasi Renstra sampai tahun lalu (kolom 7) n/a");
    CHECK(realisasi_renstra_kini(lalu, {std::nullopt, "TW I"}, false, Akumulasi::Terakhir).na_reason ==
          "realisasi tahun ini (kolom 13) n/a");
    CHECK(neutral_text(realisasi_renstra_kini_formula(ref(1, 7), ref(1, 19), false, Akumulasi::Jumlah)) ==
          "{R1C7}+{R1C19}");
    CHECK(neutral_text(realisasi_renstra_kini_formula(ref(1, 7), ref(1, 19), true, Akumulasi::Jumlah)) ==
          "{R1C19}");
    CHECK(neutral_text(realisasi_renstra_kini_formula(ref(1, 7), ref(1, 19), false, Akumulasi::Terakhir)) ==
          "{R1C19}");
}

TEST_CASE("column 15: 14 / 6 x 100; a missing or zero Renstra target is n/a with the reason") {
    CHECK(*tingkat_capaian_renstra({65.16, ""}, 73.0).value == doctest::Approx(89.2602739726).epsilon(1e-12));
    CHECK(*tingkat_capaian_renstra({45.0, ""}, 60.0).value == 75.0);
    CHECK(tingkat_capaian_renstra({45.0, ""}, std::nullopt).na_reason ==
          "target Renstra akhir periode (kolom 6) tidak ada");
    CHECK(tingkat_capaian_renstra({45.0, ""}, 0.0).na_reason ==
          "target Renstra akhir periode (kolom 6) nol: tidak dapat dibagi");
    CHECK(tingkat_capaian_renstra({std::nullopt, "r"}, 10.0).na_reason ==
          "realisasi Renstra sampai tahun ini (kolom 14) n/a");
    CHECK(neutral_text(tingkat_capaian_renstra_formula(ref(0, 21), ref(0, 5))) == "{R0C21}/{R0C5}*100");
}

TEST_CASE("the indicator's rule: its akumulasi, else a level (terakhir)") {
    lkjip::model::Indicator count;
    count.akumulasi = Akumulasi::Jumlah;
    CHECK(akumulasi_of(count) == Akumulasi::Jumlah);
    CHECK(akumulasi_of(lkjip::model::Indicator{}) == Akumulasi::Terakhir);
}

TEST_CASE("names") {
    CHECK(akumulasi_words(Akumulasi::Terakhir) == "nilai terakhir");
}
