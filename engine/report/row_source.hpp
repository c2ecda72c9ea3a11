#pragma once
// Where a table's rows come from (the template's "baris"): IKU grouped by sasaran, sasaran, programs with
// their indicators, the budget tree, belanja, the performance-and-budget hierarchy, or fixed rows.
#include <string>
#include <vector>

#include "compute/performance.hpp"
#include "report/row_context.hpp"
#include "template/table_template.hpp"

namespace lkjip::report {

struct RowSourceSpec {
    const char* name;
    const char* description;
};

const std::vector<RowSourceSpec>& all_row_sources();
bool is_row_source(const std::string& name);

// The rows of `source`; with `with_total`, a last "Jumlah" row whose children are the top-level rows.
std::vector<RowContext> rows_for(const TableTemplate& t, const compute::Performance& p);

// A table of this source is left out of the report when it has no rows (the indicators of kegiatan, which
// most OPDs do not report), instead of printed empty with a note.
bool left_out_when_empty(const std::string& source);

// Why `source` gives no rows for this OPD, for the note of a table left empty: the input it needs is not
// there (no anggaran.csv, no belanja.csv), which is not the same as amounts of zero.
std::string why_no_rows(const std::string& source, const compute::Performance& p);

}  // namespace lkjip::report
