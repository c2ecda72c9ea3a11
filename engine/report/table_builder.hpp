#pragma once
// A table template applied to the computed performance: the renderer-neutral table::Table with its header
// tree, body cells, merged group cells, formulas, notes and charts.
#include <string>

#include "compute/performance.hpp"
#include "core/diagnostic.hpp"
#include "report/placeholders.hpp"
#include "table/table.hpp"
#include "template/table_template.hpp"

namespace lkjip::report {

// Checks the template against what lkjip knows (row source, fields, chart columns). Problems name the
// template file and key path.
void validate_template(const TableTemplate& t, Diagnostics& diagnostics);

// Expects a template that passed validate_template.
table::Table build_table(const TableTemplate& t, const compute::Performance& p);

}  // namespace lkjip::report
