#pragma once
// A draft in DOCX: the tables of word/document.xml (rows, cells, horizontal spans `w:gridSpan`, vertical
// merges `w:vMerge`) with the paragraph before each as its caption, and the paragraphs outside tables, read
// with the zip and XML readers of the workbook reader (bounded, no DOCTYPE).
#include <string>

#include "model/draft_document.hpp"

namespace lkjip::input::draft {

// Throws InputError naming the file when it is not a zip, has no word/document.xml or holds broken XML.
model::DraftDocument read_docx_draft(const std::string& path);
model::DraftDocument read_docx_draft_bytes(const std::string& bytes, const std::string& file);

}  // namespace lkjip::input::draft
