#include "core/formula.hpp"

#include <doctest/doctest.h>

using namespace lkjip::formula;

TEST_CASE("a formula is written with parentheses only where precedence needs them") {
    const Expr t = ref(0, 4);
    const Expr r = ref(0, 5);
    CHECK(neutral_text(r / t * number(100)) == "{R0C5}/{R0C4}*100");
    CHECK(neutral_text((number(2) * t - r) / t * number(100)) == "(2*{R0C4}-{R0C5})/{R0C4}*100");
    CHECK(neutral_text(t / (r * number(2))) == "{R0C4}/({R0C5}*2)");
    CHECK(neutral_text(t - (r - number(1))) == "{R0C4}-({R0C5}-1)");
    CHECK(neutral_text((t - r) - number(1)) == "{R0C4}-{R0C5}-1");
    CHECK(neutral_text(number(100) - r) == "100-{R0C5}");
    CHECK(neutral_text(binary(">", t + r, number(90.5))) == "{R0C4}+{R0C5}>90.5");
}

TEST_CASE("calls, ranges, text with quotes, numbers in their shortest exact form") {
    CHECK(neutral_text(call("SUM", {range(2, 3, 9, 3)})) == "SUM({R2C3}:{R9C3})");
    CHECK(neutral_text(call("AVERAGE", {ref(0, 1), ref(4, 1)})) == "AVERAGE({R0C1},{R4C1})");
    CHECK(neutral_text(call("IF", {binary(">=", ref(1, 1), number(85)), text("Tinggi \"A\""), text("")})) ==
          R"(IF({R1C1}>=85,"Tinggi ""A""",""))");
    CHECK(neutral_text(number(0.1)) == "0.1");
    CHECK(neutral_text(number(-3)) == "-3");
    CHECK(to_text(ref(2, 0) * number(100), [](std::size_t row, std::size_t column) {
              return "R" + std::to_string(row + 1) + "K" + std::to_string(column + 1);
          }) == "R3K1*100");
}

TEST_CASE("call_depth counts nested function calls") {
    CHECK(call_depth(ref(0, 0)) == 0);
    CHECK(call_depth(call("MAX", {number(0), ref(0, 0) / ref(0, 1)})) == 1);
    CHECK(call_depth(call("MIN", {number(100), call("MAX", {number(0), ref(0, 0)})})) == 2);
}
