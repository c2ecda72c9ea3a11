#include "input/quarter_values.hpp"

#include <doctest/doctest.h>

#include <string>

#include "input/folder_reader.hpp"
#include "input/overlay_folder.hpp"

using lkjip::Diagnostic;
using lkjip::Diagnostics;
using lkjip::Severity;
using lkjip::input::InputRead;
using lkjip::model::Akumulasi;

namespace {

const std::string kRealisasiHeader = "kode;tahun;realisasi;pembilang;penyebut;catatan;triwulan";
const std::string kPkHeader = "tahun;revisi;tanggal;kode;target;triwulan";
const std::string kAnggaranHeader =
    "kode;induk;nama;pagu_murni;pagu_perubahan;realisasi;sasaran;iku;sumber_dana;triwulan";

std::vector<std::string> errors(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items()) {
        if (x.severity == Severity::Error)
            out.push_back(lkjip::format_diagnostic(x));
    }
    return out;
}

bool any_contains(const std::vector<std::string>& lines, const std::string& part) {
    for (const std::string& l : lines) {
        if (l.find(part) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("default_akumulasi: by satuan, by scale, none for a count") {
    CHECK(lkjip::input::default_akumulasi("%", false) == Akumulasi::Terakhir);
    CHECK(lkjip::input::default_akumulasi(" Persen ", false) == Akumulasi::Terakhir);
    CHECK(lkjip::input::default_akumulasi("koperasi", true) == Akumulasi::Terakhir);  // any label
    CHECK_FALSE(lkjip::input::default_akumulasi("koperasi", false).has_value());
    CHECK_FALSE(lkjip::input::default_akumulasi("", false).has_value());
}

TEST_CASE("realisasi.csv quarter rows: values as written, pembilang/penyebut per quarter, annual untouched") {
    lkjip::test::OverlayFolder f;
    f.extend("realisasi.csv", kRealisasiHeader,
             "IKU1.1;2023;60,5;;;TW I;1\n"
             "IKU1.1;2023;;190;300;;TW II\n"
             "IKU1.1;2023;64,125;;;;triwulan 3\n"
             "IKU1.1;2023;65,16;;;;IV\n");
    Diagnostics d;
    const InputRead read = f.load(d);
    CHECK(errors(d).empty());
    const lkjip::model::Indicator* ind = read.opd.find_indicator("IKU1.1");
    REQUIRE(ind != nullptr);
    CHECK(ind->akumulasi == Akumulasi::Terakhir);  // satuan %
    CHECK(ind->akumulasi_bawaan);
    const lkjip::model::YearValues& y = ind->years.at(2023);
    CHECK(y.realisasi == 65.16);  // the annual row as before
    REQUIRE(y.triwulan[0].has_value());
    CHECK(y.triwulan[0]->realisasi == 60.5);
    CHECK(y.triwulan[0]->realisasi_decimals == 1);
    CHECK(y.triwulan[0]->catatan == "TW I");
    CHECK_FALSE(y.triwulan[1]->realisasi.has_value());
    CHECK(y.triwulan[1]->pembilang == 190.0);
    CHECK(y.triwulan[1]->penyebut == 300.0);
    CHECK(y.triwulan[2]->realisasi_decimals == 3);
    CHECK(y.triwulan[3]->realisasi == 65.16);
    CHECK(y.triwulan[3]->realisasi_where.line > 0);
    CHECK(y.has_quarters());
    CHECK_FALSE(ind->years.at(2022).has_quarters());
}

TEST_CASE("realisasi.csv: a bad triwulan, a quarter twice, a quarter disagreeing with its counts") {
    lkjip::test::OverlayFolder f;
    f.extend("realisasi.csv", kRealisasiHeader,
             "IKU1.1;2023;60;;;;5\n"
             "IKU1.1;2023;61;;;;2\n"
             "IKU1.1;2023;62;;;;II\n"
             "IKU1.2;2023;50;1;3;;1\n");
    Diagnostics d;
    f.load(d);
    const std::vector<std::string> e = errors(d);
    CHECK(e.size() == 3);
    CHECK(any_contains(e, "kolom \"triwulan\": 1, 2, 3 atau 4 (TW I-IV) diharapkan, ditemukan \"5\""));
    CHECK(any_contains(e, "realisasi \"IKU1.1\" tahun 2023 TW II ganda (sudah ada di baris"));
    CHECK(any_contains(e, "realisasi 50 tidak sesuai dengan pembilang/penyebut 1/3 x 100 = 33,3333"));
}

TEST_CASE("a quarter of an indicator without accumulation rule is reported once, naming the column") {
    lkjip::test::OverlayFolder f;
    std::string ind = f.read("indikator.csv");
    const std::string from = "IKU2.2;S2;Persentase Cakupan Bina Kelompok Pengrajin;%;";
    ind.replace(ind.find(from), from.size(),
                "IKU2.2;S2;Persentase Cakupan Bina Kelompok Pengrajin;kelompok;");
    f.write("indikator.csv", ind);
    f.extend("realisasi.csv", kRealisasiHeader, "IKU2.2;2023;1;;;;1\nIKU2.2;2023;2;;;;2\n");
    Diagnostics d;
    const InputRead read = f.load(d);
    const std::vector<std::string> e = errors(d);
    REQUIRE(e.size() == 1);
    CHECK(any_contains(e, "indikator \"IKU2.2\" diisi per triwulan tetapi tidak punya aturan akumulasi"));
    CHECK(any_contains(e, "(indikator.csv baris 9)"));
    CHECK_FALSE(read.opd.find_indicator("IKU2.2")->akumulasi.has_value());
}

TEST_CASE("indikator.csv akumulasi: written, misspelt, and only terakhir for a label") {
    lkjip::test::OverlayFolder f;
    f.extend("indikator.csv",
             "kode;induk;nama;satuan;arah;formula;target_nasional;keterangan_nasional;akumulasi;skala",
             "IKU9;S1;Jumlah pelatihan;kegiatan;positif;;;;jumlah;\n"
             "IKU10;S1;Jumlah rata;kegiatan;positif;;;;rata-rata;\n"
             "IKU11;S1;Opini;opini;positif;;;;jumlah;opini_bpk\n"
             "IKU12;S1;Opini;opini;positif;;;;;opini_bpk\n"
             "IKU13;S1;Salah ketik;kegiatan;positif;;;;jumlh;\n");
    Diagnostics d;
    const InputRead read = f.load(d);
    const std::vector<std::string> e = errors(d);
    CHECK(read.opd.find_indicator("IKU9")->akumulasi == Akumulasi::Jumlah);
    CHECK_FALSE(read.opd.find_indicator("IKU9")->akumulasi_bawaan);
    CHECK(read.opd.find_indicator("IKU10")->akumulasi == Akumulasi::RataRata);  // normalised: rata-rata
    CHECK(read.opd.find_indicator("IKU12")->akumulasi == Akumulasi::Terakhir);
    CHECK(
        any_contains(e, "hanya dapat diakumulasi \"terakhir\" (label triwulan terakhir), bukan \"jumlah\""));
    CHECK(
        any_contains(e,
                     "kolom \"akumulasi\": jumlah, terakhir atau rata_rata diharapkan, ditemukan \"jumlh\"; "
                     "maksud Anda \"jumlah\"?"));
    CHECK(e.size() == 2);
}

TEST_CASE("perjanjian_kinerja.csv quarter targets go on their revision; without the annual target refused") {
    lkjip::test::OverlayFolder f;
    f.extend("perjanjian_kinerja.csv", kPkHeader,
             "2023;1;2023-09-25;IKU1.1;68;3\n"
             "2023;1;2023-09-25;IKU1.1;70,58;4\n"
             "2023;2;;IKU1.1;71;4\n"
             "2023;1;;IKU1.1;69;3\n");
    Diagnostics d;
    const InputRead read = f.load(d);
    const std::vector<std::string> e = errors(d);
    CHECK(e.size() == 2);
    CHECK(any_contains(e, "target TW IV PK 2023 revisi 2 untuk \"IKU1.1\" tanpa target tahunannya"));
    CHECK(any_contains(e, "PK 2023 revisi 1 TW III untuk \"IKU1.1\" ganda"));
    const auto& pk = read.opd.find_indicator("IKU1.1")->years.at(2023).pk;
    REQUIRE(pk.size() == 2);
    CHECK_FALSE(pk[0].triwulan[2].has_value());
    REQUIRE(pk[1].triwulan[2].has_value());
    CHECK(pk[1].triwulan[2]->target.lower == 68.0);
    CHECK(pk[1].triwulan[3]->target.lower == 70.58);
    CHECK(pk[1].triwulan[3]->target.decimals == 2);
}

TEST_CASE("anggaran.csv quarter rows: kode, triwulan and realisasi only; unknown and twice refused") {
    lkjip::test::OverlayFolder f;
    f.extend("anggaran.csv", kAnggaranHeader,
             "2.17.06.2.01.0001;;;;;20.000.000;;;;1\n"
             "2.17.06.2.01.0001;;Penumbuhan;;;Rp 30.000.000;;;;2\n"
             "2.17.06.2.01.0001;;;;;1;;;;2\n"
             "2.17.06.2.01.0009;;;;;5;;;;1\n"
             "2.17.06.2.01.0001;;;100;;5;;;;3\n"
             "2.17.06.2.01.0001;;;;;;;;;4\n");
    Diagnostics d;
    const InputRead read = f.load(d);
    const std::vector<std::string> e = errors(d);
    CHECK(e.size() == 4);
    CHECK(any_contains(e, "realisasi TW II \"2.17.06.2.01.0001\" ganda"));
    CHECK(any_contains(e, "\"2.17.06.2.01.0009\" TW I: kode tidak ada di baris tahunan anggaran.csv"));
    CHECK(any_contains(e, "kolom \"pagu_murni\": baris triwulan hanya memuat kode, triwulan dan realisasi"));
    CHECK(any_contains(e, "kolom \"realisasi\": nilai wajib diisi pada baris triwulan"));
    const lkjip::model::BudgetItem* item = read.opd.find_budget_item("2.17.06.2.01.0001");
    REQUIRE(item != nullptr);
    CHECK(item->realisasi == 96725298);  // the annual row as before
    CHECK(item->realisasi_triwulan[0] == 20000000);
    CHECK(item->realisasi_triwulan[1] == 30000000);
    CHECK_FALSE(item->realisasi_triwulan[2].has_value());
    CHECK_FALSE(item->realisasi_triwulan[3].has_value());
}
