#pragma once
// Document properties and the file itself. The same report must give the same bytes (so that a rerun
// can be checked with cmp): PoDoFo would stamp the current time into /CreationDate and derive /ID from
// it, so both are fixed here.
#include <ctime>
#include <optional>
#include <string>

#include "render/pdf/podofo.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// Title, author (the OPD), subject, creator "lkjip", and creation/modification date `created` (UTC), or
// when absent 1 January of the year after the reporting year (when an LKjIP is written), 00:00 UTC.
void set_metadata(PoDoFo::PdfMemDocument& document, const table::Report& report,
                  const std::optional<std::time_t>& created = std::nullopt);

// "D:20240101000000Z": a time as a PDF date string. Years 0-9999.
std::string pdf_date(std::time_t utc);

// Serialises in memory, replaces the trailer /ID with a hash of the content, then writes `path`.
// Throws OutputError naming the file; a partly written file is removed.
void write_document(PoDoFo::PdfMemDocument& document, const std::string& path);

// The /ID replacement on its own, for tests: both halves become the same 32 hex digits derived from
// every other byte of `pdf`. Returns false when `pdf` has no trailer /ID.
bool fix_document_id(std::string& pdf);

}  // namespace lkjip::render::pdf
