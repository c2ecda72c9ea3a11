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
    using namespace lkjip::formula;
    CHECK(a1_formula(call("MAX", {number(0), ref(0, 5) / ref(0, 4) * number(100)}), 4) ==
          "=MAX(0,F5/E5*100)");
    CHECK(a1_formula(call("SUM", {range(2, 3, 9, 3)}), 10, 1) == "=SUM(E13:E20)");
    CHECK(a1_formula(
              call("IF", {binary(">", ref(1, 3), number(90)), text("Sangat \"Tinggi\""), text("{Lain}")}),
              4) == R"(=IF(D6>90,"Sangat ""Tinggi""","{Lain}"))");
}
