#include "audit/audit.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "audit/printed_value.hpp"
#include "input/printed_figures_reader.hpp"
#include "test_support.hpp"

using lkjip::audit::Finding;
using lkjip::model::PrintedFigure;

namespace {

// Made-up printed figures checked against the Dumai fixture's primary data (IKU1.1: target 70,58,
// realisasi 202/310 = 65,16, capaian 92,32; IKU1.2: capaian 49,179...; program 2.17.03: pagu 185.128.000,
// realisasi 183.965.945, serapan 99,37).
const lkjip::compute::Performance& dumai() {
    return lkjip::test::dumai_performance();
}

PrintedFigure fig(std::string tabel, std::string objek, std::string besaran, std::string nilai,
                  int tahun = 2023) {
    PrintedFigure f;
    f.tabel = std::move(tabel);
    f.objek = std::move(objek);
    f.besaran = std::move(besaran);
    f.nilai = std::move(nilai);
    f.tahun = tahun;
    f.where = lkjip::SourceLocation::at("angka_tercetak.csv", 2);
    return f;
}

std::vector<std::string> rules_of(const std::vector<PrintedFigure>& printed) {
    std::vector<std::string> out;
    for (const Finding& f : lkjip::audit::audit(printed, dumai()).findings)
        out.push_back(f.rule);
    return out;
}

using Rules = std::vector<std::string>;

}  // namespace

TEST_CASE("audit: figures that follow from the data give no finding") {
    CHECK(rules_of(
              {fig("3.1", "IKU1.1", "target", "70,58%"), fig("3.1", "IKU1.1", "realisasi", "65,16%"),
               fig("3.1", "IKU1.1", "capaian", "92,32%"), fig("3.1", "IKU1.1", "predikat", "SANGAT TINGGI"),
               fig("3.1", "IKU1.2", "capaian", "49,18"), fig("3.5", "2.17.03", "pagu", "Rp. 185.128.000,00"),
               fig("3.5", "2.17.03", "realisasi_anggaran", "183.965.945"),
               fig("3.5", "2.17.03", "serapan", "99,37"), fig("3.5", "opd", "capaian", "46,72"),
               fig("3.5", "opd", "atribut", "Tidak Berhasil"), fig("3.5", "2.17.03", "efisiensi", "102,42")})
              .empty());
}

TEST_CASE(
    "audit: a capaian truncated instead of rounded is a rounding finding, a larger difference an error") {
    CHECK(rules_of({fig("3.1", "IKU1.2", "capaian", "49,17%")}) == Rules{"pembulatan_dipotong"});
    CHECK(rules_of({fig("3.1", "IKU1.2", "capaian", "49,19%")}) == Rules{"pembulatan_bertahap"});
    CHECK(rules_of({fig("3.1", "IKU1.2", "capaian", "49,00%")}) == Rules{"hitungan"});
    CHECK(rules_of({fig("3.1", "IKU1.2", "capaian", "49%")}) == Rules{"presisi_kurang"});
}

TEST_CASE("audit: the other direction's formula and a cap are named") {
    // IKU1.1 is positive: (2T - R)/T x 100 = (141,16 - 65,16)/70,58 x 100 = 107,68.
    CHECK(rules_of({fig("3.1", "IKU1.1", "capaian", "107,68")}) == Rules{"arah_terbalik"});
    // IP-2.17.06: 49,03 / 35,5 = 138,11, printed capped at 100.
    CHECK(rules_of({fig("3.1", "IP-2.17.06", "capaian", "100%")}) == Rules{"capaian_dibatasi"});
}

TEST_CASE("audit: a parent's percentage printed as the mean of its children's printed percentages is named") {
    // Kegiatan 2.17.07.2.01: Σ realisasi / Σ pagu = 2.013.738.540 / 2.073.834.100 = 97,10; its sub kegiatan
    // print 96,49 / 99,83 / 100,00, whose mean is 98,77.
    const std::vector<PrintedFigure> children = {fig("3.7", "2.17.07.2.01.0001", "serapan", "96,49"),
                                                 fig("3.7", "2.17.07.2.01.0002", "serapan", "99,83"),
                                                 fig("3.7", "2.17.07.2.01.0003", "serapan", "100,00")};
    std::vector<PrintedFigure> printed = children;
    printed.push_back(fig("3.7", "2.17.07.2.01", "serapan", "98,77"));
    CHECK(rules_of(printed) == Rules{"rata_rata_anak"});
    // Another wrong figure, or the mean of children printed in another table, stays a plain hitungan.
    printed.back().nilai = "98,50";
    CHECK(rules_of(printed) == Rules{"hitungan"});
    printed = children;
    printed.push_back(fig("3.6", "2.17.07.2.01", "serapan", "98,77"));
    CHECK(rules_of(printed) == Rules{"hitungan"});
}

