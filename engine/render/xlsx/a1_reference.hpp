#pragma once
// Spreadsheet addresses: "C5", "'3.1.1 Capaian IKU'!$C$5", and the table model's neutral formula
// references ({R3C4}) turned into A1 references once the table's position on the sheet is known.
#include <cstddef>
#include <string>

#include "core/formula.hpp"

namespace lkjip::render::xlsx {

std::string column_letters(std::size_t column);                // 0 -> "A", 26 -> "AA"
std::string a1(std::size_t row, std::size_t column);           // 0-based -> "A1"
std::string absolute_a1(std::size_t row, std::size_t column);  // "$A$1"
std::string quoted_sheet(const std::string& sheet);            // "'3.1.1 Capaian'" ('' doubled)

// A table formula with the body's first row at sheet row `first_row`: {R3C4}/{R3C3}*100 -> "=E9/D9*100".
std::string a1_formula(const formula::Expr& e, std::size_t first_row, std::size_t first_column = 0);

}  // namespace lkjip::render::xlsx
