#pragma once
// A chart under its table: title, legend (for more than one series) and the plot, as vector graphics.
// Moves to a new page in the table's orientation when the chart does not fit below the table.
#include "render/pdf/page_frame.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

void draw_chart(Pages& pages, const table::Table& table, const table::Chart& chart);

}  // namespace lkjip::render::pdf
