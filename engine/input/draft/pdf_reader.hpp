#pragma once
// A draft in PDF: the words of every page with their positions, read with poppler's C++ API, laid out into
// tables by pdf_layout. poppler runs in a process of its own (pdf_words.hpp).
#include <string>

#include "model/draft_document.hpp"

namespace lkjip::input::draft {

// Throws InputError naming the file when it cannot be read, is not a PDF poppler can open, is encrypted, or
// has more pages than a report can (a hostile file must not hold lkjip for long).
model::DraftDocument read_pdf_draft(const std::string& path);

// The same for a PDF already in memory (`file` names it in messages).
model::DraftDocument read_pdf_draft_bytes(const std::string& bytes, const std::string& file);

}  // namespace lkjip::input::draft
