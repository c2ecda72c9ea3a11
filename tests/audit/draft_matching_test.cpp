#include "audit/draft_matching.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "test_support.hpp"

using lkjip::audit::besaran_of_header;
using lkjip::audit::match_draft;
using lkjip::audit::same_name;
using lkjip::model::DraftCell;
using lkjip::model::DraftDocument;
using lkjip::model::DraftRow;
using lkjip::model::DraftTable;

namespace {

DraftCell c(std::string text, std::vector<std::string> headers = {}) {
    return DraftCell{std::move(text), std::move(headers), ""};
}

}  // namespace

TEST_CASE("draft matching: names tolerate case, punctuation, spaces and a few letters, not another name") {
    CHECK(same_name("PERSENTASE  KOPERASI AKTIF.", "Persentase Koperasi Aktif"));
    CHECK(same_name("Persentase Koprasi Aktif", "Persentase Koperasi Aktif"));  // one letter dropped
    CHECK_FALSE(same_name("Persentase Usaha Mikro dan Kecil", "Persentase Koperasi Aktif"));
    CHECK_FALSE(same_name("Aktif", "Aktf"));  // short names must be equal
    CHECK_FALSE(same_name("", "Persentase Koperasi Aktif"));
}

TEST_CASE("draft matching: a column's quantity from its headers, the lowest first") {
    CHECK(besaran_of_header({"Tahun 2023", "Target"}, true) == "target");
    CHECK(besaran_of_header({"Tahun 2023", "Capaian", "(%)"}, true) == "capaian");
    CHECK(besaran_of_header({"Pagu Murni dan Perubahan", "Pagu Anggaran (Rp)", "APBD Perubahan"}, true) ==
          "pagu_perubahan");
    CHECK(besaran_of_header({"Pagu Anggaran (Rp)", "APBD Murni"}, true) == "pagu_murni");
    CHECK(besaran_of_header({"Anggaran", "Realisasi (Rp)"}, true) == "realisasi_anggaran");
    CHECK(besaran_of_header({"Anggaran", "Capaian (%)"}, true) == "serapan");
    CHECK(besaran_of_header({"Tingkat Efisiensi"}, false) == "kategori_efisiensi");
    CHECK(besaran_of_header({"Tingkat Efisiensi"}, true) == "efisiensi");
    CHECK(besaran_of_header({"Target Akhir Renstra", "(2026)"}, true) == "target_akhir_renstra");
    CHECK(besaran_of_header({"Satuan"}, false) == "-");
    CHECK(besaran_of_header({"Keterangan"}, true) == "-");
    CHECK(besaran_of_header({"Lain-lain"}, true).empty());
}

TEST_CASE("draft matching: rows by name and code, sasaran columns, the year in the header, unmatched kept") {
    DraftTable t;
    t.caption = "Tabel 3.1.1 Pengukuran Kinerja";
    t.page = 4;
    DraftRow r1;
    r1.page = 4;
    r1.cells = {c("1", {"No"}),
                c("Meningkatkan kesejahteraan masyarakat anggota koperasi dan UKM", {"Sasaran Strategis"}),
                c("persentase koperasi  aktif", {"Indikator Kinerja Utama"}),
                c("70,58", {"Tahun 2023", "Target"}),
                c("92,32%", {"Tahun 2023", "Capaian (%)"}),
                c("Sangat Tinggi", {"Tahun 2023", "Predikat"}),
                c("70,75%", {"Capaian Sasaran", "Capaian (%)"}),
                c("62,50", {"Tahun 2022", "Realisasi"}),
                c("12", {"Kolom Lain"})};
    DraftRow r2;
    r2.page = 5;
    r2.cells = {c("2.17.03", {"Kode"}), c("Program Pengawasan", {"Program"}),
                c("185.128.000", {"Anggaran", "Pagu (Rp)"}), c("99,37%", {"Serapan (%)"})};
    DraftRow r3;
    r3.cells = {c("9"), c("Indikator yang tidak ada"), c("50", {"Target"})};
    t.rows = {r1, r2, r3};
    DraftDocument doc;
    doc.file = "draf.pdf";
    doc.tables = {t};
    const lkjip::audit::DraftFigures got = match_draft(doc, lkjip::test::dumai_performance());
    REQUIRE(got.matched.size() == 7);
    CHECK(got.matched[0].tabel == "3.1.1");
    CHECK(got.matched[0].halaman == "4");
    CHECK(got.matched[0].objek == "IKU1.1");
    CHECK(got.matched[0].besaran == "target");
    CHECK(got.matched[0].tahun == 2023);
    CHECK(got.matched[0].nilai == "70,58");
    CHECK(
        got.matched[0].catatan ==
        "draf: tabel 3.1.1, halaman 4, baris \"persentase koperasi  aktif\", kolom \"Tahun 2023 / Target\"");
    CHECK(got.matched[0].where.file == "draf.pdf");
    CHECK(got.matched[2].besaran == "predikat");
    CHECK(got.matched[3].objek == "S1");
    CHECK(got.matched[3].besaran == "capaian");
    CHECK(got.matched[4].besaran == "realisasi");
    CHECK(got.matched[4].tahun == 2022);
    CHECK(got.matched[5].objek == "2.17.03");
    CHECK(got.matched[5].besaran == "pagu");
    CHECK(got.matched[5].halaman == "5");
    CHECK(got.matched[6].besaran == "serapan");
    REQUIRE(got.unmatched.size() == 2);
    CHECK(got.unmatched[0].nilai == "12");
    CHECK(got.unmatched[0].alasan == "kolom tanpa besaran yang dikenal");
    CHECK(got.unmatched[1].nilai == "50");
    CHECK(got.unmatched[1].tempat.find("baris \"?\"") != std::string::npos);
    CHECK(got.read() == 9);
    // Every matched figure follows from the data: the checks run on them unchanged and find nothing.
    CHECK(lkjip::audit::audit(got.matched, lkjip::test::dumai_performance()).findings.empty());
}

TEST_CASE("draft matching: a sasaran's label cut by the row border is joined; a changed figure is found") {
    DraftTable t;
    t.caption = "Tabel 3.1.1";
    DraftRow r1, r2;
    r1.cells = {c("3"), c("Persentase Kontribusi Sektor Industri terhadap PDRB"),
                c("Sangat", {"Capaian Sasaran", "Predikat"}), c("12,80%", {"Capaian (%)"})};
    r2.cells = {c("4"), c("Persentase Cakupan Bina Kelompok Pengrajin"),
                c("Rendah", {"Capaian Sasaran", "Predikat"})};
    t.rows = {r1, r2};
    DraftDocument doc;
    doc.tables = {t};
    const lkjip::audit::DraftFigures got = match_draft(doc, lkjip::test::dumai_performance());
    REQUIRE(got.matched.size() == 2);
    CHECK(got.matched[0].objek == "S2");
    CHECK(got.matched[0].nilai == "Sangat Rendah");
    CHECK(got.matched[1].objek == "IKU2.1");
    const auto findings = lkjip::audit::audit(got.matched, lkjip::test::dumai_performance()).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].objek == "IKU2.1");
    CHECK(findings[0].tabel == "3.1.1");
}
