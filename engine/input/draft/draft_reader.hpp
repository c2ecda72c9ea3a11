#pragma once
// A draft told DOCX or PDF by its content ("%PDF-" in its first 1024 bytes, as the PDF standard allows, or
// a zip), never by its name: `lkjip audit --draft` and the upload of `lkjip serve` both read it here.
#include <string>

#include "model/draft_document.hpp"

namespace lkjip::input::draft {

// Throws InputError naming `file` when the bytes are neither, or cannot be read as what they are.
model::DraftDocument read_draft_bytes(const std::string& bytes, const std::string& file);

model::DraftDocument read_draft(const std::string& path);

}  // namespace lkjip::input::draft
