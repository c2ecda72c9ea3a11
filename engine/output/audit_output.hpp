#pragma once
// The audit's findings for people (grouped by severity) and for machines (JSON), and as the "lembar
// reviu" table that the XLSX and PDF renderers draw.
#include <string>
#include <vector>

#include "audit/finding.hpp"
#include "compute/performance.hpp"
#include "table/table.hpp"

namespace lkjip::output {

std::string audit_text(const std::vector<audit::Finding>& findings, std::size_t figures,
                       const compute::Performance& p);
// The "versi_skema" of audit --json (schemas/audit.schema.json): raised when a key is renamed, removed or
// changes type.
inline constexpr const char* kAuditJsonSchemaVersion = "1";

// Findings for machines, with the conventions they were judged by.
std::string audit_json(const std::vector<audit::Finding>& findings, std::size_t figures,
                       const compute::Performance& p);
// The lembar reviu: a summary table and one row per finding.
table::Report audit_report(const std::vector<audit::Finding>& findings, std::size_t figures,
                           const compute::Performance& p);

}  // namespace lkjip::output
