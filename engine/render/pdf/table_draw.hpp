#pragma once
// A table on the pages: number and title, header rows (repeated on every page the table runs onto),
// body slices from the paginator, notes underneath; then the table's charts.
#include <cstddef>

#include "render/pdf/page_frame.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// Starts on the current page when the title, header and first block fit there in the table's
// orientation, else on a new page. Leaves the cursor below the last thing drawn. Returns the index of
// the page the table starts on (for a table of contents).
std::size_t draw_table(Pages& pages, const table::Table& table);

// "Tabel 3.1  Capaian ..." (or the title alone when the table has no number).
std::string table_caption(const table::Table& table);

}  // namespace lkjip::render::pdf
