#pragma once
// The report as an XLSX workbook: an Ikhtisar sheet and one sheet per table, live formulas with the
// engine's values cached, Indonesian number formats, merged headers, predikat colours, A4 print setup and
// charts. Only files in render/xlsx/ include libxlsxwriter.
#include <ctime>
#include <string>

#include "table/table.hpp"

namespace lkjip::render::xlsx {

struct XlsxOptions {
    // Document creation time. Fixed for a given report so that the same input gives the same bytes.
    std::time_t created = 0;
};

// Writes the workbook to `path` (the caller passes a temporary path and renames it on success). Throws
// OutputError naming the file when it cannot be written; removes whatever it wrote on failure.
void render_xlsx(const table::Report& report, const std::string& path, const XlsxOptions& options = {});

}  // namespace lkjip::render::xlsx
