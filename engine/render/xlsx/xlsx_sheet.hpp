#pragma once
// One report table drawn on one worksheet: title, merged header, body with formulas, notes, charts and the
// A4 print setup.
#include <string>

#include "render/xlsx/xlsx_formats.hpp"
#include "render/xlsx/xlsxwriter.hpp"
#include "table/table.hpp"

namespace lkjip::render::xlsx {

struct SheetContext {
    lxw_workbook* workbook;
    FormatCache& formats;
    std::string footer;  // already escaped for Excel's header/footer codes
};

// Throws OutputError when libxlsxwriter refuses something (message names the sheet).
void write_table_sheet(SheetContext& ctx, const table::Table& t);

// Estimated lines a text needs in a column `width` characters wide (libxlsxwriter computes no heights).
int estimated_lines(const std::string& text, double width);

}  // namespace lkjip::render::xlsx