TEST_CASE("audit: a capaian printed without the conventions' cap is explained by it") {
    // With capaian.batas_atas 100, IP-2.17.06 (49,03 / 35,5 = 138,11) is 100; the report printed 138,11.
    lkjip::model::Conventions capped = dumai().conventions;
    capped.capaian.cap = 100.0;
    const lkjip::compute::Performance p = lkjip::compute::compute(*dumai().opd, capped);
    const auto findings = lkjip::audit::audit({fig("3.6.3", "IP-2.17.06", "capaian", "138,11%")}, p).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "batas_tidak_diterapkan");
    CHECK(findings[0].pesan ==
          "tercetak 138,11% = capaian tanpa batas atas; dengan konvensi capaian.batas_atas nilainya 100,00. "
          "Laporan ini tampaknya memakai --set capaian.batas_atas=tidak_ada");
    CHECK(lkjip::audit::audit({fig("3.6.3", "IP-2.17.06", "capaian", "100,00%")}, p).findings.empty());
}

TEST_CASE(
    "audit: an efficiency that follows the capaian and serapan printed beside it, by the rule in force or "
    "another") {
    // Program 2.17.03: capaian 101,77, serapan 99,37; efficiency by the ratio 102,42, by the difference 2,40.
    const std::vector<PrintedFigure> printed = {fig("3.6", "2.17.03", "capaian", "101,77%"),
                                                fig("3.6", "2.17.03", "serapan", "99,37%"),
                                                fig("3.6", "2.17.03", "efisiensi", "102,00")};
    // Wrong against the data and against what is printed beside it: no explanation.
    auto findings = lkjip::audit::audit(printed, dumai()).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].pesan == "tercetak 102,00, dari data 102,42 (selisih -0,42)");
    // Printed by the ratio under the difference method: the method the report used is named.
    lkjip::model::Conventions difference = dumai().conventions;
    difference.efficiency.method = lkjip::model::EfficiencyMethod::Difference;
    const lkjip::compute::Performance p = lkjip::compute::compute(*dumai().opd, difference);
    std::vector<PrintedFigure> ratio = printed;
    ratio[2].nilai = "102,42";
    findings = lkjip::audit::audit(ratio, p).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "hitungan");
    CHECK(
        findings[0].pesan ==
        "tercetak 102,42, dari data 2,40 (selisih 100,02); angka ini mengikuti capaian 101,77% dan serapan "
        "99,37% yang tercetak di tempat yang sama menurut efisiensi.metode=rasio; bila itu konvensi laporan "
        "ini: --set efisiensi.metode=rasio");
}

TEST_CASE("audit: the other direction's formula is named for the tingkat kemajuan too") {
    // IKU1.1 against the Renstra end target 73: 65,16 / 73 = 89,26; with the negative formula
    // (146 - 65,16) / 73 x 100 = 110,74.
    CHECK(rules_of({fig("3.3.1", "IKU1.1", "tingkat_kemajuan", "89,26%")}).empty());
    CHECK(rules_of({fig("3.3.1", "IKU1.1", "tingkat_kemajuan", "110,74%")}) == Rules{"arah_terbalik"});
    CHECK(rules_of({fig("3.3.1", "IKU1.1", "tingkat_kemajuan", "95,00%")}) == Rules{"hitungan"});
}

