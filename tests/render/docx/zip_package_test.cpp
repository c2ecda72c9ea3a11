#include "render/docx/zip_package.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "input/xlsx/zip_archive.hpp"

using namespace lkjip::render::docx;

namespace {

unsigned u16(const std::string& bytes, std::size_t at) {
    return static_cast<unsigned char>(bytes[at]) | (static_cast<unsigned char>(bytes[at + 1]) << 8);
}

constexpr std::time_t k2024 = 1704067200;  // 2024-01-01T00:00:00Z

}  // namespace

TEST_CASE("zip_date is the UTC calendar date, clamped to what an MS-DOS date holds") {
    const ZipDate d = zip_date(k2024 + ((31 + 4) * 24 + 13) * 3600 + 47 * 60 + 59);  // 2024-02-05 13:47:59
    CHECK(d.year == 2024);
    CHECK(d.month == 2);
    CHECK(d.day == 5);
    CHECK(d.hour == 13);
    CHECK(d.minute == 47);
    CHECK(d.second == 59);
    const ZipDate epoch = zip_date(1);  // SOURCE_DATE_EPOCH=0 reaches here as 1970-01-01 00:00:01
    CHECK(epoch.year == 1980);
    CHECK(epoch.month == 1);
    CHECK(epoch.day == 1);
    CHECK(epoch.second == 0);
    const ZipDate far = zip_date(253402300799LL);  // 9999-12-31 23:59:59
    CHECK(far.year == 2107);
    CHECK(far.month == 12);
    CHECK(far.day == 31);
    CHECK(far.hour == 23);
    CHECK(far.second == 58);
}

TEST_CASE("dos_date_time packs the date high and the time low, seconds halved") {
    CHECK(dos_date_time(ZipDate{2024, 1, 1, 0, 0, 0}) == 22561ul << 16);  // (44 << 9) | (1 << 5) | 1
    CHECK(dos_date_time(ZipDate{2024, 2, 5, 13, 47, 59}) == ((22597ul << 16) | 28157ul));
    CHECK(dos_date_time(ZipDate{1980, 1, 1, 0, 0, 0}) == 33ul << 16);  // never zero: day 1 of month 1
}

TEST_CASE("zip_package stores the entries in order, each with the given date, and is repeatable") {
    const std::vector<ZipEntry> entries = {{"[Content_Types].xml", "<Types/>"},
                                           {"word/document.xml", std::string(5000, 'x')},
                                           {"docProps/app.xml", ""}};
    const std::string bytes = zip_package(entries, zip_date(k2024));
    CHECK(zip_package(entries, zip_date(k2024)) == bytes);
    CHECK(zip_package(entries, zip_date(k2024 + 86400)) != bytes);

    // The first local file header: signature, then the time at offset 10 and the date at 12.
    REQUIRE(bytes.size() > 30);
    CHECK(bytes.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(u16(bytes, 10) == 0);
    CHECK(u16(bytes, 12) == 22561);
    // Every central directory entry carries the same date.
    std::size_t central = 0;
    for (std::size_t at = bytes.find("PK\x01\x02"); at != std::string::npos;
         at = bytes.find("PK\x01\x02", at + 4)) {
        CHECK(u16(bytes, at + 12) == 0);
        CHECK(u16(bytes, at + 14) == 22561);
        ++central;
    }
    CHECK(central == 3);

    std::unique_ptr<lkjip::input::xlsx::ZipArchive> zip =
        lkjip::input::xlsx::ZipArchive::open(bytes, "t.docx", {1 << 20, 1 << 20});
    REQUIRE(zip);
    CHECK(zip->names() ==
          std::vector<std::string>{"[Content_Types].xml", "word/document.xml", "docProps/app.xml"});
    CHECK(zip->read_all("word/document.xml") == std::string(5000, 'x'));
    CHECK(zip->read_all("docProps/app.xml").empty());
}
