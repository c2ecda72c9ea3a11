#pragma once
// word/document.xml from the document model: the cover, headings (numbered as the PDF numbers them, in
// the Heading styles), paragraphs of runs (placeholders in red), lists, the report's tables with their
// caption before them (as Word and lkjip's draft reader expect) and notes after, the tables of contents
// as TOC fields holding lkjip's own entries, signature blocks, and sections: a new one at each section of
// the model and wherever the orientation changes (a landscape table gets landscape pages).
#include <cstddef>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace lkjip::render::docx {

struct BodyOptions {
    // The printed page of each heading (in document order, in_toc or not) and of each table reference,
    // from lkjip's PDF layout; empty: the contents are written without page numbers (Word fills them in
    // when the field is updated).
    std::vector<std::size_t> heading_pages;
    std::vector<std::size_t> table_pages;
};

struct Body {
    std::string xml;                  // word/document.xml
    std::size_t numbered_lists = 0;   // numbering.xml needs one w:num per numbered list
    std::vector<std::string> charts;  // word/charts/chartN.xml, N = index + 1
};

// Relationship ids the body refers to (word/_rels/document.xml.rels must use the same).
inline constexpr const char* kHeaderId = "rIdHeader";
inline constexpr const char* kFooterId = "rIdFooter";
inline constexpr const char* kLandscapeFooterId = "rIdFooterLandscape";
std::string chart_id(std::size_t index);  // "rIdChart1"

Body body_xml(const document::Document& doc, const BodyOptions& options);

}  // namespace lkjip::render::docx
