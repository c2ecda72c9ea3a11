#pragma once
// The document as plain text, to read and diff (`lkjip report --dump-document`, golden tests): headings with
// their numbers, paragraphs (generated sentences marked "»", placeholders as written), lists, tables by
// number and title, signatures. No page layout: page numbers belong to a renderer.
#include <string>

#include "document/document.hpp"

namespace lkjip::document {

std::string to_text(const Document& doc);

}  // namespace lkjip::document
