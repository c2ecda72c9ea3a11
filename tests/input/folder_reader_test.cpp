#include "input/folder_reader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "input/convention_reader.hpp"
#include "rules/budget_rollup.hpp"

namespace fs = std::filesystem;

using lkjip::Diagnostic;
using lkjip::Diagnostics;
using lkjip::InputError;
using lkjip::Severity;
using lkjip::input::CsvLimits;
using lkjip::input::InputRead;
using lkjip::input::read_folder;

namespace {

const fs::path kDumai = fs::path(LKJIP_SOURCE_DIR) / "fixtures" / "dumai-2023";

// A copy of the Dumai fixture in a fresh temporary folder, removed when the test ends.
class TempFolder {
  public:
    TempFolder() {
        std::random_device rd;
        path_ =
            fs::temp_directory_path() / ("lkjip-folder-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
        for (const auto& entry : fs::directory_iterator(kDumai)) {
            if (entry.path().extension() == ".csv" || entry.path().filename() == "profil.ini") {
                fs::copy_file(entry.path(), path_ / entry.path().filename());
            }
        }
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const fs::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).lexically_normal().string(); }

    std::string read(const std::string& name) const {
        std::ifstream in(path_ / name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    void write(const std::string& name, const std::string& content) const {
        std::ofstream out(path_ / name, std::ios::binary | std::ios::trunc);
        out << content;
    }
    // Replaces the one occurrence of `from` in `name`.
    void replace(const std::string& name, const std::string& from, const std::string& to) const {
        std::string content = read(name);
        const std::size_t at = content.find(from);
        REQUIRE(at != std::string::npos);
        REQUIRE(content.find(from, at + 1) == std::string::npos);
        content.replace(at, from.size(), to);
        write(name, content);
    }

  private:
    fs::path path_;
};

std::vector<const Diagnostic*> errors_of(const Diagnostics& d) {
    std::vector<const Diagnostic*> out;
    for (const Diagnostic& x : d.items()) {
        if (x.severity == Severity::Error)
            out.push_back(&x);
    }
    return out;
}

}  // namespace

TEST_CASE("the Dumai fixture reads without a problem") {
    Diagnostics diagnostics;
    const InputRead read = read_folder(kDumai.string(), diagnostics);
    for (const Diagnostic& d : diagnostics.items())
        CAPTURE(lkjip::format_diagnostic(d));
    CHECK(diagnostics.error_count() == 0);
    CHECK(diagnostics.warning_count() == 0);  // the belanja/program difference is found by compute

    const lkjip::model::Opd& opd = read.opd;
    CHECK(opd.profile.tahun == 2023);
    CHECK(opd.profile.pemda == "Kota Dumai");
    CHECK(opd.profile.renstra_awal == 2021);
    CHECK(opd.profile.renstra_akhir == 2026);
    CHECK(opd.profile.kepala.nip == "19740925 199502 1 001");
    CHECK(opd.profile.misi.size() == 1);
    CHECK(read.konvensi.entries.empty());

    CHECK(opd.tujuan.size() == 2);
    CHECK(opd.sasaran.size() == 2);
    CHECK(opd.indicators.size() == 12);
    const auto count_level = [&](lkjip::model::IndicatorLevel level) {
        return std::count_if(opd.indicators.begin(), opd.indicators.end(),
                             [&](const auto& ind) { return ind.level == level; });
    };
    CHECK(count_level(lkjip::model::IndicatorLevel::Tujuan) == 2);
    CHECK(count_level(lkjip::model::IndicatorLevel::Sasaran) == 4);
    CHECK(count_level(lkjip::model::IndicatorLevel::Program) == 6);
    CHECK(opd.budget.size() == 18);
    const auto count_budget = [&](lkjip::model::BudgetLevel level) {
        return std::count_if(opd.budget.begin(), opd.budget.end(),
                             [&](const auto& item) { return item.level == level; });
    };
    CHECK(count_budget(lkjip::model::BudgetLevel::Program) == 6);
    CHECK(count_budget(lkjip::model::BudgetLevel::Kegiatan) == 5);
    CHECK(count_budget(lkjip::model::BudgetLevel::SubKegiatan) == 7);
    CHECK(opd.belanja.size() == 2);

    // Values as written, with their place in the files.
    const lkjip::model::Indicator* iku = opd.find_indicator("IKU1.1");
    REQUIRE(iku != nullptr);
    CHECK(iku->where.file == (kDumai / "indikator.csv").lexically_normal().string());
    CHECK(iku->where.line == 6);
    const lkjip::model::YearValues& y = iku->years.at(2023);
    CHECK(y.realisasi == 65.16);
    CHECK(y.realisasi_decimals == 2);
    CHECK(y.pembilang == 202.0);
    CHECK(y.penyebut == 310.0);
    REQUIRE(y.pk.size() == 2);
    CHECK(y.pk[1].revisi == 1);
    CHECK(y.pk[1].tanggal == "2023-09-25");
    CHECK(y.pk[1].target.lower == 70.58);
    REQUIRE(y.target_renstra.has_value());
    CHECK(y.target_renstra->lower == 70.58);
    CHECK(opd.find_indicator("IKU1.2")->years.at(2023).pk.back().target.lower == 45.0);  // "45 %"

    const lkjip::model::BudgetItem* penunjang = opd.find_budget_item("2.17.01");
    REQUIRE(penunjang != nullptr);
    CHECK(penunjang->pagu_murni == 5'463'540'612);  // "Rp. 5.463.540.612,00"
    CHECK(penunjang->pagu_perubahan == 6'210'455'282);
    CHECK(penunjang->iku.empty());
    CHECK(opd.find_budget_item("2.17.07.2.01.0002")->induk == "2.17.07.2.01");
    CHECK(opd.find_budget_item("2.17.07.2.01")->induk == "2.17.07");
}

TEST_CASE("program 2.17.07: realisasi rolled up from its sub kegiatan") {
    Diagnostics diagnostics;
    const InputRead read = read_folder(kDumai.string(), diagnostics);
    const lkjip::model::BudgetItem* program = read.opd.find_budget_item("2.17.07");
    REQUIRE(program != nullptr);
    CHECK(program->level == lkjip::model::BudgetLevel::Program);
    CHECK(program->pagu_murni == 480'146'080);
    CHECK_FALSE(program->pagu_perubahan.has_value());  // stated by its sub kegiatan only
    CHECK_FALSE(program->realisasi.has_value());
    CHECK(program->iku == std::vector<std::string>{"IKU1.2"});
    CHECK(program->sasaran == "S1");

    const lkjip::model::Conventions conventions = lkjip::input::load_conventions({});
    Diagnostics rollup;
    const lkjip::rules::BudgetTree tree = lkjip::rules::roll_up(read.opd.budget, conventions.budget, rollup);
    CHECK(rollup.error_count() == 0);
    CHECK(rollup.warning_count() == 0);
    const auto it = std::find_if(tree.nodes.begin(), tree.nodes.end(),
                                 [](const auto& n) { return n.item->kode == "2.17.07"; });
    REQUIRE(it != tree.nodes.end());
    CHECK(it->children.size() == 1);
    // 1.645.650.480 + 158.728.060 + 209.360.000 (subbab 3.7), not the 1.855.010.480 printed in Tabel 3.5.1.
    CHECK(it->amounts.realisasi == 2'013'738'540);
    CHECK(it->amounts.pagu_perubahan == 1'705'474'100 + 159'000'000 + 209'360'000);
    CHECK(it->amounts.pagu_murni == 480'146'080);
    CHECK(it->amounts.pagu() == 2'073'834'100);
}

TEST_CASE("a missing folder, or a file given as the folder, is refused at once") {
    Diagnostics diagnostics;
    const std::string missing = (fs::temp_directory_path() / "lkjip-tidak-ada-folder-ini").string();
    try {
        read_folder(missing, diagnostics);
        FAIL("tidak ada galat");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().message == "folder tidak ditemukan");
        CHECK(e.diagnostic().where.file == missing);
    }
    const std::string file = (kDumai / "tujuan.csv").string();
    try {
        read_folder(file, diagnostics);
        FAIL("tidak ada galat");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().message == "folder masukan diharapkan, ditemukan berkas");
        CHECK(e.diagnostic().where.file == file);
    }
    CHECK(diagnostics.items().empty());
}

TEST_CASE("a field up to the limit is read; one byte more is refused, in that file only") {
    const CsvLimits limits;
    REQUIRE(limits.max_field_bytes == 1024u * 1024u);
    const std::string from = "IP-3.31.02;2023;40;;;Tabel 1.4 dan 3.6.1";
    {
        // Text up to an Excel cell's 32.767 characters (two-byte characters count once) is read.
        TempFolder folder;
        std::string catatan;
        for (int i = 0; i < 32767; ++i)
            catatan += "\xC3\xA9";  // é
        folder.replace("realisasi.csv", from, "IP-3.31.02;2023;40;;;" + catatan);
        Diagnostics diagnostics;
        const InputRead read = read_folder(folder.path().string(), diagnostics);
        CHECK(diagnostics.error_count() == 0);
        CHECK(read.opd.find_indicator("IP-3.31.02")->years.at(2023).catatan == catatan);
    }
    {
        // Longer text fits the CSV reader's field limit but no report cell: refused at reading, located.
        TempFolder folder;
        folder.replace("realisasi.csv", from,
                       "IP-3.31.02;2023;40;;;" + std::string(limits.max_field_bytes, 'x'));
        Diagnostics diagnostics;
        read_folder(folder.path().string(), diagnostics);
        const auto errors = errors_of(diagnostics);
        REQUIRE(errors.size() == 1);
        CHECK(lkjip::format_diagnostic(*errors[0]) == folder.file("realisasi.csv") +
                                                          ":23:6: galat: teks terlalu panjang: 1.048.576 "
                                                          "karakter; batas Excel 32.767 karakter per sel");
    }
    {
        TempFolder folder;
        folder.replace("realisasi.csv", from,
                       "IP-3.31.02;2023;40;;;" + std::string(limits.max_field_bytes + 1, 'x'));
        Diagnostics diagnostics;
        const InputRead read = read_folder(folder.path().string(), diagnostics);
        const auto errors = errors_of(diagnostics);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0]->message == "kolom terlalu panjang: lebih dari 1.048.576 byte");
        CHECK(errors[0]->where.file == folder.file("realisasi.csv"));
        CHECK(errors[0]->where.line == 23);
        CHECK(errors[0]->where.column == 6);
        // The other files were read.
        CHECK(read.opd.indicators.size() == 12);
        CHECK(read.opd.budget.size() == 18);
    }
}

TEST_CASE("a 16 MiB line is refused without loading it as a value") {
    TempFolder folder;
    // A quoted field that never closes the line: what a broken export of a memo column looks like.
    const std::string huge(16u * 1024u * 1024u, 'a');
    folder.replace("tujuan.csv", "T2;Meningkatkan", "T2;\"" + huge + "\";Meningkatkan");
    Diagnostics diagnostics;
    const InputRead read = read_folder(folder.path().string(), diagnostics);
    const auto errors = errors_of(diagnostics);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0]->message == "kolom terlalu panjang: lebih dari 1.048.576 byte");
    CHECK(errors[0]->where.file == folder.file("tujuan.csv"));
    CHECK(errors[0]->where.line == 4);
    CHECK(errors[0]->where.column == 2);
    CHECK(read.opd.tujuan.empty());
}

TEST_CASE("a file over the size limit is refused before it is read") {
    TempFolder folder;
    CsvLimits limits;
    limits.max_file_bytes = 2u * 1024u * 1024u;
    // 3 MiB and one byte; a comment line pads it, so the content itself is valid.
    std::string big = folder.read("belanja.csv");
    const std::size_t size = 3u * 1024u * 1024u + 1u;
    big += "# " + std::string(size - big.size() - 3u, 'k') + "\n";
    REQUIRE(big.size() == size);
    folder.write("belanja.csv", big);
    Diagnostics diagnostics;
    read_folder(folder.path().string(), diagnostics, limits);
    const auto errors = errors_of(diagnostics);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]->message == "berkas terlalu besar (3 MiB; batas 2 MiB; ubah dengan --max-file-mb)");
    CHECK(errors[0]->where.file == folder.file("belanja.csv"));
    CHECK(errors[0]->where.line == 0);

    // read_csv applies the same limit to content it is given directly.
    try {
        lkjip::input::read_csv(big, "belanja.csv", limits);
        FAIL("tidak ada galat");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().message == "berkas terlalu besar: 3.145.729 byte, batas 2.097.152 byte");
    }
}

