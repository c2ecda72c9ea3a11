#pragma once
// The whole LKjIP as a Word document (.docx, WordprocessingML) from the same document model the PDF draws,
// so that the two never differ in content: staff edit it in Word or LibreOffice before signing. Written
// with minizip; the same document gives the same bytes (fixed part order, fixed zip dates, the document
// date in the properties).
#include <cstddef>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace lkjip::render::docx {

struct DocxOptions {
    // The document date (zip entries and docProps/core.xml), the same as the PDF's and the workbook's.
    // Absent: 1 January of the year after the reporting year, 00:00 UTC.
    std::optional<std::time_t> created;
    // The printed page of each heading (document order, in_toc or not) and each table reference in lkjip's
    // PDF, shown in the contents until Word updates the field; empty: the entries carry no page numbers.
    std::vector<std::size_t> heading_pages;
    std::vector<std::size_t> table_pages;
};

// The package's bytes.
std::string docx_bytes(const document::Document& doc, const DocxOptions& options = {});

// Writes the package to `path` (the caller passes a temporary path and renames it on success). Throws
// OutputError naming the file; a partly written file is removed.
void render_docx(const document::Document& doc, const std::string& path, const DocxOptions& options = {});

// The names of the package's parts, in the order they are stored (for tests and the README).
std::vector<std::string> docx_part_names(const document::Document& doc);

}  // namespace lkjip::render::docx
