#pragma once
// Cell addresses inside the reader: the strict parse of a cell's `r` attribute and the sheet's bounds.
// The printing side (column_letters, sheet_cell_reference) is public, in workbook.hpp.
#include <cstddef>
#include <optional>
#include <string_view>

namespace lkjip::input::xlsx {

inline constexpr std::size_t max_sheet_rows = 1'048'576;
inline constexpr std::size_t max_sheet_columns = 16'384;  // XFD

struct CellPosition {
    std::size_t row = 0;
    std::size_t column = 0;
};

// "D7" -> {7, 4}: one to three capital letters, then a row number without leading zeros; nothing else
// ("d7", "$D$7", "D07", "D" are nullopt). The position may lie beyond the sheet's bounds: the caller
// says so in its own words.
std::optional<CellPosition> parse_cell_reference(std::string_view reference);

// A row's `r`: a positive decimal number without sign, spaces or leading zeros (at most 7 digits).
std::optional<std::size_t> parse_row_number(std::string_view text);

}  // namespace lkjip::input::xlsx
