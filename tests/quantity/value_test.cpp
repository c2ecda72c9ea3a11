#include "quantity/value.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace lkjip::quantity;

namespace {

const lkjip::compute::Performance& dumai() {
    return lkjip::test::dumai_performance();
}

Value of(const std::string& objek, std::string_view key, int tahun = 2023) {
    const auto subject = subject_of(objek, dumai());
    REQUIRE(subject.has_value());
    return value_of(*subject, key, tahun, dumai());
}

}  // namespace

TEST_CASE("indicator quantities: data as written, results of the rules, n/a with the reason") {
    const Value target = of("IKU1.1", "target");
    CHECK(target.applies);
    CHECK(target.number == doctest::Approx(70.58));
    CHECK(target.written_decimals == 2);
    CHECK_FALSE(target.from_computation);

    const Value realisasi = of("IKU1.1", "realisasi");
    CHECK(realisasi.number == doctest::Approx(202.0 * 100.0 / 310.0));
    CHECK(realisasi.written_decimals == -1);  // computed from pembilang/penyebut

    const Value capaian = of("IKU1.1", "capaian");
    CHECK(capaian.from_computation);
    CHECK(*capaian.number == doctest::Approx(92.3225989269).epsilon(1e-12));
    CHECK(of("IKU1.1", "predikat").label == "Sangat Tinggi");
    CHECK(of("IKU1.2", "atribut").label == "Tidak Berhasil");

    // Capaian against the Renstra target of the year: 65,16129 / 70,58.
    CHECK(*of("IKU1.1", "capaian_renstra").number == doctest::Approx(92.3225989269).epsilon(1e-12));
    // 2022: realisasi 62,5 against the Renstra 68,53.
    CHECK(*of("IKU1.1", "capaian_renstra", 2022).number ==
          doctest::Approx(62.5 / 68.53 * 100).epsilon(1e-10));

    const Value nasional = of("IKU1.1", "capaian_nasional");
    CHECK(nasional.applies);
    CHECK_FALSE(nasional.number.has_value());
    CHECK(nasional.na_reason == "tidak ada target nasional");

    const Value before = of("IKU1.1", "target", 2019);
    CHECK(before.applies);
    CHECK_FALSE(before.number);
    CHECK(before.na_reason == "tidak ada target tahun 2019");
    CHECK(before.missing_data);
}

TEST_CASE("sasaran, program, OPD, total and belanja quantities") {
    CHECK(*of("S1", "capaian").number == doctest::Approx(70.7508171344).epsilon(1e-12));
    CHECK(of("S1", "predikat").label == "Sedang");
    CHECK(of("S1", "jumlah_iku").number == 2.0);
    CHECK_FALSE(of("S1", "capaian", 2022).applies);  // aggregates are the report year's

    CHECK(*of("2.17.03", "efisiensi").number == doctest::Approx(102.41752632).epsilon(1e-10));
    CHECK(of("2.17.03", "kategori_efisiensi").label == "Sangat Efisien");
    CHECK(*of("2.17.03", "capaian").number == doctest::Approx(101.774647887).epsilon(1e-10));
    CHECK(of("2.17.03", "predikat").label == "Sangat Tinggi");  // rated once, in compute
    CHECK(of("2.17.03", "pagu").number == 185128000.0);
    CHECK(of("2.17.03", "sisa_anggaran").number == 185128000.0 - 183965945.0);
    CHECK(of("2.17.03", "selisih_anggaran").number == 185128000.0 - 183965945.0);

    CHECK(of("total", "pagu").number == 8729827382.0);
    CHECK(of("total", "pagu_terbilang").label ==
          "delapan miliar tujuh ratus dua puluh sembilan juta delapan ratus dua puluh tujuh ribu tiga ratus "
          "delapan puluh dua rupiah");
    CHECK(of("belanja:modal", "realisasi_anggaran").number == 57280000.0);
    CHECK(of("belanja", "pagu").number == 8672547382.0 + 57280000.0);

    CHECK(of("opd", "jumlah_sasaran").number == 2.0);
    CHECK(of("opd", "jumlah_iku").number == 4.0);
    CHECK(of("opd", "jumlah_iku_tercapai").number == 0.0);  // none of the four IKU reached 100%
    CHECK(of("opd", "atribut").label == "Tidak Berhasil");
}

TEST_CASE("a quantity outside its subjects, an unknown key or objek does not apply") {
    CHECK_FALSE(of("opd", "target").applies);
    CHECK_FALSE(of("S1", "pagu").applies);
    CHECK_FALSE(of("IKU1.1", "tidak_ada").applies);
    CHECK_FALSE(subject_of("IKU9.9", dumai()).has_value());
}

