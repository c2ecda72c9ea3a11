#pragma once
// A cell as people read it in an Indonesian report: "92,32%", "6.210.455.282", "n/a". The PDF renderer
// prints this; tests and the text dump compare with it. The XLSX renderer writes the number instead, with
// a number format that reads the same.
#include <string>

#include "table/table.hpp"

namespace lkjip::table {

std::string display_text(const Cell& cell);

// The spreadsheet number format for a number cell ("#,##0.00", "#,##0.00\"%\"", "#,##0").
std::string spreadsheet_format(NumberStyle style, int decimals);

}  // namespace lkjip::table
