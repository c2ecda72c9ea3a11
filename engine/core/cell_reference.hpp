#pragma once
// Spreadsheet cell addresses as Excel writes them: the workbook reader parses a cell's `r` attribute with
// them, and messages name a cell with them ("IKU!D7", "'Angka Tercetak'!F7").
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lkjip {

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

std::string column_letters(std::size_t column);  // 1 -> "A", 27 -> "AA", 16384 -> "XFD"; 0 -> ""
std::string cell_reference(std::size_t row, std::size_t column);  // "D7"
// Excel's own syntax: "IKU!D7"; quoted when the name is not plain ASCII letters, digits and underscores,
// starts with a digit, or could be read as a cell reference ("IKU1", "R1C1"): "'Angka Tercetak'!D7" (a '
// doubled).
std::string sheet_cell_reference(std::string_view sheet, std::size_t row, std::size_t column);

}  // namespace lkjip
