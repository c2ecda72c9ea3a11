#include "report/formulas.hpp"

#include <doctest/doctest.h>

#include <string>

#include "render/xlsx/a1_reference.hpp"

using lkjip::model::Band;
using lkjip::model::BandScale;
using lkjip::model::DisplayConventions;
using lkjip::report::band_formula;
using lkjip::report::fits_spreadsheet_limits;

TEST_CASE("band_formula: labels become string literals with their quotes doubled") {
    BandScale scale;
    scale.bands = {{"Sangat {Tinggi}", Band::Bound::Above, 90.0},
                   {"Tinggi \"A\"", Band::Bound::Above, 75.0},
                   {"\"", Band::Bound::Rest, 0.0}};
    const std::string f = band_formula(scale, "{R0C6}", DisplayConventions{});
    CHECK(f == R"(IF({R0C6}>90,"Sangat {Tinggi}",IF({R0C6}>75,"Tinggi ""A""","""")))");
    // The braces of a label are not taken for a cell reference when the sheet formula is made.
    CHECK(lkjip::render::xlsx::to_a1_formula(f, 3) ==
          R"(=IF(G4>90,"Sangat {Tinggi}",IF(G4>75,"Tinggi ""A""","""")))");
}

TEST_CASE("fits_spreadsheet_limits: Excel's 8.192 characters and 64 nested functions") {
    CHECK(fits_spreadsheet_limits(std::string(8192, 'x'), 64));
    CHECK_FALSE(fits_spreadsheet_limits(std::string(8193, 'x'), 1));
    CHECK_FALSE(fits_spreadsheet_limits("IF(1,2,3)", 65));
}
