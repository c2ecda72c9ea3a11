#pragma once
// Measuring a table before drawing it: column positions scaled to the page, every cell's text wrapped
// to its (possibly merged) width, row heights that hold the tallest cell, and which body rows are tied
// together by a merged cell. Pure: uses only a TextMeasure, so pagination can be tested without PoDoFo.
#include <cstddef>
#include <string>
#include <vector>

#include "render/pdf/text_measure.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// A cell as drawn: its wrapped lines and how they sit in the box.
struct CellBox {
    std::vector<std::string> lines;
    TextStyle style;
    table::Align align = table::Align::Left;
    double indent = 0.0;  // extra left padding, points
    int row_span = 1;     // clamped to the table
    int col_span = 1;
    // Height the text needs, padding included.
    double needed_height(const TextMeasure& measure) const;
};

// Which cell draws a grid position: itself, or the top-left cell of the merged block covering it.
struct Owner {
    std::size_t row = 0;
    std::size_t col = 0;
};

struct TableLayout {
    std::vector<double> col_x;  // column left edges from the table's left edge; size columns + 1
    std::vector<std::vector<CellBox>> header;  // [row][col]; only block origins have lines
    std::vector<std::vector<Owner>> header_owner;
    std::vector<double> header_heights;
    std::vector<std::vector<CellBox>> body;
    std::vector<std::vector<Owner>> body_owner;
    std::vector<double> row_heights;  // already tall enough for merged cells that fit on one page
    // For each body row that starts a merged block: the last row of that block (rows tied together
    // by row_span, transitively); block_end[i] == i for a row that stands alone.
    std::vector<std::size_t> block_end;
    // Height the tallest merged cell of the block starting at row i needs (0 when none): a block broken
    // across pages repeats that text, so each piece must be at least this tall.
    std::vector<double> block_need;

    double header_height() const;
    double width() const { return col_x.empty() ? 0.0 : col_x.back(); }
};

// Column::width (spreadsheet characters) scaled proportionally so that the columns fill `width` points.
std::vector<double> column_edges(const table::Table& table, double width);

TableLayout layout_table(const table::Table& table, const TextMeasure& measure, double width);

// The style a body cell is drawn in: bold for Cell::bold and for Group and Total rows.
TextStyle body_style(const table::Row& row, const table::Cell& cell);

}  // namespace lkjip::render::pdf
