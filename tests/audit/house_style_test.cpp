#include "audit/house_style.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "compute/performance.hpp"
#include "test_support.hpp"

using lkjip::audit::Notation;
using lkjip::audit::notation_of;
using lkjip::audit::read_in_notation;
using lkjip::audit::ValueKind;
using lkjip::model::PrintedFigure;

namespace {

const lkjip::compute::Performance& dumai() {
    return lkjip::test::dumai_performance();
}

PrintedFigure fig(std::string tabel, std::string objek, std::string besaran, std::string nilai) {
    PrintedFigure f;
    f.tabel = std::move(tabel);
    f.objek = std::move(objek);
    f.besaran = std::move(besaran);
    f.nilai = std::move(nilai);
    f.tahun = 2023;
    f.where = lkjip::SourceLocation::at("angka_tercetak.csv", 2);
    return f;
}

std::vector<std::string> rules_of(const lkjip::audit::Result& r) {
    std::vector<std::string> out;
    for (const lkjip::audit::Finding& f : r.findings)
        out.push_back(f.rule);
    return out;
}

using Rules = std::vector<std::string>;

// Ten percentages of the Dumai fixture, each correctly rounded half up to 1 decimal, as Setda Sumut prints
// them: capaian IKU1.1 92,3226 / IKU1.2 49,1790 / IKU2.1 12,0814 / IKU2.2 33,3077 / S1 70,7508 / OPD
// 46,7227; serapan 2.17.03 99,3723 / 2.17.01 93,2361 / 2.17.07 97,1022; efisiensi 2.17.03 102,4175.
std::vector<PrintedFigure> one_decimal() {
    return {fig("3.1", "IKU1.1", "capaian", "92,3%"), fig("3.1", "IKU1.2", "capaian", "49,2%"),
            fig("3.1", "IKU2.1", "capaian", "12,1%"), fig("3.1", "IKU2.2", "capaian", "33,3%"),
            fig("3.2", "S1", "capaian", "70,8"),      fig("3.2", "opd", "capaian", "46,7"),
            fig("3.5", "2.17.03", "serapan", "99,4"), fig("3.5", "2.17.01", "serapan", "93,2"),
            fig("3.5", "2.17.07", "serapan", "97,1"), fig("3.6", "2.17.03", "efisiensi", "102,4")};
}

// The same figures as an e-SAKIP page prints them: decimal points, thousands commas.
std::vector<PrintedFigure> english() {
    return {fig("3.1", "IKU1.1", "target", "70.58"),
            fig("3.1", "IKU1.1", "realisasi", "65.16"),
            fig("3.1", "IKU1.1", "capaian", "92.32%"),
            fig("3.1", "IKU1.2", "capaian", "49.18%"),
            fig("3.2", "opd", "capaian", "46.72"),
            fig("3.5", "2.17.03", "pagu", "Rp 185,128,000.00"),
            fig("3.5", "2.17.03", "realisasi_anggaran", "183,965,945"),
            fig("3.5", "2.17.03", "serapan", "99.37"),
            fig("3.5", "2.17.01", "pagu", "Rp.6,210,455,282"),
            fig("3.6", "2.17.03", "efisiensi", "102.42")};
}

}  // namespace

TEST_CASE("house style: what one figure's writing shows of its notation") {
    CHECK(notation_of("92,32", ValueKind::Number) == Notation::Indonesian);
    CHECK(notation_of("92.32%", ValueKind::Number) == Notation::English);
    CHECK(notation_of("100", ValueKind::Number) == Notation::Unknown);
    CHECK(notation_of("45 %", ValueKind::Number) == Notation::Unknown);
    // A single mark followed by three digits: 1250 in Indonesian, 1,25 in English.
    CHECK(notation_of("1.250", ValueKind::Number) == Notation::Unknown);
    CHECK(notation_of("1,250", ValueKind::Number) == Notation::Unknown);
    CHECK(notation_of("1.234,5", ValueKind::Number) == Notation::Indonesian);
    CHECK(notation_of("1,234.5", ValueKind::Number) == Notation::English);
    CHECK(notation_of("1.2,3.4", ValueKind::Number) == Notation::Unknown);
    // Money: a lone mark before three digits groups thousands; "Rp." is no mark.
    CHECK(notation_of("1.250", ValueKind::Money) == Notation::Indonesian);
    CHECK(notation_of("Rp. 185.128.000,00", ValueKind::Money) == Notation::Indonesian);
    CHECK(notation_of("Rp.29,970,000", ValueKind::Money) == Notation::English);
    CHECK(notation_of("6210455282.00", ValueKind::Money) == Notation::English);
    CHECK(notation_of("Sangat Tinggi", ValueKind::Label) == Notation::Unknown);
}

