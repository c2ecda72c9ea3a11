// The page content stream writer: PDF operators and their numbers, without fonts or files.
#include "render/pdf/content_stream.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

using namespace lkjip::render::pdf;

TEST_CASE("pdf content: numbers have at most three decimals and no trailing zeros") {
    CHECK(format_number(0.0) == "0");
    CHECK(format_number(595.0) == "595");
    CHECK(format_number(12.5) == "12.5");
    CHECK(format_number(56.69) == "56.69");
    CHECK(format_number(0.1) == "0.1");  // 0.1 * 1000 is 100.00000000000001 in binary
    CHECK(format_number(0.05) == "0.05");
    CHECK(format_number(0.35) == "0.35");
    CHECK(format_number(-3.125) == "-3.125");
    CHECK(format_number(841.8897637795) == "841.89");
    CHECK(format_number(745.37149) == "745.371");
    CHECK(format_number(745.3716) == "745.372");
    CHECK(format_number(-0.0004) == "0");  // never "-0"
    CHECK(format_number(0.0004) == "0");
    CHECK(format_number(-0.0006) == "-0.001");
}

TEST_CASE("pdf content: values that are not page coordinates still give valid PDF numbers") {
    CHECK(format_number(std::numeric_limits<double>::quiet_NaN()) == "0");
    CHECK(format_number(std::numeric_limits<double>::infinity()) == "0");
    CHECK(format_number(1e300) == "10000000");
    CHECK(format_number(-1e300) == "-10000000");
}

TEST_CASE("pdf content: operators with their operands, one per line") {
    const std::string codes("\0N\0R", 4);  // two glyph codes of a literal string, zero bytes included
    ContentStream s;
    s.op({0.1, 0.1, 0.1}, "rg");
    s.op({56.69, 741.752, 24.324, 14.277}, "re f");
    s.op("BT");
    s.font("Ft8", 8.5);
    s.op({62.756, 745.371}, "Td");
    s.show(codes);
    s.op("ET");
    s.raw("[6 2] 0 d\n");
    const std::string expected = std::string(
                                     "0.1 0.1 0.1 rg\n"
                                     "56.69 741.752 24.324 14.277 re f\n"
                                     "BT\n"
                                     "/Ft8 8.5 Tf\n"
                                     "62.756 745.371 Td\n") +
                                 "(" + codes + ") Tj\nET\n[6 2] 0 d\n";
    CHECK(s.bytes() == expected);
    CHECK(s.size() == expected.size());
    s.release();
    CHECK(s.bytes().empty());
}
