#include "audit/draft_narrative.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "test_support.hpp"

using lkjip::audit::narrative_figures;
using lkjip::audit::sentences_of;

TEST_CASE("draft narrative: sentences end at a full stop before a capital or a digit, not inside a number") {
    CHECK(sentences_of("Capaian 92,32%. Target 70.58 tercapai. 2023 naik") ==
          std::vector<std::string>{"Capaian 92,32%.", "Target 70.58 tercapai.", "2023 naik"});
    CHECK(sentences_of("").empty());
}

TEST_CASE("draft narrative: figures of the indicator a sentence names, or the one named last before it") {
    lkjip::model::DraftDocument doc;
    doc.file = "draf.pdf";
    // Split over two lines of page 6, as a PDF gives them.
    doc.paragraphs = {
        {"Capaian indikator Persentase Koperasi Aktif menunjukkan capaian yang meningkat/ menurun/", 6},
        {"tetap. Realisasi tahun 2022 sebesar 62,50% tercapai Sangat Tinggi dengan predikat Sedang,", 6},
        {"maka capaian tahun 2023 meningkat sebesar 1,12%.", 6},
        {"Tidak ada indikator yang disebut di halaman ini: tercapai Sedang.", 7}};
    const auto figures = narrative_figures(doc, lkjip::test::dumai_performance());
    REQUIRE(figures.size() == 5);
    CHECK(figures[0].tabel == "teks:6");
    CHECK(figures[0].halaman == "6");
    CHECK(figures[0].objek == "IKU1.1");
    CHECK(figures[0].besaran == "perubahan_capaian");
    CHECK(figures[0].nilai == "meningkat/ menurun/ tetap");
    CHECK(figures[1].besaran == "perubahan_capaian");
    CHECK(figures[1].nilai == "1,12%");
    CHECK(figures[2].besaran == "realisasi");
    CHECK(figures[2].tahun == 2022);
    CHECK(figures[2].nilai == "62,50%");
    CHECK(figures[3].besaran == "predikat");
    CHECK(figures[3].nilai == "Sangat Tinggi");
    CHECK(figures[4].nilai == "Sedang");
    CHECK(figures[4].catatan.rfind("draf: kalimat \"Realisasi tahun 2022", 0) == 0);
    // The unfilled template and the predikat that does not follow from the 2022 capaian (91,20) are found,
    // and the two predikat of 2022 disagree; the increase 92,32 - 91,20 = 1,12 is right.
    std::vector<std::string> found;
    for (const auto& f : lkjip::audit::audit(figures, lkjip::test::dumai_performance()).findings)
        found.push_back(f.rule + " " + f.besaran + " " + f.tercetak);
    CHECK(found == std::vector<std::string>{"isian_templat perubahan_capaian meningkat/ menurun/ tetap",
                                            "label predikat Sedang", "beda_antartabel predikat "});
}

TEST_CASE("draft narrative: a direction stated without a number is checked against the sign of the change") {
    lkjip::model::DraftDocument doc;
    // IKU1.2: 73,68 in 2022, 49,18 in 2023 (menurun); IKU1.1: 91,20 then 92,32 (meningkat).
    doc.paragraphs = {
        {"Capaian indikator Persentase Usaha Mikro dan Kecil tahun 2023 menurun dibanding tahun lalu.", 0},
        {"Capaian indikator Persentase Koperasi Aktif menurun dibanding tahun lalu.", 0}};
    const auto figures = narrative_figures(doc, lkjip::test::dumai_performance());
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].objek == "IKU1.2");
    CHECK(figures[0].besaran == "perubahan_capaian");
    CHECK(figures[0].nilai == "menurun");
    CHECK(figures[0].tabel == "teks:draf");
    const auto findings = lkjip::audit::audit(figures, lkjip::test::dumai_performance()).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "arah_perubahan");
    CHECK(findings[0].objek == "IKU1.1");
    CHECK(findings[0].seharusnya == "meningkat");
    CHECK(findings[0].pesan ==
          "tercetak \"menurun\", padahal capaian berubah 1,12 poin dari tahun sebelumnya");
}

TEST_CASE("draft narrative: a capaian stated with \"sebesar\" without \"tercapai\"") {
    lkjip::model::DraftDocument doc;
    doc.paragraphs = {
        {"Capaian IKU Persentase Koperasi Aktif tahun 2023 sebesar 92,23% dengan predikat Sangat Tinggi.", 0},
        // Other figures stated with "sebesar" after "capaian" are not the capaian.
        {"Capaian indikator Persentase Koperasi Aktif meningkat sebesar 1,12%.", 0},
        {"Capaian realisasi anggaran Persentase Koperasi Aktif sebesar 99,37%.", 0},
        {"Capaian kinerja Persentase Usaha Mikro dan Kecil tahun 2022 sebesar 73,68%.", 0}};
    const auto figures = narrative_figures(doc, lkjip::test::dumai_performance());
    std::vector<std::string> read;
    for (const auto& f : figures)
        read.push_back(f.objek + " " + f.besaran + " " + std::to_string(f.tahun) + " " + f.nilai);
    CHECK(read == std::vector<std::string>{"IKU1.1 capaian 2023 92,23%", "IKU1.1 predikat 2023 Sangat Tinggi",
                                           "IKU1.1 perubahan_capaian 2023 1,12%",
                                           "IKU1.2 capaian 2022 73,68%"});
    // 92,23 for 92,32: digits swapped, found; 73,68 is IKU1.2's capaian of 2022.
    const auto findings = lkjip::audit::audit(figures, lkjip::test::dumai_performance()).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "hitungan");
    CHECK(findings[0].seharusnya == "92,32");
}

TEST_CASE("draft narrative: a sentence about a sasaran is not taken as about the indicator named before it") {
    // A DOCX is one page of text (page 0): the sasaran's own predikat must not be read as IKU1.1's.
    lkjip::model::DraftDocument doc;
    doc.file = "draf.docx";
    doc.paragraphs = {{"Capaian indikator Persentase Koperasi Aktif tercapai sebesar 92,32%.", 0},
                      {"Sasaran S1 tercapai dengan predikat Sedang.", 0},
                      {"Indikator Persentase Koperasi Aktif mendapat predikat Sangat Tinggi.", 0}};
    const auto figures = narrative_figures(doc, lkjip::test::dumai_performance());
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].objek == "IKU1.1");
    CHECK(figures[0].besaran == "capaian");
    CHECK(figures[0].tabel == "teks:draf");
    CHECK(figures[1].objek == "IKU1.1");
    CHECK(figures[1].besaran == "predikat");
    CHECK(figures[1].nilai == "Sangat Tinggi");
}
