#pragma once
// A table template applied to the computed performance: the renderer-neutral table::Table with its header
// tree, body cells, merged group cells, formulas, notes and charts.
#include <string>

#include "compute/performance.hpp"
#include "core/diagnostic.hpp"
#include "report/table_template.hpp"
#include "table/table.hpp"

namespace lkjip::report {

// Checks the template against what lkjip knows (row source, fields, chart columns). Problems name the
// template file and key path.
void validate_template(const TableTemplate& t, Diagnostics& diagnostics);

// Replaces {opd}, {pemda}, {instansi} (model::instansi_name), {sebutan_instansi}, {tahun}, {tahun_lalu},
// {renstra_awal}, {renstra_akhir} and {nomor}.
std::string expand_placeholders(const std::string& text, const compute::Performance& p,
                                const std::string& nomor, int column_year);

// Expects a template that passed validate_template.
table::Table build_table(const TableTemplate& t, const compute::Performance& p);

}  // namespace lkjip::report