TEST_CASE("audit: predikat and atribut follow the capaian, not the realisasi") {
    CHECK(rules_of({fig("3.1", "IKU1.1", "predikat", "Sedang")}) == Rules{"predikat_dari_realisasi"});
    CHECK(rules_of({fig("3.1", "IKU1.1", "atribut", "Berhasil")}) == Rules{"label"});
    CHECK(rules_of({fig("3.1", "2.17.03", "kategori_efisiensi", "SANGAT")}) == Rules{"label_tidak_baku"});
    CHECK(rules_of({fig("3.1", "IKU2.1", "kategori_efisiensi", "Efisien")}) == Rules{"tidak_terukur"});
}

TEST_CASE("audit: primary data printed differently, and a value printed where none is defined") {
    CHECK(rules_of({fig("2.2", "IT1", "target", "70,85%")}) == Rules{"angka_primer"});
    CHECK(rules_of({fig("1.5", "IKU2.1", "serapan", "0%")}) == Rules{"tidak_terukur"});
    CHECK(rules_of({fig("3.3", "IKU1.1", "pembilang", "190", 2019)}) == Rules{"tanpa_data"});
}

TEST_CASE("audit: printed figures against each other") {
    // The same capaian in two tables.
    const auto two =
        lkjip::audit::audit(
            {fig("1.3", "IKU1.2", "capaian", "49,18%"), fig("3.1.1", "IKU1.2", "capaian", "49,17%")}, dumai())
            .findings;
    REQUIRE(two.size() == 2);
    CHECK(two[0].rule == "pembulatan_dipotong");
    CHECK(two[1].rule == "beda_antartabel");
    CHECK(two[1].pesan == "dicetak berbeda: 49,18 (1.3); 49,17 (3.1.1)");
    // Children that do not add up (program 2.17.07's one kegiatan printed with a different realisasi).
    CHECK(rules_of({fig("3.5", "belanja:operasi", "pagu", "8.672.547.382"),
                    fig("3.5", "belanja:modal", "pagu", "57.280.000"),
                    fig("3.5", "belanja", "pagu", "8.700.000.000")}) == Rules{"angka_primer", "jumlah_anak"});
    // A serapan that does not follow the amounts printed beside it (though right against the data).
    CHECK(rules_of({fig("3.5", "2.17.03", "pagu", "185.128.000"),
                    fig("3.5", "2.17.03", "realisasi_anggaran", "183.965.945"),
                    fig("3.5", "2.17.03", "serapan", "99,37"), fig("3.6", "2.17.03", "pagu", "200.000.000"),
                    fig("3.6", "2.17.03", "serapan", "99,37"),
                    fig("3.6", "2.17.03", "realisasi_anggaran", "183.965.945")}) ==
          Rules{"angka_primer", "serapan_tercetak", "beda_antartabel"});
}

TEST_CASE("audit: amounts in words and irregular writing") {
    CHECK(
        rules_of(
            {fig("R", "total", "pagu_terbilang",
                 "Delapan Milyar Tujuh Ratus Dua Puluh Sembilan Juta Delapan Ratus Dua Puluh Tujuh Ribu Tiga "
                 "Ratus Delapan Puluh Dua Rupiah")})
            .empty());
    CHECK(rules_of({fig("R", "total", "pagu_terbilang", "Delapan Milyar Rupiah")}) == Rules{"terbilang"});
    CHECK(rules_of({fig("3.7", "3.31.02", "realisasi_anggaran", "Rp.29,970.000")}) ==
          Rules{"penulisan_angka"});
    CHECK(rules_of({fig("3.7", "IKU2.2", "realisasi", "4.33%")}) == Rules{"penulisan_angka"});
    CHECK(rules_of({fig("3.7", "IKU2.2", "realisasi", "empat")}) == Rules{"tidak_terbaca"});
    CHECK(rules_of({fig("3.7", "IKU9.9", "realisasi", "4")}) == Rules{"tidak_dikenal"});
}

