#include "render/xlsx/a1_reference.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace lkjip::render::xlsx;

TEST_CASE("column letters and A1 addresses") {
    CHECK(column_letters(0) == "A");
    CHECK(column_letters(25) == "Z");
    CHECK(column_letters(26) == "AA");
    CHECK(column_letters(701) == "ZZ");
    CHECK(column_letters(702) == "AAA");
    CHECK(a1(0, 0) == "A1");
    CHECK(absolute_a1(4, 2) == "$C$5");
    CHECK(quoted_sheet("3.1 Dinas's") == "'3.1 Dinas''s'");
}

TEST_CASE("table formulas become A1 formulas at the table's position") {
    CHECK(to_a1_formula("MAX(0,{R0C5}/{R0C4}*100)", 4) == "=MAX(0,F5/E5*100)");
    CHECK(to_a1_formula("SUM({R2C3}:{R9C3})", 10, 1) == "=SUM(E13:E20)");
    CHECK(to_a1_formula(R"(IF({R1C3}>90,"Sangat Tinggi","Lain"))", 4) ==
          R"(=IF(D6>90,"Sangat Tinggi","Lain"))");
    // Braces and doubled quotes inside a string literal are text, not references.
    CHECK(to_a1_formula(R"(IF({R1C3}>90,"Sangat {R0C0} ""A""",IF({R1C3}>75,"{",""}"")))", 4) ==
          R"(=IF(D6>90,"Sangat {R0C0} ""A""",IF(D6>75,"{",""}"")))");
    CHECK_THROWS_AS(to_a1_formula(R"(IF({R1C3}>90,"open)", 0), std::logic_error);
    CHECK_THROWS_AS(to_a1_formula("{R1}", 0), std::logic_error);
    CHECK_THROWS_AS(to_a1_formula("{RxC1}", 0), std::logic_error);
}
