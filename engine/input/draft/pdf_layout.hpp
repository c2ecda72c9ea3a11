#pragma once
// Tables rebuilt from the positions of a PDF page's words, the way a reader's eye does it: words on one
// baseline form a line; words close together on a line form a phrase; phrases stacked with a line's leading
// form a cell. A line starting "Tabel ..." is a caption; the lines after it down to the first row number or
// budget code are the header; each row number or code starts a row, and a cell belongs to the row its first
// line falls in. Each body cell gets the header cells above it (horizontal overlap). Separate from the
// poppler reader so that it is tested on words given by hand.
#include <string>
#include <vector>

#include "model/draft_document.hpp"

namespace lkjip::input::draft {

struct PdfWord {
    std::string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, y growing downwards (y0 = top)
};

struct PdfPage {
    int number = 0;  // 1-based
    std::vector<PdfWord> words;
};

// Every table found on the pages, in page order, and the running text outside them as paragraphs (one per
// line group). A table cut by a page break continues on the next page when that page starts with rows.
model::DraftDocument layout_pdf(const std::vector<PdfPage>& pages, const std::string& file);

}  // namespace lkjip::input::draft
