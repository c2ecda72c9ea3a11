#pragma once
// The OOXML package as a zip, built in memory with minizip. Every entry carries the same explicit date
// (left at zero, minizip would store the invalid 1980-01-00) and the entries keep the order given, so the
// same parts give the same bytes.
#include <ctime>
#include <string>
#include <vector>

namespace lkjip::render::docx {

struct ZipDate {
    int year = 1980;  // 1980-2107: what an MS-DOS date can hold
    int month = 1;    // 1-12
    int day = 1;      // 1-31
    int hour = 0;
    int minute = 0;
    int second = 0;  // stored in steps of two seconds
};

// The UTC calendar date of `utc`, clamped to the MS-DOS range (1980-01-01 00:00:00 to 2107-12-31 23:59:58).
ZipDate zip_date(std::time_t utc);

// The MS-DOS date and time as one number (date in the high 16 bits), as zip headers store them.
unsigned long dos_date_time(const ZipDate& date);

struct ZipEntry {
    std::string name;  // "word/document.xml"
    std::string data;
};

// The zip archive holding `entries` in order, deflated, each dated `date`. Throws std::runtime_error when
// minizip fails (it does not, in memory, but its return codes are checked).
std::string zip_package(const std::vector<ZipEntry>& entries, const ZipDate& date);

}  // namespace lkjip::render::docx
