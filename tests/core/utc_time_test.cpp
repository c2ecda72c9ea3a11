#include "core/utc_time.hpp"

#include <doctest/doctest.h>

namespace {

bool is(const lkjip::UtcTime& t, int y, int mo, int d, int h, int mi, int s) {
    return t.year == y && t.month == mo && t.day == d && t.hour == h && t.minute == mi && t.second == s;
}

}  // namespace

TEST_CASE("utc_time: calendar fields in UTC, whatever the process's time zone") {
    CHECK(is(lkjip::utc_time(0), 1970, 1, 1, 0, 0, 0));
    CHECK(is(lkjip::utc_time(1704067200), 2024, 1, 1, 0, 0, 0));      // the Dumai document date
    CHECK(is(lkjip::utc_time(1709251199), 2024, 2, 29, 23, 59, 59));  // a leap day's last second
    CHECK(is(lkjip::utc_time(-1), 1969, 12, 31, 23, 59, 59));         // before the epoch, floored
}
