#pragma once
// The parts of the package around the body: styles (the heading styles carry outline levels so Word's
// navigation pane and its own table of contents find them), settings, list numbering, the running header
// and footer, the content types and relationships (derived from the list of parts, so that every part is
// named), and the document properties.
#include <cstddef>
#include <ctime>
#include <string>
#include <vector>

#include "render/docx/zip_package.hpp"
#include "table/table.hpp"

namespace lkjip::render::docx {

// A part of the package with what [Content_Types].xml and the relationships say about it.
struct Part {
    std::string name;          // "word/styles.xml"
    std::string content_type;  // "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
    std::string relationship;  // relationship type from word/document.xml; empty: not related from it
    std::string id;            // its relationship id ("rIdStyles"); only when `relationship` is set
    std::string data;
};

std::string styles_xml();
std::string settings_xml();
// A bullet list (w:numId 1) and `numbered_lists` decimal lists (w:numId 2, 3, ...), each restarting at 1.
std::string numbering_xml(std::size_t numbered_lists);
// The running header: `text` over a rule.
std::string header_xml(const std::string& text);
// The footer: `text` at the left, "Halaman" and the PAGE field at the right edge of a page in `orientation`
// (a tab stop is a fixed distance: landscape pages have a footer of their own), under a rule.
std::string footer_xml(const std::string& text, table::Orientation orientation);
std::string core_properties_xml(const std::string& title, const std::string& author,
                                const std::string& subject, std::time_t created);
std::string app_properties_xml();

// [Content_Types].xml naming every part of `parts` (and the relationships parts).
std::string content_types_xml(const std::vector<Part>& parts);
// word/_rels/document.xml.rels: every part of `parts` that has a relationship.
std::string document_relationships_xml(const std::vector<Part>& parts);
// _rels/.rels: the main document and the two property parts.
std::string root_relationships_xml();

// "2024-01-01T00:00:00Z"
std::string w3c_date(std::time_t utc);

}  // namespace lkjip::render::docx
