#include "compute/performance.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "input/convention_reader.hpp"

using lkjip::compute::compute;
using lkjip::compute::IndicatorResult;
using lkjip::compute::Performance;
using lkjip::compute::realisasi_of;
using lkjip::compute::target_of;
using lkjip::model::Arah;
using lkjip::model::BudgetItem;
using lkjip::model::BudgetLevel;
using lkjip::model::Indicator;
using lkjip::model::IndicatorLevel;
using lkjip::model::Opd;
using lkjip::model::PkRevision;
using lkjip::model::Target;
using lkjip::model::YearValues;

namespace {

const lkjip::model::Conventions& defaults() {
    static const lkjip::model::Conventions conv = lkjip::input::load_conventions({});
    return conv;
}

PkRevision pk(int revisi, double target) {
    PkRevision r;
    r.revisi = revisi;
    r.target = Target::single(target);
    return r;
}

YearValues year(std::vector<PkRevision> revisions, std::optional<double> renstra,
                std::optional<double> realisasi) {
    YearValues y;
    y.pk = std::move(revisions);
    if (renstra)
        y.target_renstra = Target::single(*renstra);
    y.realisasi = realisasi;
    return y;
}

Indicator indicator(std::string kode, std::string induk, IndicatorLevel level, Arah arah) {
    Indicator i;
    i.kode = std::move(kode);
    i.induk = std::move(induk);
    i.level = level;
    i.arah = arah;
    i.nama = "Indikator " + i.kode;
    i.satuan = "%";
    return i;
}

BudgetItem budget(std::string kode, std::string induk, BudgetLevel level, std::optional<std::int64_t> pagu,
                  std::optional<std::int64_t> realisasi, std::vector<std::string> iku = {}) {
    BudgetItem b;
    b.kode = std::move(kode);
    b.induk = std::move(induk);
    b.level = level;
    b.pagu_perubahan = pagu;
    b.realisasi = realisasi;
    b.iku = std::move(iku);
    return b;
}

// Two sasaran, three IKU (S1.2 negatif), one tujuan indicator, two programs with an indicator each.
Opd small_opd() {
    Opd opd;
    opd.profile.nama_opd = "Dinas Uji";
    opd.profile.tahun = 2023;
    opd.profile.renstra_awal = 2021;
    opd.profile.renstra_akhir = 2026;
    opd.tujuan = {{"T1", "Meningkatkan daya saing koperasi", {}}};
    opd.sasaran = {{"S1", "T1", "Koperasi aktif meningkat", {}}, {"S2", "T1", "Usaha mikro naik kelas", {}}};

    Indicator s11 = indicator("S1.1", "S1", IndicatorLevel::Sasaran, Arah::Positif);
    s11.years[2022] = year({pk(0, 65.0)}, 64.0, 60.0);
    s11.years[2023] = year({pk(0, 70.0), pk(1, 70.58)}, 69.0, std::nullopt);
    s11.years[2023].pembilang = 202.0;  // koperasi aktif
    s11.years[2023].penyebut = 310.0;   // jumlah koperasi
    s11.years[2023].realisasi = 65.16;  // as written; pembilang/penyebut win
    s11.years[2026] = year({}, 80.0, std::nullopt);

    Indicator s12 = indicator("S1.2", "S1", IndicatorLevel::Sasaran, Arah::Negatif);
    s12.years[2023] = year({}, 10.0, 8.0);

    Indicator s21 = indicator("S2.1", "S2", IndicatorLevel::Sasaran, Arah::Positif);
    s21.years[2023] = year({pk(0, 35.5)}, std::nullopt, 36.13);

    Indicator t11 = indicator("T1.1", "T1", IndicatorLevel::Tujuan, Arah::Positif);
    t11.years[2023] = year({pk(0, 50.0)}, std::nullopt, 55.0);

    Indicator p11 = indicator("P1.1", "2.17.03", IndicatorLevel::Program, Arah::Positif);
    p11.years[2023] = year({pk(0, 100.0)}, std::nullopt, 95.0);
    Indicator p21 = indicator("P2.1", "2.17.04", IndicatorLevel::Program, Arah::Positif);
    p21.years[2023] = year({pk(0, 10.0)}, std::nullopt, 10.0);

    opd.indicators = {t11, s11, s12, s21, p11, p21};

    opd.budget = {
        budget("2.17.03", "", BudgetLevel::Program, std::nullopt, std::nullopt, {"S1.1", "S1.2"}),
        budget("2.17.03.2.01", "2.17.03", BudgetLevel::Kegiatan, std::nullopt, std::nullopt),
        budget("2.17.03.2.01.0001", "2.17.03.2.01", BudgetLevel::SubKegiatan, 1'000'000, 900'000),
        budget("2.17.04", "", BudgetLevel::Program, std::nullopt, std::nullopt, {"S1.1", "S2.1"}),
        budget("2.17.04.2.01", "2.17.04", BudgetLevel::Kegiatan, std::nullopt, std::nullopt),
        budget("2.17.04.2.01.0001", "2.17.04.2.01", BudgetLevel::SubKegiatan, 2'000'000, 1'987'400),
    };
    opd.budget[0].sasaran = "S1";
    opd.budget[3].sasaran = "S2";
    opd.belanja = {{"operasi", 2'500'000, 2'387'400, lkjip::SourceLocation::at("belanja.csv", 2)},
                   {"modal", 500'000, 500'000, lkjip::SourceLocation::at("belanja.csv", 3)}};
    return opd;
}

const IndicatorResult& find(const Performance& p, const std::string& kode) {
    const IndicatorResult* r = p.find_indicator(kode);
    REQUIRE(r != nullptr);
    return *r;
}

}  // namespace

TEST_CASE("realisasi_of: pembilang / penyebut at full precision, else as written") {
    YearValues y;
    y.realisasi = 65.16;
    CHECK(realisasi_of(y) == std::optional<double>(65.16));
    y.pembilang = 202.0;
    y.penyebut = 310.0;
    REQUIRE(realisasi_of(y).has_value());
    CHECK(*realisasi_of(y) == 202.0 * 100.0 / 310.0);  // 65.16129032258064, not rounded to 65,16
    CHECK(*realisasi_of(y) == doctest::Approx(65.16129032258064).epsilon(1e-12));
    SUBCASE("penyebut 0: n/a") {
        y.penyebut = 0.0;
        CHECK_FALSE(realisasi_of(y).has_value());
    }
    SUBCASE("only one of the two: the written value") {
        y.penyebut = std::nullopt;
        CHECK(realisasi_of(y) == std::optional<double>(65.16));
    }
    SUBCASE("nothing written: n/a") {
        CHECK_FALSE(realisasi_of(YearValues{}).has_value());
    }
    SUBCASE("pengali: an incidence per 100.000") {
        y.pembilang = 290.0;
        y.penyebut = 250000.0;
        CHECK(*realisasi_of(y, 100000.0) == 290.0 * 100000.0 / 250000.0);  // 116
        CHECK(*realisasi_of(y, 100000.0) == 116.0);
        CHECK(*realisasi_of(y, 1000.0) == doctest::Approx(1.16).epsilon(1e-12));
    }
}

TEST_CASE("target_of: the highest PK revision, else the Renstra target") {
    std::string source = "x";
    SUBCASE("PK revision 1 changes the target") {
        const YearValues y = year({pk(0, 70.0), pk(1, 70.58)}, 69.0, std::nullopt);
        const auto t = target_of(y, &source);
        REQUIRE(t.has_value());
        CHECK(t->upper == 70.58);
        CHECK(source == "pk_revisi_1");
    }
    SUBCASE("only the first PK") {
        const auto t = target_of(year({pk(0, 70.0)}, 69.0, std::nullopt), &source);
        REQUIRE(t.has_value());
        CHECK(t->upper == 70.0);
        CHECK(source == "pk");
    }
    SUBCASE("no PK: Renstra") {
        const auto t = target_of(year({}, 69.0, std::nullopt), &source);
        REQUIRE(t.has_value());
        CHECK(t->upper == 69.0);
        CHECK(source == "renstra");
    }
    SUBCASE("none") {
        CHECK_FALSE(target_of(YearValues{}, &source).has_value());
        CHECK(source.empty());
        CHECK_FALSE(target_of(YearValues{}).has_value());
    }
}

TEST_CASE("compute: indicators of year N") {
    const Opd opd = small_opd();
    const Performance p = compute(opd, defaults());
    CHECK(p.opd == &opd);
    CHECK(p.diagnostics.items().empty());
    REQUIRE(p.indicators.size() == 6);

    SUBCASE("S1.1: target from PK revisi 1, realisasi from pembilang/penyebut") {
        const IndicatorResult& r = find(p, "S1.1");
        CHECK(r.current.tahun == 2023);
        REQUIRE(r.current.target.has_value());
        CHECK(r.current.target->upper == 70.58);
        CHECK(r.current.target_source == "pk_revisi_1");
        CHECK(r.current.realisasi == std::optional<double>(202.0 * 100.0 / 310.0));
        REQUIRE(r.current.capaian.value.has_value());
        CHECK(*r.current.capaian.value == doctest::Approx(92.3225989269).epsilon(1e-12));
        CHECK(*r.current.capaian.value == 92.3225989269);
        CHECK(r.predikat == std::optional<std::string>("Sangat Tinggi"));
        CHECK(r.atribut == std::optional<std::string>("Sangat Berhasil"));
    }
    SUBCASE("S1.2 negatif: target from Renstra, (2T - R) / T") {
        const IndicatorResult& r = find(p, "S1.2");
        CHECK(r.current.target_source == "renstra");
        CHECK(r.current.capaian.value == std::optional<double>(120.0));
        CHECK_FALSE(r.previous.has_value());
    }
    SUBCASE("S2.1") {
        const IndicatorResult& r = find(p, "S2.1");
        CHECK(r.current.target_source == "pk");
        CHECK(r.current.capaian.value == std::optional<double>(101.774647887));
    }
    SUBCASE("tujuan indicator") {
        const IndicatorResult& r = find(p, "T1.1");
        CHECK(r.current.capaian.value == std::optional<double>(110.0));
        CHECK(r.programs.empty());
        CHECK_FALSE(r.efisiensi.value.has_value());
        REQUIRE(p.tujuan.size() == 1);
        CHECK(p.tujuan[0].indicators == std::vector<std::size_t>{0});
        CHECK(p.tujuan[0].sasaran == std::vector<std::size_t>{0, 1});
    }
    SUBCASE("no national target") {
        CHECK_FALSE(find(p, "S1.1").capaian_nasional.value.has_value());
        CHECK(find(p, "S1.1").capaian_nasional.na_reason == "tidak ada target nasional");
    }
}

TEST_CASE("compute: previous year, history and the Renstra end target") {
    const Opd opd = small_opd();
    const Performance p = compute(opd, defaults());
    const IndicatorResult& r = find(p, "S1.1");
    SUBCASE("previous year") {
        REQUIRE(r.previous.has_value());
        CHECK(r.previous->tahun == 2022);
        CHECK(r.previous->target_source == "pk");
        CHECK(r.previous->realisasi == std::optional<double>(60.0));
        REQUIRE(r.previous->capaian.value.has_value());
        CHECK(*r.previous->capaian.value == 92.3076923077);
    }
    SUBCASE("history: every year up to N with data, ascending; later Renstra years are plans") {
        REQUIRE(r.previous.has_value());
        REQUIRE(r.history.size() == 2);
        CHECK(r.history[0].tahun == 2022);
        CHECK(r.history[1].tahun == 2023);
        CHECK(r.history[0].capaian.value == r.previous->capaian.value);
        CHECK(r.history[1].capaian.value == r.current.capaian.value);
    }
    SUBCASE("tingkat kemajuan against the target of the last Renstra year") {
        REQUIRE(r.target_akhir_renstra.has_value());
        CHECK(r.target_akhir_renstra->upper == 80.0);
        REQUIRE(r.tingkat_kemajuan.value.has_value());
        CHECK(*r.tingkat_kemajuan.value == doctest::Approx(81.4516129032).epsilon(1e-12));
        CHECK(*r.tingkat_kemajuan.value == 81.4516129032);
    }
    SUBCASE("no Renstra end target: n/a") {
        const IndicatorResult& s12 = find(p, "S1.2");
        CHECK_FALSE(s12.target_akhir_renstra.has_value());
        CHECK_FALSE(s12.tingkat_kemajuan.value.has_value());
        CHECK(s12.tingkat_kemajuan.na_reason == "target tidak ada");
    }
}

TEST_CASE("compute: sasaran and OPD capaian") {
    const Opd opd = small_opd();
    SUBCASE("sasaran = mean of its IKU, OPD = mean of the sasaran") {
        const Performance p = compute(opd, defaults());
        REQUIRE(p.sasaran.size() == 2);
        CHECK(p.sasaran[0].iku == std::vector<std::size_t>{1, 2});
        REQUIRE(p.sasaran[0].capaian.value.has_value());
        CHECK(*p.sasaran[0].capaian.value == doctest::Approx(106.161299463).epsilon(1e-12));
        CHECK(*p.sasaran[0].capaian.value == 106.161299463);
        CHECK(p.sasaran[0].predikat == std::optional<std::string>("Sangat Tinggi"));
        CHECK(p.sasaran[1].iku == std::vector<std::size_t>{3});
        CHECK(p.sasaran[1].capaian.value == std::optional<double>(101.774647887));
        REQUIRE(p.overall.capaian.value.has_value());
        CHECK(*p.overall.capaian.value == 103.967973675);
        CHECK(p.overall.predikat == std::optional<std::string>("Sangat Tinggi"));
        CHECK(p.overall.atribut == std::optional<std::string>("Sangat Berhasil"));
    }
    SUBCASE("OPD = mean of every IKU (rata_rata_iku)") {
        lkjip::model::Conventions conv = defaults();
        conv.aggregation.opd = lkjip::model::OpdAggregation::MeanOfIku;
        const Performance p = compute(opd, conv);
        REQUIRE(p.overall.capaian.value.has_value());
        CHECK(*p.overall.capaian.value == doctest::Approx(104.699082271).epsilon(1e-12));
        CHECK(*p.overall.capaian.value == 104.699082271);
    }
    SUBCASE("a cap for aggregation only caps the mean, not the IKU") {
        lkjip::model::Conventions conv = defaults();
        conv.capaian.cap = 100.0;
        conv.capaian.cap_scope = lkjip::model::CapScope::AggregationOnly;
        const Performance p = compute(opd, conv);
        CHECK(find(p, "S1.2").current.capaian.value == std::optional<double>(120.0));
        REQUIRE(p.sasaran[0].capaian.value.has_value());
        CHECK(*p.sasaran[0].capaian.value == doctest::Approx((92.3225989269 + 100.0) / 2.0).epsilon(1e-12));
        CHECK(p.sasaran[1].capaian.value == std::optional<double>(100.0));
    }
    SUBCASE("an IKU without realisasi is skipped and listed") {
        Opd gap = small_opd();
        gap.indicators[2].years[2023].realisasi = std::nullopt;  // S1.2
        const Performance p = compute(gap, defaults());
        CHECK(p.sasaran[0].capaian.value == std::optional<double>(92.3225989269));
        CHECK(p.sasaran[0].capaian.skipped == std::vector<std::string>{"S1.2"});
    }
}

TEST_CASE("compute: budget and efficiency") {
    const Opd opd = small_opd();
    const Performance p = compute(opd, defaults());
    SUBCASE("budget roll-up and totals") {
        REQUIRE(p.budget.programs.size() == 2);
        CHECK(p.budget.nodes[p.budget.programs[0]].serapan == std::optional<double>(90.0));
        CHECK(p.budget.nodes[p.budget.programs[1]].serapan == std::optional<double>(99.37));
        CHECK(p.budget.total.pagu() == std::optional<std::int64_t>(3'000'000));
        CHECK(p.budget.total.realisasi == std::optional<std::int64_t>(2'887'400));
    }
    SUBCASE("IKU efficiency against the programs listing it") {
        const IndicatorResult& s11 = find(p, "S1.1");
        CHECK(s11.programs == std::vector<std::string>{"2.17.03", "2.17.04"});
        CHECK(s11.anggaran.pagu() == std::optional<std::int64_t>(3'000'000));
        CHECK(s11.anggaran.realisasi == std::optional<std::int64_t>(2'887'400));
        CHECK(s11.serapan == std::optional<double>(96.2466666667));
        REQUIRE(s11.efisiensi.value.has_value());
        CHECK(*s11.efisiensi.value == doctest::Approx(95.922905306).epsilon(1e-12));

        const IndicatorResult& s12 = find(p, "S1.2");
        CHECK(s12.programs == std::vector<std::string>{"2.17.03"});
        CHECK(s12.serapan == std::optional<double>(90.0));
        CHECK(s12.efisiensi.value == std::optional<double>(133.333333333));
        CHECK(s12.efisiensi.category == std::optional<std::string>("Sangat Efisien"));

        const IndicatorResult& s21 = find(p, "S2.1");
        CHECK(s21.programs == std::vector<std::string>{"2.17.04"});
        CHECK(s21.serapan == std::optional<double>(99.37));
        REQUIRE(s21.efisiensi.value.has_value());
        CHECK(*s21.efisiensi.value == doctest::Approx(102.419893214).epsilon(1e-12));
    }
    SUBCASE("an IKU no program lists has no efficiency, with the reason") {
        Opd alone = small_opd();
        alone.budget[0].iku = {"S1.1"};  // S1.2 no longer supported
        const Performance q = compute(alone, defaults());
        const IndicatorResult& s12 = find(q, "S1.2");
        CHECK(s12.programs.empty());
        CHECK_FALSE(s12.serapan.has_value());
        CHECK_FALSE(s12.efisiensi.value.has_value());
        CHECK(s12.efisiensi.na_reason == "tidak ada anggaran yang mendukung");
    }
    SUBCASE("program efficiency: its indicators against its serapan") {
        REQUIRE(p.programs.size() == 2);
        CHECK(p.programs[0].indicators == std::vector<std::size_t>{4});
        CHECK(p.programs[0].capaian.value == std::optional<double>(95.0));
        CHECK(p.programs[0].efisiensi.value == std::optional<double>(105.555555556));
        CHECK(p.programs[1].capaian.value == std::optional<double>(100.0));
        REQUIRE(p.programs[1].efisiensi.value.has_value());
        CHECK(*p.programs[1].efisiensi.value == doctest::Approx(100.633994163).epsilon(1e-12));
        CHECK(p.programs[1].efisiensi.category == std::optional<std::string>("Sangat Efisien"));
    }
    SUBCASE("belanja totals that differ are reported") {
        Opd off = small_opd();
        off.belanja[1].pagu = 600'000;
        const Performance q = compute(off, defaults());
        REQUIRE(q.diagnostics.items().size() == 1);
        CHECK(q.diagnostics.items().front().severity == lkjip::Severity::Warning);
    }
}

TEST_CASE("quarters only: the annual realisasi follows by the indicator's akumulasi; pengali per quarter") {
    Opd opd = small_opd();
    Indicator& s21 = opd.indicators[3];
    REQUIRE(s21.kode == "S2.1");
    YearValues& y = s21.years[2023];
    y.realisasi.reset();
    lkjip::model::QuarterRealisasi tw1;
    tw1.realisasi = 30.0;
    tw1.realisasi_decimals = 0;
    lkjip::model::QuarterRealisasi tw3;
    tw3.pembilang = 1.0;  // 1 / 3 x 100 = 33,333...
    tw3.penyebut = 3.0;
    y.triwulan[0] = tw1;
    y.triwulan[2] = tw3;
    SUBCASE("terakhir: TW III, from its counts") {
        s21.akumulasi = lkjip::model::Akumulasi::Terakhir;
        opd.index_codes();
        const Performance p = compute(opd, defaults());
        const IndicatorResult& r = find(p, "S2.1");
        CHECK(r.current.realisasi_dari_triwulan);
        CHECK(*r.current.realisasi == 100.0 / 3.0);
        CHECK(r.current.realisasi_decimals == -1);
        CHECK(r.current.triwulan[0].realisasi == 30.0);
        CHECK_FALSE(r.current.triwulan[1].realisasi.has_value());
        CHECK(r.current.capaian.value.value() == doctest::Approx(100.0 / 3.0 / 35.5 * 100.0));
    }
    SUBCASE("rata_rata: (30 + 33,33) / 2") {
        s21.akumulasi = lkjip::model::Akumulasi::RataRata;
        s21.pengali = 1000.0;  // 1 / 3 x 1000 = 333,33...
        opd.index_codes();
        const Performance p = compute(opd, defaults());
        const IndicatorResult& r = find(p, "S2.1");
        CHECK(r.current.triwulan[2].realisasi.value() == doctest::Approx(1000.0 / 3.0));
        CHECK(r.current.realisasi.value() == doctest::Approx((30.0 + 1000.0 / 3.0) / 2.0));
    }
    SUBCASE("no rule (reported by the reader): the year stays without realisasi") {
        s21.akumulasi.reset();
        opd.index_codes();
        const Performance p = compute(opd, defaults());
        CHECK_FALSE(find(p, "S2.1").current.realisasi.has_value());
        CHECK_FALSE(find(p, "S2.1").current.realisasi_dari_triwulan);
    }
}

TEST_CASE("an ordinal indicator's quarters: the last label is the year's, scored on its scale") {
    Opd opd = small_opd();
    Indicator& s21 = opd.indicators[3];
    s21.skala = "opini_bpk";
    s21.akumulasi = lkjip::model::Akumulasi::Terakhir;
    YearValues& y = s21.years[2023];
    y.realisasi.reset();
    y.pk = {pk(0, 0)};
    y.pk[0].target.label = "WTP";
    lkjip::model::QuarterRealisasi q1;
    q1.realisasi_label = "WTP";
    lkjip::model::QuarterRealisasi q2;
    q2.realisasi_label = "WDP";
    y.triwulan[0] = q1;
    y.triwulan[1] = q2;
    opd.index_codes();
    const Performance p = compute(opd, defaults());
    const IndicatorResult& r = find(p, "S2.1");
    CHECK(r.current.realisasi_label == "WDP");
    CHECK(r.current.realisasi == 3.0);       // WDP's score
    CHECK(r.current.capaian.value == 75.0);  // 3 / 4 x 100
    CHECK(r.current.triwulan[0].realisasi_label == "WTP");
    CHECK(r.current.triwulan[0].realisasi == 4.0);
}
