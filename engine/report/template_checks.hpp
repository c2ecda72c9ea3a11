#pragma once
// Checks of a table template that need no data (part of validate_template): its columns fit an A4 page and
// an Excel sheet, and its texts use only the placeholders lkjip fills in. Problems name the template file
// and key path.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "template/table_template.hpp"

namespace lkjip::report {

// "opd", "pemda", "tahun", ...: what {name} in a title, sheet name, column header or note is replaced by.

// More leaf columns than Excel's 16.384, or a column that the PDF's proportional layout would give less
// than table::kMinColumnPoints on the template's page: an error at the table's or the column's key.
void check_layout(const TableTemplate& t, Diagnostics& diagnostics);

// An unknown {name}, a "{" without "}" or a "}" without "{" in a text that placeholders are expanded in.
void check_placeholders(const TableTemplate& t, Diagnostics& diagnostics);

}  // namespace lkjip::report
