// The zip layer: damaged and encrypted entries, zip bombs and declared sizes that lie.
#include "input/xlsx/zip_archive.hpp"

#include <doctest/doctest.h>

#include "input/xlsx/xlsx_test_support.hpp"

using namespace lkjip::test::xlsx;
using lkjip::input::xlsx::ZipArchive;

namespace {

const std::string sheet1 = "xl/worksheets/sheet1.xml";

// A one-sheet workbook whose sheet part is padded with `padding` spaces (highly compressible).
Parts padded_sheet(std::size_t padding, bool stored = false) {
    Parts parts = one_sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)" + std::string(padding, ' '));
    for (Part& p : parts)
        p.stored = p.stored || (stored && p.name == sheet1);
    return parts;
}

}  // namespace

TEST_CASE("entries are read from memory, exactly or ignoring case") {
    const std::string bytes =
        zip_bytes({{"Satu.txt", "isi satu"}, {"dua.TXT", std::string(100000, 'x'), true}});
    const auto zip = ZipArchive::open(bytes, "arsip.zip", {1 << 20, 1 << 20});
    REQUIRE(zip);
    CHECK(zip->file() == "arsip.zip");
    CHECK(zip->contains("Satu.txt"));
    CHECK(zip->contains("satu.txt"));
    CHECK(zip->contains("DUA.txt"));
    CHECK_FALSE(zip->contains("tiga.txt"));
    CHECK(zip->read_all("SATU.TXT") == "isi satu");
    CHECK(zip->read_all("dua.txt") == std::string(100000, 'x'));
    CHECK_FALSE(ZipArchive::open("bukan zip", "x", {1, 1}));
    CHECK_FALSE(ZipArchive::open(bytes.substr(0, 40), "x", {1, 1}));  // the central directory cut off
}

TEST_CASE("an encrypted entry is refused") {
    Parts parts = one_sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)");
    for (Part& p : parts) {
        if (p.name == sheet1)
            p.password = "rahasia";
    }
    CHECK(
        error_of(parts) ==
        "xl/worksheets/sheet1.xml: entri zip terenkripsi tidak didukung: simpan buku kerja tanpa kata sandi");
}

TEST_CASE("corrupt entries: CRC and inflate errors") {
    std::string stored = zip_bytes(padded_sheet(0, true));
    const EntryLayout e = locate(stored, sheet1);
    stored.at(e.data + 10) = static_cast<char>(stored.at(e.data + 10) ^ 0x20);
    CHECK(error_of_bytes(stored) == "xl/worksheets/sheet1.xml: entri zip rusak (CRC tidak cocok)");

    std::string deflated = zip_bytes(padded_sheet(0));
    const EntryLayout d = locate(deflated, sheet1);
    deflated.at(d.data) = static_cast<char>(0xFF);  // BFINAL=1, BTYPE=11: a reserved block type
    CHECK(error_of_bytes(deflated) ==
          "xl/worksheets/sheet1.xml: entri zip rusak (data terkompresi tidak valid)");
}

TEST_CASE("zip bombs: an entry or the whole archive beyond the limits") {
    WorkbookLimits limits;
    limits.max_file_bytes = 1024 * 1024;
    limits.max_total_bytes = 1024 * 1024 + 512 * 1024;
    const std::string bomb = zip_bytes(padded_sheet(2 * 1024 * 1024));
    CHECK(bomb.size() < 20000);  // two MiB of spaces compress to a few KiB
    CHECK(error_of_bytes(bomb, limits) ==
          "xl/worksheets/sheet1.xml: terlalu besar setelah diekstrak: lebih dari 1 MiB");

    // Three sheets of 600 KiB each: every one is below the entry limit, together they are not.
    const std::string rows = R"(<row r="1"><c r="A1"><v>1</v></c></row>)" + std::string(600 * 1024, ' ');
    const Parts three = workbook_parts({{{"A", rows}, {"B", rows}, {"C", rows}}});
    CHECK(error_of(three, limits) ==
          "xl/worksheets/sheet3.xml: isi arsip terlalu besar setelah diekstrak: lebih dari 1.536 KiB "
          "seluruhnya");
    limits.max_total_bytes = 4 * 1024 * 1024;
    CHECK(read(three, limits).sheets.size() == 3);
}

TEST_CASE("declared sizes that lie") {
    const std::string honest = zip_bytes(padded_sheet(5000));
    const std::size_t real_size = locate(honest, sheet1).compressed_size;  // only to show it is small
    CHECK(real_size < 1000);

    // Declared smaller than the data: minizip stops at the declared size, and the CRC then fails.
    std::string smaller = honest;
    declare_size(smaller, sheet1, 100);
    CHECK(error_of_bytes(smaller) == "xl/worksheets/sheet1.xml: entri zip rusak (CRC tidak cocok)");

    // Declared larger than the data (but within the limits): the data ends early.
    std::string larger = honest;
    declare_size(larger, sheet1, 9000);
    CHECK(error_of_bytes(larger) ==
          "xl/worksheets/sheet1.xml: entri zip rusak (ukuran setelah diekstrak tidak sesuai dengan yang "
          "tercatat)");

    // Declared beyond the limit: refused before a byte is inflated or allocated.
    std::string huge = honest;
    declare_size(huge, sheet1, 0xFFFFFFF0u);
    CHECK(error_of_bytes(huge) ==
          "xl/worksheets/sheet1.xml: terlalu besar setelah diekstrak: lebih dari 64 MiB");
}