TEST_CASE("house style: a figure read in the draft's notation") {
    const auto in_english = read_in_notation("91.13%", ValueKind::Number, Notation::English);
    REQUIRE(in_english.number);
    CHECK(*in_english.number == doctest::Approx(91.13));
    CHECK(in_english.decimals == 2);
    CHECK(in_english.irregular.empty());
    // In an English draft "1.250" is one and a quarter, in an Indonesian one a thousand two hundred fifty.
    CHECK(*read_in_notation("1.250", ValueKind::Number, Notation::English).number == doctest::Approx(1.25));
    CHECK(read_in_notation("1.250", ValueKind::Number, Notation::English).decimals == 3);
    CHECK(*read_in_notation("1.250", ValueKind::Number, Notation::Indonesian).number == 1250);
    const auto money = read_in_notation("Rp.6,210,455,282.00", ValueKind::Money, Notation::English);
    CHECK(*money.number == 6210455282.0);
    CHECK(money.irregular.empty());
    // The Indonesian figure among English ones is read as written, and its writing noted.
    const auto odd = read_in_notation("92,32", ValueKind::Number, Notation::English);
    CHECK(*odd.number == doctest::Approx(92.32));
    CHECK(odd.irregular == "notasi Indonesia di antara angka bernotasi Inggris");
    // An Indonesian draft reads as before: the decimal point is noted.
    CHECK(read_in_notation("91.13", ValueKind::Number, Notation::Indonesian).irregular ==
          "titik dipakai sebagai tanda desimal");
}

TEST_CASE("house style: every percentage at 1 decimal is one note, and the values are judged at 1 decimal") {
    const lkjip::audit::Result r = lkjip::audit::audit(one_decimal(), dumai());
    CHECK(r.findings.empty());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].jenis == "gaya_desimal");
    CHECK(r.notes[0].pesan ==
          "setiap persentase dicetak dengan 1 desimal (10 dari 10 persentase; contoh 92,3%): persentase "
          "diperiksa pada 1 desimal, bukan tampilan.desimal 2, dan tidak dicatat per angka sebagai "
          "presisi_kurang (batas gaya: reviu.gaya_porsi_minimal 80%, reviu.gaya_angka_minimal 5 angka)");

    // A wrong value is still found, at the style's precision; a truncation too (49,179 printed 49,1).
    std::vector<PrintedFigure> wrong = one_decimal();
    wrong[0].nilai = "93,2%";
    wrong[1].nilai = "49,1%";
    const lkjip::audit::Result w = lkjip::audit::audit(wrong, dumai());
    CHECK(w.notes.size() == 1);
    REQUIRE(rules_of(w) == Rules{"hitungan", "pembulatan_dipotong"});
    CHECK(w.findings[0].objek == "IKU1.1");
    CHECK(w.findings[0].seharusnya == "92,3");
    CHECK(w.findings[1].seharusnya == "49,2");
}

