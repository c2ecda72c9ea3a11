#pragma once
// The whole LKjIP report model: every table template applied to the computed performance, with what the
// cover, footers and signature block need. The XLSX and PDF renderers draw the result.
#include <vector>

#include "compute/performance.hpp"
#include "table/table.hpp"
#include "template/table_template.hpp"

namespace lkjip::report {

// A report without tables, with what the cover, the footers and the signature block take from the profile:
// the OPD, the pemda, the year, the place and date of signing and the head of the OPD.
table::Report signed_report(const model::Profile& profile, std::string title);

// Throws InputErrors naming every template problem (file and key path) before anything is built.
table::Report build_report(const std::vector<TableTemplate>& templates, const compute::Performance& p);

// A valid, unique sheet name: at most 31 characters, none of []:*?/\, not already in `taken`.
std::string sheet_name(const std::string& wanted, const std::vector<std::string>& taken);

}  // namespace lkjip::report