TEST_CASE("more rows than allowed are refused") {
    TempFolder folder;
    CsvLimits limits;
    limits.max_rows = 3;
    Diagnostics diagnostics;
    read_folder(folder.path().string(), diagnostics, limits);
    const auto errors = errors_of(diagnostics);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0]->message == "terlalu banyak baris data: batas 3 baris (ubah dengan --max-rows)");
    CHECK(errors[0]->where.file == folder.file("anggaran.csv"));
    CHECK(errors[0]->where.line == 9);
}

TEST_CASE("a realisasi that disagrees with pembilang/penyebut is quoted as written, whatever its decimals") {
    const std::string from = "IKU1.1;2023;65,16;202;310;";
    SUBCASE("more decimals than any display (found by fuzz_csv: formatting them threw)") {
        TempFolder folder;
        folder.replace("realisasi.csv", from, "IKU1.1;2023;66,1234567890123;202;310;");
        Diagnostics diagnostics;
        read_folder(folder.path().string(), diagnostics);
        const auto errors = errors_of(diagnostics);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0]->message ==
              "kolom \"realisasi\": realisasi 66,1234567890123 tidak sesuai dengan pembilang/penyebut "
              "202/310 x 100 = 65,1613");
        CHECK(errors[0]->where.line == 8);
        CHECK(errors[0]->where.column == 3);
    }
    SUBCASE("the ratio as the reader computed it, when it overflows a double") {
        TempFolder folder;
        folder.replace("realisasi.csv", from,
                       "IKU1.1;2023;65,16;1.000.000.000.000.000;0," + std::string(299, '0') + "1;");
        Diagnostics diagnostics;
        read_folder(folder.path().string(), diagnostics);
        const auto errors = errors_of(diagnostics);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0]->message ==
              "kolom \"realisasi\": realisasi 65,16 tidak sesuai dengan pembilang/penyebut "
              "1.000.000.000.000.000/0," +
                  std::string(299, '0') + "1 x 100 = di luar batas");
    }
    SUBCASE("a match within the decimals written is no error, however many") {
        TempFolder folder;
        folder.replace("realisasi.csv", from, "IKU1.1;2023;65,16129032258;202;310;");
        Diagnostics diagnostics;
        read_folder(folder.path().string(), diagnostics);
        CHECK(errors_of(diagnostics).empty());
    }
}