TEST_CASE("house style: below the thresholds every figure is judged on its own, as without a style") {
    // Mixed: 5 of 10 at 1 decimal (50 % < 80 %): no note, each 1-decimal figure is presisi_kurang except
    // 97,1 (serapan 2.17.07 is 97,1022: 97,10 at 2 decimals, nothing lost).
    std::vector<PrintedFigure> mixed = one_decimal();
    mixed[0].nilai = "92,32%";
    mixed[1].nilai = "49,18%";
    mixed[2].nilai = "12,08%";
    mixed[3].nilai = "33,31%";
    mixed[4].nilai = "70,75";
    const lkjip::audit::Result m = lkjip::audit::audit(mixed, dumai());
    CHECK(m.notes.empty());
    CHECK(rules_of(m) == Rules(4, "presisi_kurang"));

    // The share: 8 of 10 is 80 % (a style), 7 of 10 is not.
    std::vector<PrintedFigure> eight = one_decimal();
    eight[0].nilai = "92,32%";
    eight[1].nilai = "49,18%";
    CHECK(lkjip::audit::audit(eight, dumai()).notes.size() == 1);
    CHECK(lkjip::audit::audit(eight, dumai()).findings.empty());
    std::vector<PrintedFigure> seven = eight;
    seven[2].nilai = "12,08%";
    CHECK(lkjip::audit::audit(seven, dumai()).notes.empty());
    CHECK(rules_of(lkjip::audit::audit(seven, dumai())) == Rules(6, "presisi_kurang"));  // 97,1 again

    // The count: 4 figures, all at 1 decimal, are fewer than reviu.gaya_angka_minimal 5.
    const std::vector<PrintedFigure> ten = one_decimal();
    const std::vector<PrintedFigure> four(ten.begin(), ten.begin() + 4);
    CHECK(lkjip::audit::audit(four, dumai()).notes.empty());
    CHECK(rules_of(lkjip::audit::audit(four, dumai())) == Rules(4, "presisi_kurang"));
    // ... unless the convention says 4 are enough.
    lkjip::model::Conventions four_enough = dumai().conventions;
    four_enough.review.style_min_figures = 4;
    const lkjip::compute::Performance p = lkjip::compute::compute(*dumai().opd, four_enough);
    CHECK(lkjip::audit::audit(four, p).notes.size() == 1);
    CHECK(lkjip::audit::audit(four, p).findings.empty());
}

TEST_CASE("house style: English notation throughout is one note, and the figures are read in it") {
    const lkjip::audit::Result r = lkjip::audit::audit(english(), dumai());
    CHECK(r.findings.empty());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].jenis == "notasi_inggris");
    CHECK(
        r.notes[0].pesan ==
        "angka dicetak dengan notasi Inggris (titik desimal, koma pemisah ribuan; contoh 70.58) pada 10 dari "
        "10 angka yang menunjukkan notasinya: angka dibaca dengan notasi itu dan penulisannya tidak dicatat "
        "per angka (batas gaya: reviu.gaya_porsi_minimal 80%, reviu.gaya_angka_minimal 5 angka)");
    // A wrong value is still found, and shown in the data's notation.
    std::vector<PrintedFigure> wrong = english();
    wrong[2].nilai = "92.23%";
    const lkjip::audit::Result w = lkjip::audit::audit(wrong, dumai());
    REQUIRE(rules_of(w) == Rules{"hitungan"});
    CHECK(w.findings[0].seharusnya == "92,32");
    // One Indonesian figure among nine English ones (90 %): still the style, that one figure noted.
    std::vector<PrintedFigure> one_odd = english();
    one_odd[3].nilai = "49,18%";
    const lkjip::audit::Result o = lkjip::audit::audit(one_odd, dumai());
    CHECK(o.notes.size() == 1);
    REQUIRE(rules_of(o) == Rules{"penulisan_angka"});
    CHECK(o.findings[0].pesan == "notasi Indonesia di antara angka bernotasi Inggris");
}

TEST_CASE("house style: mixed notations are judged figure by figure, as before") {
    // 5 English, 5 Indonesian: no note; each English figure is a penulisan_angka warning, as before.
    std::vector<PrintedFigure> mixed = english();
    mixed[0].nilai = "70,58";
    mixed[1].nilai = "65,16";
    mixed[2].nilai = "92,32%";
    mixed[3].nilai = "49,18%";
    mixed[4].nilai = "46,72";
    const lkjip::audit::Result m = lkjip::audit::audit(mixed, dumai());
    CHECK(m.notes.empty());
    // And read in Indonesian notation, "Rp 185,128,000.00" is 18.512.800.000 (its cents taken for digits),
    // which makes the serapan printed beside it wrong too: what reading the whole draft in English avoids.
    CHECK(rules_of(m) == Rules{"angka_primer", "serapan_tercetak", "penulisan_angka", "penulisan_angka",
                               "penulisan_angka", "penulisan_angka", "penulisan_angka"});
}
