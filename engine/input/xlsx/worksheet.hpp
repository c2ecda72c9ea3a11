#pragma once
// One worksheet part (xl/worksheets/sheetN.xml) read into rows of cell texts. See workbook.hpp for what a
// cell's text is; this is where <sheetData> is walked, positions are worked out and cells converted.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "input/xlsx/workbook.hpp"

namespace lkjip::input::xlsx {

class SharedStrings;
class Styles;
class ZipArchive;

struct SheetContext {
    std::string_view name;  // the sheet's name, for messages ("IKU!D7: ...")
    const SharedStrings& strings;
    const Styles& styles;
    bool date1904 = false;
    std::size_t max_rows = 0;
};

// Positions: a row or cell without `r` takes the next position after the previous one; a row without `r`
// takes the row of its first cell that has one. Rows and cells out of order are sorted; the same cell
// listed twice is an error (only listed cells are compared: blank styled cells are never kept).
std::vector<SheetRow> read_worksheet(ZipArchive& zip, const std::string& entry, const SheetContext& context);

}  // namespace lkjip::input::xlsx