TEST_CASE("perjanjian_kinerja.csv: tanggal is a real calendar date") {
    const std::string from = "2023;0;;IKU1.1;70,58";
    const auto read_with = [&](const std::string& tanggal) {
        TempFolder folder;
        folder.replace("perjanjian_kinerja.csv", from, "2023;0;" + tanggal + ";IKU1.1;70,58");
        Diagnostics diagnostics;
        const InputRead read = read_folder(folder.path().string(), diagnostics);
        std::vector<std::string> messages;
        for (const Diagnostic* d : errors_of(diagnostics)) {
            CHECK(d->where.line == 10);
            CHECK(d->where.column == 3);
            messages.push_back(d->message);
        }
        return std::make_pair(messages, read.opd.find_indicator("IKU1.1")->years.at(2023).pk.front().tanggal);
    };
    CHECK(read_with("kemarin").first ==
          std::vector<std::string>{"kolom \"tanggal\": tanggal TTTT-BB-HH diharapkan (mis. 2023-01-31), "
                                   "ditemukan \"kemarin\""});
    CHECK(read_with("2023-1-31").first.size() == 1);
    CHECK(read_with("2023-13-01").first ==
          std::vector<std::string>{
              "kolom \"tanggal\": tanggal \"2023-13-01\" tidak ada: bulan 13 (1 sampai 12)"});
    CHECK(read_with("2023-00-10").first.size() == 1);
    CHECK(read_with("2023-02-30").first ==
          std::vector<std::string>{
              "kolom \"tanggal\": tanggal \"2023-02-30\" tidak ada: Februari 2023 memiliki 28 hari"});
    CHECK(read_with("2023-02-29").first.size() == 1);
    CHECK(read_with("2023-04-31").first ==
          std::vector<std::string>{
              "kolom \"tanggal\": tanggal \"2023-04-31\" tidak ada: April 2023 memiliki 30 hari"});
    CHECK(read_with("2023-01-00").first.size() == 1);
    // Leap years: every fourth year, not centuries unless divisible by 400.
    CHECK(read_with("2024-02-29") == std::make_pair(std::vector<std::string>{}, std::string("2024-02-29")));
    CHECK(read_with("2000-02-29").first.empty());
    CHECK(read_with("2100-02-29").first.size() == 1);
    CHECK(read_with("2023-12-31").first.empty());
}

