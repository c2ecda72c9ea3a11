#pragma once
// The audit's findings as the "lembar reviu" that the XLSX and PDF renderers draw: a summary table and one
// row per finding. (Their text and JSON forms are serialisers: output/audit_output.hpp.)
#include <cstddef>
#include <vector>

#include "audit/audit.hpp"
#include "audit/finding.hpp"
#include "compute/performance.hpp"
#include "table/table.hpp"

namespace lkjip::report {

// The lembar reviu: a summary table (the draft's house style noted below it) and one row per finding.
table::Report audit_report(const audit::Result& result, std::size_t figures, const compute::Performance& p);

}  // namespace lkjip::report
