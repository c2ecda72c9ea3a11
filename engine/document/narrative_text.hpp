#pragma once
// The staff's simple formatting (narasi.csv) as document blocks: a blank line separates paragraphs, lines
// starting "- " (or "* ") are a bulleted list, lines starting "1. " a numbered one, **text** is bold. Lines
// of one paragraph are joined with a space. Nothing else is markup: the text is printed as written.
#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace lkjip::document {

// `origin` is Narrative for the staff's text, Placeholder for lkjip's own placeholder.
std::vector<Block> narrative_blocks(std::string_view text, Origin origin = Origin::Narrative);

// "**a** b" -> runs {a, bold}, {" b"}. An unclosed "**" is kept as written.
std::vector<Run> inline_runs(std::string_view text);

}  // namespace lkjip::document
