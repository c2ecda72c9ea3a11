#include "report/formulas.hpp"

#include <doctest/doctest.h>

#include <string>

using lkjip::report::fits_spreadsheet_limits;
using namespace lkjip::formula;

TEST_CASE("fits_spreadsheet_limits: Excel's 8.192 characters and 64 nested functions") {
    Expr nested = number(1);
    for (int i = 0; i < 64; ++i)
        nested = call("ABS", {nested});
    CHECK(fits_spreadsheet_limits(nested));
    CHECK_FALSE(fits_spreadsheet_limits(call("ABS", {nested})));
    CHECK(fits_spreadsheet_limits(text(std::string(8190, 'x'))));  // 8.190 characters and two quotes
    CHECK_FALSE(fits_spreadsheet_limits(text(std::string(8191, 'x'))));
}
