#include "render/pdf/chart_data.hpp"

#include <algorithm>
#include <cmath>

#include "table/cell_text.hpp"

namespace lkjip::render::pdf {

namespace {

// The text shown at (row, column) of the body, looking up through merged cells.
std::string body_text(const table::Table& table, std::size_t row, std::size_t column) {
    for (std::size_t r = row + 1; r-- > 0;) {
        const auto& cells = table.rows[r].cells;
        if (column >= cells.size())
            return "";
        const table::Cell& cell = cells[column];
        if (!cell.covered)
            return table::display_text(cell);
    }
    return "";
}

// The text of the header cell in `row` whose span covers `column` ("" when a cell from a row above
// covers it: its text was already taken).
std::string header_text_above(const std::vector<table::Cell>& row, std::size_t column) {
    for (std::size_t c = 0; c <= column && c < row.size(); ++c) {
        const table::Cell& cell = row[c];
        if (!cell.covered && c + static_cast<std::size_t>(std::max(1, cell.col_span)) > column)
            return table::display_text(cell);
    }
    return "";
}

// "(7)" or "7": the row of column numbers that LKjIP tables carry under their header.
bool is_column_number(const std::string& text) {
    std::string digits = text;
    if (digits.size() >= 2 && digits.front() == '(' && digits.back() == ')')
        digits = digits.substr(1, digits.size() - 2);
    return !digits.empty() &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool ChartData::has_values() const {
    for (const auto& row : values) {
        for (const auto& v : row) {
            if (v)
                return true;
        }
    }
    return false;
}

std::vector<std::string> series_names(const table::Table& table, const std::vector<std::size_t>& columns) {
    // texts[series][header row]: what the header says above that column in that row ("" when nothing new).
    std::vector<std::vector<std::string>> texts(columns.size(),
                                                std::vector<std::string>(table.header.size()));
    for (std::size_t s = 0; s < columns.size(); ++s) {
        for (std::size_t r = 0; r < table.header.size(); ++r) {
            const std::string text = header_text_above(table.header[r], columns[s]);
            if (!is_column_number(text))
                texts[s][r] = text;
        }
    }
    std::vector<bool> shared(table.header.size(), columns.size() > 1);
    for (std::size_t r = 0; r < table.header.size(); ++r) {
        for (std::size_t s = 1; s < columns.size(); ++s)
            shared[r] = shared[r] && texts[s][r] == texts[0][r];
    }
    std::vector<std::string> names;
    for (const auto& parts : texts) {
        std::string name;
        std::string full;
        for (std::size_t r = 0; r < parts.size(); ++r) {
            if (parts[r].empty())
                continue;
            full += (full.empty() ? "" : " ") + parts[r];
            if (!shared[r])
                name += (name.empty() ? "" : " ") + parts[r];
        }
        names.push_back(name.empty() ? full : name);
    }
    return names;
}

ChartData chart_data(const table::Table& table, const table::Chart& chart) {
    ChartData data;
    data.series = series_names(table, chart.value_columns);
    bool all_percent = true;
    bool any = false;
    for (std::size_t row : chart.rows) {
        if (row >= table.rows.size())
            continue;
        data.categories.push_back(body_text(table, row, chart.category_column));
        std::vector<std::optional<double>> values;
        std::vector<std::string> labels;
        for (std::size_t column : chart.value_columns) {
            const auto& cells = table.rows[row].cells;
            const table::Cell* cell = column < cells.size() ? &cells[column] : nullptr;
            if (cell != nullptr && cell->kind == table::Cell::Kind::Number && std::isfinite(cell->number)) {
                values.emplace_back(cell->number);
                labels.push_back(table::display_text(*cell));
                all_percent = all_percent && cell->style == table::NumberStyle::Percent;
                any = true;
            } else {
                values.emplace_back(std::nullopt);
                labels.emplace_back();
            }
        }
        data.values.push_back(std::move(values));
        data.labels.push_back(std::move(labels));
    }
    data.percent = any && all_percent;
    return data;
}

std::vector<double> ValueAxis::ticks() const {
    std::vector<double> t;
    const long first = std::lround(min / step);
    const long last = std::lround(max / step);
    for (long k = first; k <= last; ++k)
        t.push_back(static_cast<double>(k) * step);
    return t;
}

ValueAxis nice_axis(double low, double high, int target_ticks) {
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (high - low <= 0.0)
        high = low + 1.0;
    const double raw = (high - low) / std::max(1, target_ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10.0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    ValueAxis axis;
    axis.step = step;
    axis.min = std::floor(low / step + 1e-9) * step;
    axis.max = std::ceil(high / step - 1e-9) * step;
    if (axis.max <= axis.min)
        axis.max = axis.min + step;
    // Decimals that show the step exactly: 0.25 needs 2, 0.5 needs 1, 5 needs 0.
    axis.decimals = 0;
    while (axis.decimals < 6 && std::fabs(step * std::pow(10.0, axis.decimals) -
                                          std::round(step * std::pow(10.0, axis.decimals))) > 1e-6)
        ++axis.decimals;
    return axis;
}

}  // namespace lkjip::render::pdf
