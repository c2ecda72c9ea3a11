// libFuzzer target: a report table template (templates/laporan/*.json format) from arbitrary bytes, read as
// JSON and as XML, validated, and, when valid, built into a table against the computed Dumai fixture. Only
// InputError/InputErrors may leave the readers; a template that validates must build without any exception,
// and every built table must be rectangular with spans that stay inside it. A built table is then laid out
// for the PDF page (with a measure of half the type size per character): every column gets at least
// table::kMinColumnPoints and no cell wraps into more lines than it has characters, so that a template the
// checks let through can never make the layout blow up (issue 15: 100 columns took 16 GiB).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "fuzz_support.hpp"
#include "input/template_reader.hpp"
#include "render/pdf/table_layout.hpp"
#include "report/table_builder.hpp"
#include "table/cell_text.hpp"
#include "table/page_limits.hpp"
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

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

class HalfEmMeasure : public render::pdf::TextMeasure {
  public:
    double width(std::string_view utf8, const render::pdf::TextStyle& style) const override {
        return static_cast<double>(code_points(utf8)) * style.size * 0.5;
    }
    double line_height(const render::pdf::TextStyle& style) const override { return style.size * 1.2; }
    double ascent(const render::pdf::TextStyle& style) const override { return style.size * 0.8; }
};

void check_layout(const table::Table& t) {
    const HalfEmMeasure measure;
    const render::pdf::TableLayout layout =
        render::pdf::layout_table(t, measure, table::usable_page_width(t.orientation));
    for (std::size_t c = 0; c + 1 < layout.col_x.size(); ++c) {
        require(layout.col_x[c + 1] - layout.col_x[c] >= table::kMinColumnPoints - 1e-6,
                "every column gets the minimum width");
    }
    const auto bounded = [](const std::vector<std::vector<render::pdf::CellBox>>& boxes,
                            const std::vector<std::vector<table::Cell>>& cells) {
        for (std::size_t r = 0; r < boxes.size() && r < cells.size(); ++r) {
            for (std::size_t c = 0; c < boxes[r].size() && c < cells[r].size(); ++c) {
                require(boxes[r][c].lines.size() <= code_points(table::display_text(cells[r][c])) + 1,
                        "a cell wraps into no more lines than it has characters");
            }
        }
    };
    bounded(layout.header, t.header);
    std::vector<std::vector<table::Cell>> body;
    for (const table::Row& row : t.rows)
        body.push_back(row.cells);
    bounded(layout.body, body);
}

void run(std::string_view content, const std::string& file) {
    Diagnostics diagnostics;
    const report::TableTemplate t = input::read_table_template(content, file, diagnostics);
    if (diagnostics.has_errors())
        return;
    report::validate_template(t, diagnostics);
    if (diagnostics.has_errors())
        return;
    const table::Table built = report::build_table(t, performance());
    check_table(built);
    check_layout(built);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    run(content, "templat.json");
    run(content, "templat.xml");
    return 0;
}
