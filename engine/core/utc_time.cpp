#include "core/utc_time.hpp"

#include <chrono>

namespace lkjip {

UtcTime utc_time(std::time_t utc) {
    using namespace std::chrono;
    const sys_seconds at{seconds{utc}};
    const sys_days day = floor<days>(at);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> clock{at - day};
    return UtcTime{static_cast<int>(ymd.year()),
                   static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())),
                   static_cast<int>(clock.hours().count()),
                   static_cast<int>(clock.minutes().count()),
                   static_cast<int>(clock.seconds().count())};
}

}  // namespace lkjip
