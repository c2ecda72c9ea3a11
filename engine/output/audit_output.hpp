#pragma once
// The audit's findings for people (grouped by severity) and for machines (JSON). The "lembar reviu" tables
// that the XLSX and PDF renderers draw are built in report/audit_tables.hpp.
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "audit/draft_matching.hpp"
#include "audit/finding.hpp"
#include "compute/performance.hpp"

namespace lkjip::output {

// `draft`: the figures were read from a draft (audit --draft): how many were read, matched and not
// recognised, each of the last with its place.
// The draft's house style (result.notes) comes first, as one line per style recognised.
std::string audit_text(const audit::Result& result, std::size_t figures, const compute::Performance& p,
                       const audit::DraftFigures* draft = nullptr);
// The "versi_skema" of audit --json (schemas/audit.schema.json): raised when a key is renamed, removed or
// changes type.
inline constexpr const char* kAuditJsonSchemaVersion = "1";

// Findings for machines, with the conventions they were judged by and the notes ("catatan").
std::string audit_json(const audit::Result& result, std::size_t figures, const compute::Performance& p,
                       const audit::DraftFigures* draft = nullptr);

}  // namespace lkjip::output
