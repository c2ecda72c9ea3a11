#include "render/xlsx/xlsx_chart.hpp"

#include <algorithm>
#include <cmath>

#include "core/diagnostic.hpp"
#include "render/xlsx/a1_reference.hpp"
#include "render/xlsx/workbook_file.hpp"
#include "table/cell_text.hpp"

namespace lkjip::render::xlsx {

namespace {

lxw_row_t row(std::size_t r) {
    return static_cast<lxw_row_t>(r);
}
lxw_col_t col(std::size_t c) {
    return static_cast<lxw_col_t>(c);
}

void check(lxw_error e, const std::string& sheet) {
    if (e != LXW_NO_ERROR)
        throw OutputError("lembar \"" + sheet + "\": grafik gagal ditulis: " + xlsx_reason(e));
}

// The header text of a body column: its lowest header cell (group titles above it are context).
std::string column_title(const table::Table& t, std::size_t column) {
    for (std::size_t r = t.header.size(); r-- > 0;) {
        const table::Cell& c = t.header[r][column];
        if (!c.covered && c.kind == table::Cell::Kind::Text)
            return c.text;
    }
    return t.columns[column].id;
}

}  // namespace

std::size_t write_chart(const ChartPlacement& place) {
    const table::Table& t = place.table;
    const table::Chart& chart = place.chart;
    lxw_worksheet* ws = place.worksheet;
    const std::string& sheet = t.sheet_name;
    if (chart.rows.empty())
        return place.at;

    lxw_format* bold = workbook_add_format(place.workbook);
    format_set_bold(bold);
    format_set_font_name(bold, "Arial");
    format_set_font_size(bold, 9);
    lxw_format* plain = workbook_add_format(place.workbook);
    format_set_font_name(plain, "Arial");
    format_set_font_size(plain, 9);
    lxw_format* number = workbook_add_format(place.workbook);
    format_set_font_name(number, "Arial");
    format_set_font_size(number, 9);
    format_set_num_format(number, "#,##0.00");

    // The data block: title row, column titles, then one row per charted table row.
    std::size_t r = place.at;
    check(worksheet_write_string(ws, row(r), 0, ("Data grafik: " + chart.title).c_str(), bold), sheet);
    ++r;
    check(worksheet_write_string(ws, row(r), 0, column_title(t, chart.category_column).c_str(), bold), sheet);
    for (std::size_t k = 0; k < chart.value_columns.size(); ++k)
        check(worksheet_write_string(ws, row(r), col(k + 1), column_title(t, chart.value_columns[k]).c_str(),
                                     bold),
              sheet);
    const std::size_t reference_col = chart.value_columns.size() + 1;
    if (chart.reference)
        check(worksheet_write_string(
                  ws, row(r), col(reference_col),
                  (chart.reference_label.empty() ? "Acuan" : chart.reference_label).c_str(), bold),
              sheet);
    const std::size_t first = r + 1;
    for (std::size_t body_row : chart.rows) {
        ++r;
        const table::Cell& category = t.rows[body_row].cells[chart.category_column];
        const std::string label = table::display_text(category);
        const std::string ref = "=" + a1(place.body_top + body_row, chart.category_column);
        check(worksheet_write_formula_str(ws, row(r), 0, ref.c_str(), plain, label.c_str()), sheet);
        for (std::size_t k = 0; k < chart.value_columns.size(); ++k) {
            const table::Cell& v = t.rows[body_row].cells[chart.value_columns[k]];
            const std::string vref = "=" + a1(place.body_top + body_row, chart.value_columns[k]);
            if (v.kind == table::Cell::Kind::Number)
                check(worksheet_write_formula_num(ws, row(r), col(k + 1), vref.c_str(), number, v.number),
                      sheet);
            else
                check(worksheet_write_string(ws, row(r), col(k + 1), "n/a", plain), sheet);
        }
        if (chart.reference)
            check(worksheet_write_number(ws, row(r), col(reference_col), *chart.reference, number), sheet);
    }
    const std::size_t last = r;

    const bool bar = chart.kind == table::ChartKind::Bar;
    lxw_chart* c = workbook_add_chart(place.workbook, bar ? LXW_CHART_BAR : LXW_CHART_COLUMN);
    if (!c)
        throw OutputError("lembar \"" + sheet + "\": grafik tidak dapat dibuat");
    for (std::size_t k = 0; k < chart.value_columns.size(); ++k) {
        lxw_chart_series* s = chart_add_series(c, nullptr, nullptr);
        chart_series_set_categories(s, sheet.c_str(), row(first), 0, row(last), 0);
        chart_series_set_values(s, sheet.c_str(), row(first), col(k + 1), row(last), col(k + 1));
        chart_series_set_name_range(s, sheet.c_str(), row(first - 1), col(k + 1));
        chart_series_set_labels(s);
        chart_series_set_labels_num_format(s, "#,##0.00");
    }
    if (chart.reference) {
        // libxlsxwriter 1.1.4 cannot combine chart types, so the reference is a second series of the same
        // kind, outlined in dashed red and not filled: each bar stands beside the level it is measured by.
        lxw_chart_series* s = chart_add_series(c, nullptr, nullptr);
        chart_series_set_categories(s, sheet.c_str(), row(first), 0, row(last), 0);
        chart_series_set_values(s, sheet.c_str(), row(first), col(reference_col), row(last),
                                col(reference_col));
        chart_series_set_name_range(s, sheet.c_str(), row(first - 1), col(reference_col));
        lxw_chart_fill none = {};
        none.none = LXW_TRUE;
        chart_series_set_fill(s, &none);
        lxw_chart_line outline = {};
        outline.color = 0xC00000;
        outline.dash_type = LXW_CHART_LINE_DASH_DASH;
        outline.width = 1.25;
        chart_series_set_line(s, &outline);
    }
    chart_title_set_name(c, chart.title.c_str());
    // In libxlsxwriter a bar chart's categories are on its y axis and its values on the x axis.
    lxw_chart_axis* values = bar ? c->x_axis : c->y_axis;
    lxw_chart_axis* categories = bar ? c->y_axis : c->x_axis;
    if (!chart.y_axis_title.empty())
        chart_axis_set_name(values, chart.y_axis_title.c_str());
    chart_axis_set_num_format(values, "#,##0");
    chart_axis_set_min(values, 0);  // a bar that starts at 88 makes 93 look like half of 99
    chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
    if (bar)
        chart_axis_set_reverse(categories);  // top-down, in the table's order, as in the table

    const double height = std::clamp(120.0 + 34.0 * static_cast<double>(chart.rows.size()), 288.0, 900.0);
    lxw_chart_options options = {};
    options.x_scale = 1.6;
    options.y_scale = height / 288.0;
    options.x_offset = 10;
    options.y_offset = 10;
    check(worksheet_insert_chart_opt(ws, row(last + 2), 0, c, &options), sheet);
    return last + 2 + static_cast<std::size_t>(std::ceil(height / 20.0)) + 2;
}

}  // namespace lkjip::render::xlsx
