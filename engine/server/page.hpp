#pragma once
// The page of `lkjip serve`, in Bahasa Indonesia: the forms (templates/web/halaman.html, embedded in the
// binary) and the result sections put in its <section id="hasil">. Tables are drawn by render/html; this
// file only arranges them, with headings, download buttons and counts.
#include <cstddef>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "audit/draft_matching.hpp"
#include "compute/performance.hpp"
#include "core/diagnostic.hpp"
#include "table/table.hpp"

namespace lkjip::server {

// The whole page with `result` (one of the sections below, or "" for none) in place.
std::string page_html(const std::string& result);

// Every problem of an upload that could not be used, in one list with its location (sheet and cell).
std::string problems_section(const std::vector<Diagnostic>& problems);

// The summary, the warnings, download buttons (which post the page's upload form again to
// /unduh) and every table of the report.
std::string result_section(const compute::Performance& performance, const table::Report& report,
                           const std::vector<Diagnostic>& warnings);

// The audit's findings as the lembar reviu's tables, with their counts and the draft's house style; for
// figures read from an uploaded draft (`draft`), how many were read, matched and not recognised, and
// each of the last with its place.
std::string audit_section(const audit::Result& result, std::size_t figures, const table::Report& sheet,
                          const audit::DraftFigures* draft = nullptr);

// An error of the request itself (too large, not found, internal).
std::string message_section(int status, const std::string& message);

}  // namespace lkjip::server
