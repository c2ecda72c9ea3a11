#pragma once
// Breaking a measured table into page-sized slices. Rules: a row is never split; the rows tied together
// by a merged cell stay on one page when they fit on one; a merged block taller than a page is broken
// between rows, and each piece is made tall enough to repeat the merged cell's text.
#include <cstddef>
#include <vector>

#include "render/pdf/table_layout.hpp"

namespace lkjip::render::pdf {

struct PlacedRow {
    std::size_t row = 0;
    double height = 0.0;  // the measured height, or more where a broken block needs room for its text
};

struct TableSlice {
    std::vector<PlacedRow> rows;
    double height() const;
};

// Body space needed below the header before the table may start on a page: its first two blocks when they
// fit on a page, else its first block when that fits, otherwise the first row (or the merged text, if
// taller). 0 for a table without rows.
double start_height(const TableLayout& layout, double full_space);

// `first_space`: body height available on the page where the table starts (below title and header);
// `full_space`: body height on each following page (below the continuation caption and the repeated
// header). `tail`: height that must follow the last row on its page (the table's notes), so that a note
// never takes a page of its own; the last block moves to the next page with it when it fits there. The
// caller starts the table where start_height() fits. Returns at least one slice.
std::vector<TableSlice> paginate(const TableLayout& layout, double first_space, double full_space,
                                 double tail = 0.0);

}  // namespace lkjip::render::pdf
