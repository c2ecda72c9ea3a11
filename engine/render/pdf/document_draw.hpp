#pragma once
// The whole document on the pages: the cover, headings, paragraphs of runs (regular and bold), lists,
// the report's tables (table_draw), the tables of contents with page numbers, signature blocks. Text is
// portrait; a table keeps its own orientation and the text after it goes on a new portrait page.
#include <cstddef>
#include <vector>

#include "document/document.hpp"
#include "render/pdf/page_frame.hpp"

namespace lkjip::render::pdf {

// Where each heading and each table landed: the pages of a first pass, which the contents of the second
// pass print. Indexes are 0-based page indexes; the cover is page 0 and numbering starts after it, so
// the printed number is the index.
struct PageMap {
    std::vector<std::size_t> headings;  // per heading in document order (in_toc or not)
    std::vector<std::size_t> tables;    // per TableRef in document order
};

// Draws `doc`; `known` holds the page numbers of a previous pass (empty on the first). Returns where
// headings and tables landed in this pass.
PageMap draw_document(Pages& pages, const document::Document& doc, const PageMap& known);

}  // namespace lkjip::render::pdf
