#pragma once
// The LKjIP as a PDF: a cover, every table of the report in order (the Ikhtisar first) with its charts,
// and the head of the OPD's signature after the last table. A4, an embedded DejaVu Sans subset, page
// numbers and the OPD in a footer on every page but the cover. The same report gives the same bytes.
#include <cstddef>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// The sheet the pages are cut from: A4 for the LKjIP; A3 for a form too wide for A4 (the Renja evaluation's
// 27 columns, as agencies print it).
enum class Paper { A4, A3 };

struct PdfOptions {
    // TrueType files for the regular and the bold face. Empty: DejaVu Sans as bundled in lkjip, a subset
    // covering Latin, Greek, punctuation, currency, arrows and mathematical signs (templates/fonts/).
    std::string font_regular;
    std::string font_bold;
    // When a report draws a character outside a bundled face, the document is made again with these
    // files for the bundled faces (each if it can be read): the full DejaVu Sans of fonts-dejavu-core.
    std::string fallback_regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::string fallback_bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    // The document date (/CreationDate and /ModDate), the same as the workbook's. Absent: 1 January of the
    // year after the reporting year.
    std::optional<std::time_t> created;
    Paper paper = Paper::A4;
    // What the page footer calls the document, after the OPD and before the year.
    std::string document_name = "LKjIP";
};

// Writes the whole report to `path` (the caller passes a temporary path and renames it on success).
// Throws OutputError (Bahasa Indonesia, naming the file) when a font is missing/unreadable or the file
// cannot be written; never leaves a partial file at `path` on failure.
void render_pdf(const table::Report& report, const std::string& path, const PdfOptions& options = {});

// Where the headings and tables of a document landed: printed page numbers (the cover is unnumbered and
// the page after it is 1), per heading in document order (in_toc or not) and per table reference. The
// DOCX's contents show them until Word updates its field.
struct DocumentPages {
    std::vector<std::size_t> headings;
    std::vector<std::size_t> tables;
};

// Writes the whole document (cover, front matter, chapters with their tables, contents with page numbers,
// running header and footer) to `path`, as render_pdf does the tables. Returns where everything landed.
DocumentPages render_document_pdf(const document::Document& doc, const std::string& path,
                                  const PdfOptions& options = {});

// PoDoFo's process-wide settings, made once (render_pdf calls it too); call before starting threads that
// render PDFs.
void prepare_pdf_library();

// "<opd> <pemda> — LKjIP <tahun>", the footer of every page but the cover.
std::string footer_text(const table::Report& report, const std::string& document_name = "LKjIP");

}  // namespace lkjip::render::pdf
