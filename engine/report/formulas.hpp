#pragma once
// Spreadsheet formulas that let a reviewer see how a value was computed: capaian from target and
// realisasi, serapan from realisasi and pagu, sums of children, averages of IKU, predikat from capaian.
// A formula is only attached when the cells it reads hold exactly the values the engine used; the
// engine's value is always stored as the cached result.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compute/performance.hpp"
#include "report/fields.hpp"
#include "report/row_context.hpp"
#include "table/table.hpp"

namespace lkjip::report {

struct FormulaContext {
    const compute::Performance& performance;
    const std::vector<RowContext>& rows;
    std::vector<table::Row>& body;  // values already filled in
    // The column showing `field` for `tahun` (year-independent fields ignore it), if the table has one.
    std::function<std::optional<std::size_t>(Field, int)> column_of;
    // The column showing `field` of `tahun` for quarter 1..4 (a `triwulan` column), if the table has one.
    std::function<std::optional<std::size_t>(Field, int, int)> quarter_column_of;
};

// Sets body[row].cells[column].formula where a formula reproduces the cell's value.
void attach_formula(FormulaContext& ctx, std::size_t row, std::size_t column, Field field, int tahun);

// Whether Excel accepts the formula: at most 8.192 characters and 64 levels of nested functions.
bool fits_spreadsheet_limits(const formula::Expr& f);

}  // namespace lkjip::report
