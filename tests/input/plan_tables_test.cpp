#include "input/plan_tables.hpp"

#include <doctest/doctest.h>

#include <string>

#include "input/overlay_folder.hpp"

using lkjip::Diagnostic;
using lkjip::Diagnostics;
using lkjip::Severity;

namespace {

std::vector<std::string> errors(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items()) {
        if (x.severity == Severity::Error)
            out.push_back(lkjip::format_diagnostic(x));
    }
    return out;
}

}  // namespace

TEST_CASE("an ordinal indicator's kondisi_awal and target_nasional are levels of its scale") {
    lkjip::test::OverlayFolder f;
    f.extend("indikator.csv", "kode;induk;nama;satuan;arah;formula;target_nasional;keterangan_nasional;skala",
             "IKU1.3;S1;Opini BPK;opini;positif;;WTP;RPJMN;opini_bpk\n"
             "IKU1.4;S1;Nilai SAKIP;nilai;positif;;85;;nilai_sakip\n");
    f.extend("renstra.csv", "kode;kondisi_awal;2021;2022;2023;2024;2025;2026",
             "IKU1.3;wdp;WDP;WTP;WTP;WTP;WTP;WTP\n"
             "IKU1.4;B;B;B;BB;BB;A;A\n");
    Diagnostics d;
    const auto read = f.load(d);
    const std::vector<std::string> e = errors(d);
    const auto* opini = read.opd.find_indicator("IKU1.3");
    REQUIRE(opini != nullptr);
    CHECK(opini->kondisi_awal_label == "WDP");  // written as the scale writes it
    CHECK(opini->kondisi_awal == 3.0);          // its score
    CHECK(opini->target_nasional_label == "WTP");
    CHECK(opini->target_nasional == 4.0);
    // A number is not a level of nilai_sakip.
    REQUIRE(e.size() == 1);
    CHECK(
        e[0].find("kolom \"target_nasional\": tingkat skala nilai_sakip diharapkan (AA, A, BB, B, CC, C, D), "
                  "ditemukan \"85\"") != std::string::npos);
    CHECK(read.opd.find_indicator("IKU1.4")->kondisi_awal_label == "B");
}