TEST_CASE("an ordinal indicator: target and realisasi are labels as written, capaian a number (issue 19)") {
    lkjip::Diagnostics diagnostics;
    const lkjip::input::InputRead folder =
        lkjip::input::read_folder(std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023", diagnostics);
    lkjip::model::Opd opd = folder.opd;
    lkjip::model::Indicator ind;
    ind.kode = "IKU1.3";
    ind.induk = "S1";
    ind.level = lkjip::model::IndicatorLevel::Sasaran;
    ind.nama = "Opini BPK atas laporan keuangan";
    ind.satuan = "opini";
    ind.skala = "opini_bpk";
    lkjip::model::Target wtp;
    wtp.label = "WTP";
    ind.years[2023].pk.push_back(lkjip::model::PkRevision{0, "", wtp, {}, {}});
    ind.years[2023].realisasi_label = "WDP";
    opd.indicators.push_back(ind);
    const lkjip::compute::Performance p = lkjip::compute::compute(opd, lkjip::input::load_conventions({}));
    const auto subject = subject_of("IKU1.3", p);
    REQUIRE(subject.has_value());

    const Value target = value_of(*subject, "target", 2023, p);
    CHECK(target.applies);
    CHECK(target.label == "WTP");
    CHECK_FALSE(target.number.has_value());
    const Value realisasi = value_of(*subject, "realisasi", 2023, p);
    CHECK(realisasi.label == "WDP");
    CHECK_FALSE(realisasi.number.has_value());
    const Value capaian = value_of(*subject, "capaian", 2023, p);
    CHECK(capaian.number == std::optional<double>(75.0));  // score 3 of WDP over 4 of WTP
    CHECK(value_of(*subject, "predikat", 2023, p).label == "Sedang");
    // A year without data is n/a as for any indicator.
    const Value before = value_of(*subject, "realisasi", 2022, p);
    CHECK_FALSE(before.label.has_value());
    CHECK(before.na_reason == "tidak ada realisasi tahun 2022");
}

TEST_CASE("quarterly quantities: an indicator's quarters as written, a budget node's and the total's") {
    lkjip::Diagnostics diagnostics;
    const lkjip::input::InputRead folder =
        lkjip::input::read_folder(std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023", diagnostics);
    lkjip::model::Opd opd = folder.opd;
    lkjip::model::Indicator* ind = opd.find_indicator("IKU1.1");
    REQUIRE(ind != nullptr);
    lkjip::model::QuarterRealisasi tw2;
    tw2.realisasi = 61.9;
    tw2.realisasi_decimals = 1;
    ind->years[2023].triwulan[1] = tw2;
    ind->years[2023].pk.back().triwulan[3] =
        lkjip::model::QuarterTarget{lkjip::model::Target::single(70.58, 2), {}};
    for (lkjip::model::BudgetItem& item : opd.budget)
        item.realisasi_triwulan[0] = item.realisasi ? std::optional<std::int64_t>(1000) : std::nullopt;
    const lkjip::compute::Performance p = lkjip::compute::compute(opd, lkjip::input::load_conventions({}));
    const auto iku = subject_of("IKU1.1", p);
    REQUIRE(iku.has_value());

    const Value r2 = value_of(*iku, "realisasi_tw2", 2023, p);
    CHECK(r2.number == std::optional<double>(61.9));
    CHECK(r2.written_decimals == 1);
    const Value r1 = value_of(*iku, "realisasi_tw1", 2023, p);
    CHECK_FALSE(r1.number.has_value());
    CHECK(r1.na_reason == "tidak ada realisasi TW I 2023");
    CHECK(r1.missing_data);
    CHECK(value_of(*iku, "target_tw4", 2023, p).number == std::optional<double>(70.58));
    CHECK(value_of(*iku, "target_tw1", 2023, p).na_reason == "tidak ada target TW I 2023");
    // The annual realisasi is unchanged: the annual row was written (the quarters are checked, not used).
    CHECK(value_of(*iku, "realisasi", 2023, p).number == doctest::Approx(202.0 * 100.0 / 310.0));

    // Program 2.17.07: three sub kegiatan with a realisasi, each 1.000 in TW I.
    const auto program = subject_of("2.17.07", p);
    REQUIRE(program.has_value());
    CHECK(value_of(*program, "realisasi_anggaran_tw1", 2023, p).number == std::optional<double>(3000.0));
    CHECK(value_of(*program, "realisasi_anggaran_tw2", 2023, p).na_reason ==
          "tidak ada realisasi anggaran TW II");
    CHECK_FALSE(value_of(*program, "realisasi_anggaran_tw1", 2022, p).applies);  // year N only
    // The total: every program has TW I (each program's own or its sub kegiatan's).
    const auto total = subject_of("total", p);
    REQUIRE(total.has_value());
    CHECK(value_of(*total, "realisasi_anggaran_tw1", 2023, p).number.has_value());
    CHECK_FALSE(value_of(*iku, "realisasi_anggaran_tw1", 2023, p).applies);  // not an IKU's quantity
}
