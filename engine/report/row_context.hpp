#pragma once
// One body row of a report table before it is laid out: which objects of the computed performance it is
// about. Fields (report/fields.hpp) read their value from here; the row source decides the rows.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compute/performance.hpp"
#include "table/table.hpp"
#include "template/table_template.hpp"

namespace lkjip::report {

struct RowContext {
    table::RowRole role = table::RowRole::Data;
    const compute::TujuanResult* tujuan = nullptr;
    const compute::SasaranResult* sasaran = nullptr;
    const compute::IndicatorResult* indicator = nullptr;
    const compute::ProgramResult* program = nullptr;
    const rules::BudgetNode* budget = nullptr;
    const model::Belanja* belanja = nullptr;
    const FixedRowTemplate* fixed = nullptr;
    bool total = false;       // the "Jumlah" row of the table
    bool iku_budget = false;  // budget fields show the programs supporting the IKU (efficiency tables)

    // What the row heads, for the `uraian` field and for merging it: "Tujuan", "Sasaran", "Program" in the
    // performance-and-budget table; empty elsewhere (uraian is then the row's own object).
    std::string heading;
    const void* heading_object = nullptr;

    // Amounts that belong to the row itself rather than to a budget node (belanja rows and their total).
    std::optional<rules::Amounts> amounts;

    int number = 0;                     // running number shown by `nomor`; 0 = none
    const void* numbered = nullptr;     // rows sharing it share one merged number cell
    int level = 0;                      // indentation (kegiatan 1, sub kegiatan 2)
    std::vector<std::size_t> children;  // rows this row sums (budget parents, the total row)
};

}  // namespace lkjip::report
