#pragma once
// A report table as a WordprocessingML table: header rows marked to repeat on every page (w:tblHeader),
// horizontal merges as w:gridSpan and vertical ones as w:vMerge, the column widths of the template scaled
// to the page as the PDF scales them, numbers right-aligned (the cell's own alignment), group and total rows
// bold, predikat and total shading, rows never split across pages.
#include <string>
#include <vector>

#include "render/docx/xml_writer.hpp"
#include "table/table.hpp"

namespace lkjip::render::docx {

// Column::width (spreadsheet characters) scaled proportionally so the columns fill `total` twips; the last
// column takes the rounding so the sum is exactly `total`.
std::vector<int> column_twips(const table::Table& table, int total);

// "Tabel 3.1  Capaian ..." (or the title alone when the table has no number), as the PDF prints it.
std::string caption_text(const table::Table& table);

// The w:tbl element (no caption, no notes); nothing for a table without columns.
void table_xml(XmlWriter& x, const table::Table& table);

// The fill of a body cell ("B7E1B0"), or empty: the predikat/atribut/efisiensi band colour, else the
// total rows' grey. The same palette as the PDF's.
std::string cell_fill(const table::Row& row, const table::Cell& cell);

}  // namespace lkjip::render::docx
