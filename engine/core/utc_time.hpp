#pragma once
// A moment broken into its UTC calendar fields, for the dates the outputs store (PDF, DOCX, zip entries),
// without the C library's gmtime (not thread-safe) or the process's time zone.
#include <ctime>

namespace lkjip {

struct UtcTime {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
};

UtcTime utc_time(std::time_t utc);

}  // namespace lkjip