TEST_CASE("audit: a figure is compared at the decimals printed, up to twelve") {
    // Found by fuzz_csv on the reading side; the audit threw "decimals must be in 0..6" the same way.
    using lkjip::audit::read_printed_value;
    using lkjip::audit::ValueKind;
    const auto v = read_printed_value("92,3205212765957%", ValueKind::Number);
    CHECK(v.decimals == 12);
    CHECK(*v.number == 92.3205212765957);
    // IKU1.1: (202/310 x 100) / 70,58 x 100 = 92,32259892686405...
    CHECK(rules_of({fig("3.1", "IKU1.1", "capaian", "92,3225989")}).empty());
    CHECK(rules_of({fig("3.1", "IKU1.1", "capaian", "92,3225989268640")}).empty());
    CHECK(rules_of({fig("3.1", "IKU1.1", "capaian", "92,3235989")}) == Rules{"hitungan"});
    const auto pesan = [](const std::string& printed) {
        const auto findings =
            lkjip::audit::audit({fig("3.1", "IKU1.1", "capaian", printed)}, dumai()).findings;
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].rule == "pembulatan_dipotong");
        return findings[0].pesan;
    };
    // The value is shown two places finer than printed.
    CHECK(
        pesan("92,32259892") ==
        "nilai 92,3225989269 dipotong menjadi 92,32259892; dibulatkan setengah ke atas menjadi 92,32259893");
    // Finer than 10 places for a value in the tens, the figures are compared with the data's own
    // precision (12 significant digits): equal.
    CHECK(rules_of({fig("3.1", "IKU1.1", "capaian", "92,32259892687")}).empty());
}

TEST_CASE("audit: an amount printed beyond int64 is shown in its magnitude, not wrapped") {
    const auto findings =
        lkjip::audit::audit({fig("1.4", "2.17.03", "pagu", "99.999.999.999.999.999.999.999")}, dumai())
            .findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "angka_primer");
    // 15 significant digits, as far as a double is exact.
    CHECK(findings[0].pesan ==
          "tercetak 100.000.000.000.000.000.000.000, dari data 185.128.000 (selisih "
          "99.999.999.999.999.800.000.000)");
    // Within int64 every rupiah is kept, past the 12 digits a percentage is rounded to.
    const auto trillions =
        lkjip::audit::audit({fig("1.4", "2.17.03", "pagu", "1.234.567.890.123.457")}, dumai()).findings;
    REQUIRE(trillions.size() == 1);
    CHECK(trillions[0].pesan ==
          "tercetak 1.234.567.890.123.457, dari data 185.128.000 (selisih "
          "1.234.567.704.995.457)");
}

TEST_CASE("printed values are read as a reviewer reads them") {
    using lkjip::audit::read_printed_value;
    using lkjip::audit::ValueKind;
    auto v = read_printed_value("Rp. 6.210.455.282,00", ValueKind::Money);
    CHECK(*v.number == 6210455282.0);
    CHECK(v.irregular.empty());
    v = read_printed_value("Rp. 130. 410.000,00", ValueKind::Money);
    CHECK(*v.number == 130410000.0);
    CHECK(v.irregular == "spasi di dalam angka");
    v = read_printed_value("49,17%", ValueKind::Number);
    CHECK(*v.number == doctest::Approx(49.17));
    CHECK(v.decimals == 2);
    v = read_printed_value("1.250", ValueKind::Number);
    CHECK(*v.number == 1250.0);
    v = read_printed_value("91.13%", ValueKind::Number);
    CHECK(*v.number == doctest::Approx(91.13));
    CHECK(v.irregular == "titik dipakai sebagai tanda desimal");
    CHECK_FALSE(read_printed_value("n/a", ValueKind::Number).number);
    CHECK(*read_printed_value("-24,50", ValueKind::Number).number == doctest::Approx(-24.5));
}

TEST_CASE("angka_tercetak.csv: unknown besaran and missing columns are refused with their place") {
    lkjip::Diagnostics d;
    const auto figures = lkjip::input::read_printed_figures(
        "tabel;halaman;objek;besaran;tahun;nilai;catatan\n3.1;;IKU1.1;capain;2023;92,32%;L1\n3.1;;IKU1.1;"
        "target;dua;70;L2\n",
        "angka_tercetak.csv", d);
    REQUIRE(d.items().size() == 2);
    CHECK(lkjip::format_diagnostic(d.items()[0]) ==
          "angka_tercetak.csv:2:4: galat: kolom \"besaran\": besaran tidak dikenal: \"capain\"; maksud Anda "
          "\"capaian\"? (daftar: "
          "fixtures/README.md)");
    CHECK(d.items()[1].where.line == 3);
    CHECK(figures.size() == 1);
}
