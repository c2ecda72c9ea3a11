// libFuzzer target: a report table template (templates/laporan/*.json format) from arbitrary bytes, read as
// JSON and as XML, validated, and, when valid, built into a table against the computed Dumai fixture. Only
// InputError/InputErrors may leave the readers; a template that validates must build without any exception,
// and every built table must be rectangular with spans that stay inside it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "fuzz_support.hpp"
#include "input/template_reader.hpp"
#include "report/table_builder.hpp"
#include "test_support.hpp"

namespace {

using lkjip::fuzz::require;
using lkjip::fuzz::valid_utf8;

using namespace lkjip;

// The Dumai fixture is rich enough for every row source (budget tree, belanja, N-1, programs).
const compute::Performance& performance() {
    return test::dumai_performance();
}

void check_table(const table::Table& t) {
    const std::size_t columns = t.column_count();
    for (const auto& row : t.header)
        require(row.size() == columns, "header rows are as wide as the table");
    for (const table::Row& row : t.rows) {
        require(row.cells.size() == columns, "body rows are as wide as the table");
        for (std::size_t c = 0; c < columns; ++c) {
            const table::Cell& cell = row.cells[c];
            require(cell.row_span >= 1 && cell.col_span >= 1, "spans are positive");
            require(c + static_cast<std::size_t>(cell.col_span) <= columns, "column spans stay inside");
        }
    }
    for (const table::Chart& chart : t.charts) {
        require(chart.category_column < columns, "chart categories are a column");
        for (std::size_t v : chart.value_columns)
            require(v < columns, "chart values are a column");
    }
}

void run(std::string_view content, const std::string& file) {
    Diagnostics diagnostics;
    const report::TableTemplate t = input::read_table_template(content, file, diagnostics);
    if (diagnostics.has_errors())
        return;
    report::validate_template(t, diagnostics);
    if (diagnostics.has_errors())
        return;
    check_table(report::build_table(t, performance()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    run(content, "templat.json");
    run(content, "templat.xml");
    return 0;
}
