#pragma once
// A table's chart in the workbook: a small "Data grafik" block under the table whose cells are formulas
// pointing at the table (so the chart follows the table and rows need not be contiguous), and the chart
// drawn from that block.
#include <cstddef>

#include "render/xlsx/xlsxwriter.hpp"
#include "table/table.hpp"

namespace lkjip::render::xlsx {

struct ChartPlacement {
    lxw_workbook* workbook;
    lxw_worksheet* worksheet;
    const table::Table& table;
    const table::Chart& chart;
    std::size_t body_top;  // sheet row of the table's first body row
    std::size_t at;        // first free sheet row
};

// Returns the first free row after the block and the chart. Throws OutputError on a library failure.
std::size_t write_chart(const ChartPlacement& place);

}  // namespace lkjip::render::xlsx
