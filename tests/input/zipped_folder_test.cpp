#include "input/zipped_folder.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/xlsx/xlsx_test_support.hpp"
#include "server/workspace.hpp"

using lkjip::InputError;
using lkjip::input::extract_zipped_folder;
using lkjip::input::upload_kind;
using lkjip::input::UploadKind;
using lkjip::input::ZippedFolderLimits;
using lkjip::test::xlsx::Parts;
using lkjip::test::xlsx::zip_bytes;

namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The message extract_zipped_folder refuses `parts` with, or "" when it accepts them.
std::string refusal(const Parts& parts, const ZippedFolderLimits& limits = {}) {
    const lkjip::server::Workspace ws;
    try {
        extract_zipped_folder(zip_bytes(parts), "masukan.zip", ws.path(), limits);
    } catch (const InputError& e) {
        return lkjip::format_diagnostic(e.diagnostic());
    }
    return "";
}

}  // namespace

TEST_CASE("upload kind: told by content, not by name") {
    CHECK(upload_kind(zip_bytes({{"xl/workbook.xml", "<workbook/>"}})) == UploadKind::Workbook);
    CHECK(upload_kind(zip_bytes({{"dumai/profil.ini", "[opd]"}})) == UploadKind::ZippedFolder);
    CHECK(upload_kind("hello") == UploadKind::Unknown);
    CHECK(upload_kind("PK\x03\x04 but not a zip") == UploadKind::Unknown);
    CHECK(upload_kind("") == UploadKind::Unknown);
}

TEST_CASE("zipped folder: files of one top folder written under their base names; directories skipped") {
    const lkjip::server::Workspace ws;
    extract_zipped_folder(zip_bytes({{"dumai-2023/", ""},
                                     {"dumai-2023/profil.ini", "[opd]\n"},
                                     {"dumai-2023/realisasi.csv", "kode,tahun\n"},
                                     {"__MACOSX/dumai-2023/._profil.ini", "litter"}}),
                          "masukan.zip", ws.path());
    CHECK(slurp(ws.file("profil.ini")) == "[opd]\n");
    CHECK(slurp(ws.file("realisasi.csv")) == "kode,tahun\n");
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(ws.path()))
        files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 2);
}

TEST_CASE("zipped folder: every way out of the folder, and every limit, is refused with the entry") {
    CHECK(refusal({{"profil.ini", "x"}}).empty());
    CHECK(refusal({{"../profil.ini", "x"}}) ==
          "masukan.zip: galat: entri \"../profil.ini\": jalur keluar dari folder (\"..\") tidak diizinkan");
    CHECK(refusal({{"a/../../profil.ini", "x"}}).find("(\"..\")") != std::string::npos);
    CHECK(refusal({{"/etc/profil.ini", "x"}}).find("jalur mutlak") != std::string::npos);
    CHECK(refusal({{"C:/profil.ini", "x"}}).find("jalur mutlak") != std::string::npos);
    CHECK(refusal({{"a\\profil.ini", "x"}}).find("jalur mutlak") != std::string::npos);
    CHECK(refusal({{"a/b/profil.ini", "x"}}).find("bertingkat") != std::string::npos);
    CHECK(refusal({{".profil.ini", "x"}}).find("nama berkas tidak dikenal") != std::string::npos);
    CHECK(refusal({{"profil ini.txt", "x"}}).find("nama berkas tidak dikenal") != std::string::npos);
    CHECK(refusal({{"a/profil.ini", "x"}, {"b/renstra.csv", "x"}}).find("lebih dari satu folder") !=
          std::string::npos);
    CHECK(refusal({{"a/profil.ini", "x"}, {"profil.ini", "y"}}).find("ada lebih dari sekali") !=
          std::string::npos);
    CHECK(refusal({{"a/", ""}}) == "masukan.zip: galat: zip tidak berisi berkas");

    ZippedFolderLimits small;
    small.max_entries = 2;
    small.max_entry_bytes = 10;
    small.max_total_bytes = 15;
    CHECK(refusal({{"a.csv", ""}, {"b.csv", ""}, {"c.csv", ""}}, small) ==
          "masukan.zip: galat: zip berisi 3 entri; paling banyak 2 untuk satu folder masukan");
    CHECK(refusal({{"a.csv", std::string(10, 'x')}}, small).empty());
    CHECK(refusal({{"a.csv", std::string(11, 'x')}}, small).find("terlalu besar setelah diekstrak") !=
          std::string::npos);
    CHECK(refusal({{"a.csv", std::string(8, 'x')}, {"b.csv", std::string(8, 'x')}}, small)
              .find("isi arsip terlalu besar") != std::string::npos);
    CHECK(refusal({}) == "masukan.zip: galat: bukan arsip zip yang dapat dibaca");  // minizip: no entry
}
