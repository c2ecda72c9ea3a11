#include "cli/progress.hpp"

#include <doctest/doctest.h>

#include <sstream>

using lkjip::cli::BatchProgress;
using lkjip::cli::format_duration;
using lkjip::cli::progress_line;
using std::chrono::milliseconds;

TEST_CASE("format_duration: m:ss, h:mm:ss from an hour, rounded to the nearest second") {
    CHECK(format_duration(milliseconds(0)) == "0:00");
    CHECK(format_duration(milliseconds(499)) == "0:00");
    CHECK(format_duration(milliseconds(500)) == "0:01");
    CHECK(format_duration(milliseconds(59'499)) == "0:59");
    CHECK(format_duration(milliseconds(59'500)) == "1:00");
    CHECK(format_duration(milliseconds(65'000)) == "1:05");
    CHECK(format_duration(milliseconds(3'599'499)) == "59:59");
    CHECK(format_duration(milliseconds(3'600'000)) == "1:00:00");
    CHECK(format_duration(milliseconds(36'061'000)) == "10:01:01");
    CHECK(format_duration(milliseconds(-5)) == "0:00");  // a clock never runs back, but if it did
}

TEST_CASE("progress_line: count, time so far, and the time left from the mean per input") {
    CHECK(progress_line(0, 40, milliseconds(200)) == "batch: 0/40 selesai, 0:00 berlalu");
    // 3 in 35 s: 11,67 s each, 37 left: 431,67 s.
    CHECK(progress_line(3, 40, milliseconds(35'000)) ==
          "batch: 3/40 selesai, 0:35 berlalu, perkiraan sisa 7:12");
    CHECK(progress_line(1, 2, milliseconds(1'000)) ==
          "batch: 1/2 selesai, 0:01 berlalu, perkiraan sisa 0:01");
    CHECK(progress_line(39, 40, milliseconds(3'900'000)) ==
          "batch: 39/40 selesai, 1:05:00 berlalu, perkiraan sisa 1:40");
    CHECK(progress_line(40, 40, milliseconds(117'000)) ==
          "batch: 40/40 selesai, 1:57 berlalu");  // no estimate
    CHECK(progress_line(1, 1, milliseconds(0)) == "batch: 1/1 selesai, 0:00 berlalu");
}

TEST_CASE("BatchProgress: one line rewritten in place on a terminal, erased at the end") {
    std::ostringstream err;
    {
        BatchProgress p(err, true, 2);
        p.finished_one();
        p.finished_one();
        p.finish();
    }
    const std::string s = err.str();
    CHECK(s.rfind("\rbatch: 0/2 selesai, 0:00 berlalu\x1b[K\rbatch: 1/2 selesai, ", 0) == 0);
    CHECK(s.find("\rbatch: 2/2 selesai, ") != std::string::npos);
    CHECK(s.find('\n') == std::string::npos);  // never a new line
    CHECK(s.size() > 6);
    CHECK(s.substr(s.size() - 4) == "\r\x1b[K");  // erased once, at finish (not again in the destructor)
    CHECK(s.find("\r\x1b[K") == s.size() - 4);
}

TEST_CASE("BatchProgress: nothing at all when not a terminal") {
    std::ostringstream err;
    {
        BatchProgress p(err, false, 3);
        p.finished_one();
        p.finish();
    }
    CHECK(err.str().empty());
    CHECK_FALSE(lkjip::cli::is_terminal(err));  // a string stream is never the terminal
}