TEST_CASE(
    "control characters in a CSV cell are refused with the cell's place; a line break typed in a cell is "
    "not") {
    const std::string from = "IP-3.31.02;2023;40;;;Tabel 1.4 dan 3.6.1";
    const auto first_error = [&](const std::string& catatan) {
        TempFolder folder;
        folder.replace("realisasi.csv", from, "IP-3.31.02;2023;40;;;" + catatan);
        Diagnostics diagnostics;
        read_folder(folder.path().string(), diagnostics);
        const auto errors = errors_of(diagnostics);
        return errors.empty() ? std::string()
                              : lkjip::format_diagnostic(*errors[0]).substr(folder.file("").size());
    };
    CHECK(first_error("A\x1b[31mB") ==
          "realisasi.csv:23:6: galat: teks berisi karakter kendali U+001B (ESC); hapus karakter itu");
    CHECK(first_error("A\x7f") ==
          "realisasi.csv:23:6: galat: teks berisi karakter kendali U+007F (DEL); hapus karakter itu");
    CHECK(first_error("A\xc2\x9b") ==
          "realisasi.csv:23:6: galat: teks berisi karakter kendali U+009B; hapus karakter itu");
    CHECK(first_error("A\x0c") ==
          "realisasi.csv:23:6: galat: teks berisi karakter kendali U+000C (FF); hapus karakter itu");
    CHECK(first_error("\"baris satu\nbaris dua\"").empty());
    CHECK(first_error("A\tB").empty());
}
