#pragma once
// The document's outline (templates/dokumen/kerangka.json, or kerangka.json in the folder given with
// `report --templates`): read through PropertyTree like the table templates. Every problem names the file
// and the key path; an unknown key, block kind, sentence, generated block, narasi section or {{name}} is an
// error with a "maksud Anda" where one is close.
//
// JSON rather than Mustache: the outline is a tree of pages and blocks with options (a heading's number and
// level, a table block's prefixes, the blocks repeated per sasaran and per IKU), which is data; Mustache
// would have to express it as text and give up the per-key messages. Its texts still use {{name}}, as the
// sentence templates do.
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "template/document_outline.hpp"

namespace lkjip::input {

// The outline's file name, in templates/dokumen/ and in a --templates folder (the table template reader
// skips it: it is not a table).
inline constexpr std::string_view kOutlineFileName = "kerangka.json";

// One outline from its text. Problems go to `diagnostics`; the result is only meaningful without errors.
templates::DocumentOutline read_document_outline(std::string_view content, const std::string& file,
                                                 Diagnostics& diagnostics);

// The outline compiled into lkjip (templates/dokumen/kerangka.json).
templates::DocumentOutline default_document_outline(Diagnostics& diagnostics);

// `folder`/kerangka.json when the folder has one, else the default.
templates::DocumentOutline read_document_outline_in(const std::string& folder, Diagnostics& diagnostics);

}  // namespace lkjip::input
