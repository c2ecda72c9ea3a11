#include "render/pdf/table_layout.hpp"

#include <algorithm>
#include <numeric>

#include "render/pdf/style.hpp"
#include "render/pdf/text_wrap.hpp"
#include "table/cell_text.hpp"
#include "table/page_limits.hpp"

namespace lkjip::render::pdf {

namespace {

// The template checks reckon with the same page and padding.
static_assert(style::kMargin == table::kPageMargin && style::kPadX == table::kCellPadding);

const table::Cell kNoCell{};
constexpr double kMinimumSize = 6.5;  // points; below this a long word is broken instead

const table::Cell& cell_at(const std::vector<table::Cell>& row, std::size_t col) {
    return col < row.size() ? row[col] : kNoCell;
}

// Owners for a grid of cells: the top-left cell of each merged block owns every position it spans.
// Spans are clamped to the grid; a position already owned is never taken over by a later cell.
std::vector<std::vector<Owner>> owners(const std::vector<const std::vector<table::Cell>*>& rows,
                                       std::size_t columns) {
    std::vector<std::vector<Owner>> owner(rows.size(), std::vector<Owner>(columns));
    std::vector<std::vector<bool>> taken(rows.size(), std::vector<bool>(columns, false));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            if (taken[r][c])
                continue;
            owner[r][c] = Owner{r, c};
            taken[r][c] = true;
            const table::Cell& cell = cell_at(*rows[r], c);
            if (cell.covered)
                continue;
            const std::size_t r_end =
                std::min(rows.size(), r + static_cast<std::size_t>(std::max(1, cell.row_span)));
            const std::size_t c_end =
                std::min(columns, c + static_cast<std::size_t>(std::max(1, cell.col_span)));
            for (std::size_t rr = r; rr < r_end; ++rr) {
                for (std::size_t cc = c; cc < c_end; ++cc) {
                    if (!taken[rr][cc] || (rr == r && cc == c)) {
                        owner[rr][cc] = Owner{r, c};
                        taken[rr][cc] = true;
                    }
                }
            }
        }
    }
    return owner;
}

// Spans as the owner grid settled them (clamped, never overlapping another block's origin).
void settle_spans(std::vector<std::vector<CellBox>>& boxes, const std::vector<std::vector<Owner>>& owner) {
    for (std::size_t r = 0; r < boxes.size(); ++r) {
        for (std::size_t c = 0; c < boxes[r].size(); ++c) {
            if (owner[r][c].row != r || owner[r][c].col != c)
                continue;
            int rs = 1;
            while (r + static_cast<std::size_t>(rs) < owner.size() &&
                   owner[r + static_cast<std::size_t>(rs)][c].row == r &&
                   owner[r + static_cast<std::size_t>(rs)][c].col == c)
                ++rs;
            int cs = 1;
            while (c + static_cast<std::size_t>(cs) < owner[r].size() &&
                   owner[r][c + static_cast<std::size_t>(cs)].row == r &&
                   owner[r][c + static_cast<std::size_t>(cs)].col == c)
                ++cs;
            boxes[r][c].row_span = rs;
            boxes[r][c].col_span = cs;
        }
    }
}

void wrap_boxes(std::vector<std::vector<CellBox>>& boxes, const std::vector<std::vector<Owner>>& owner,
                const std::vector<std::vector<std::string>>& texts, const std::vector<double>& x,
                const TextMeasure& measure) {
    for (std::size_t r = 0; r < boxes.size(); ++r) {
        for (std::size_t c = 0; c < boxes[r].size(); ++c) {
            if (owner[r][c].row != r || owner[r][c].col != c)
                continue;
            CellBox& box = boxes[r][c];
            const double width = x[c + static_cast<std::size_t>(box.col_span)] - x[c] - 2 * style::kPadX;
            // Indentation never squeezes the text below a third of the cell.
            box.indent = std::min(box.indent, std::max(0.0, width * 2.0 / 3.0));
            // A word or number wider than its column is set smaller before it is ever broken:
            // "6.210.455.282" or a header "Realisasi" must stay in one piece.
            while (box.style.size > kMinimumSize &&
                   widest_word(measure, texts[r][c], box.style) > width - box.indent)
                box.style.size = std::max(kMinimumSize, box.style.size - 0.25);
            box.lines = wrap_text(measure, texts[r][c], width - box.indent, box.style);
        }
    }
}

// Row heights that hold every cell: single-row cells first, then merged cells grow the last row they span.
std::vector<double> row_heights(const std::vector<std::vector<CellBox>>& boxes,
                                const std::vector<std::vector<Owner>>& owner, const TextMeasure& measure,
                                double minimum) {
    std::vector<double> h(boxes.size(), minimum);
    for (std::size_t r = 0; r < boxes.size(); ++r) {
        for (std::size_t c = 0; c < boxes[r].size(); ++c) {
            if (owner[r][c].row == r && owner[r][c].col == c && boxes[r][c].row_span == 1)
                h[r] = std::max(h[r], boxes[r][c].needed_height(measure));
        }
    }
    for (std::size_t r = 0; r < boxes.size(); ++r) {
        for (std::size_t c = 0; c < boxes[r].size(); ++c) {
            const CellBox& box = boxes[r][c];
            if (owner[r][c].row != r || owner[r][c].col != c || box.row_span == 1)
                continue;
            const std::size_t last = r + static_cast<std::size_t>(box.row_span) - 1;
            const double spanned = std::accumulate(h.begin() + static_cast<std::ptrdiff_t>(r),
                                                   h.begin() + static_cast<std::ptrdiff_t>(last) + 1, 0.0);
            const double need = box.needed_height(measure);
            if (need > spanned)
                h[last] += need - spanned;
        }
    }
    return h;
}

}  // namespace

double CellBox::needed_height(const TextMeasure& measure) const {
    // A cell set smaller than the body font is drawn lower, on the body's first baseline (table_draw).
    const double drop = std::max(0.0, measure.ascent(style::kBody) - measure.ascent(style));
    return static_cast<double>(lines.size()) * measure.line_height(style) + style::kPadTop +
           style::kPadBottom + drop;
}

double TableLayout::header_height() const {
    return std::accumulate(header_heights.begin(), header_heights.end(), 0.0);
}

std::vector<double> column_edges(const table::Table& table, double width) {
    const std::size_t n = table.columns.size();
    std::vector<double> x(n + 1, 0.0);
    double total = 0.0;
    for (const table::Column& c : table.columns)
        total += std::max(c.width, 1.0);
    for (std::size_t i = 0; i < n; ++i)
        x[i + 1] = x[i] + std::max(table.columns[i].width, 1.0) / total * width;
    if (n > 0)
        x[n] = width;  // no rounding drift at the right edge
    return x;
}

TextStyle body_style(const table::Row& row, const table::Cell& cell) {
    const bool bold = cell.bold || row.role == table::RowRole::Group || row.role == table::RowRole::Total;
    return bold ? style::kBodyBold : style::kBody;
}

TableLayout layout_table(const table::Table& table, const TextMeasure& measure, double width) {
    TableLayout layout;
    const std::size_t n = table.columns.size();
    layout.col_x = column_edges(table, width);

    std::vector<const std::vector<table::Cell>*> header_rows;
    for (const auto& row : table.header)
        header_rows.push_back(&row);
    layout.header_owner = owners(header_rows, n);
    layout.header.assign(header_rows.size(), std::vector<CellBox>(n));
    std::vector<std::vector<std::string>> header_text(header_rows.size(), std::vector<std::string>(n));
    for (std::size_t r = 0; r < header_rows.size(); ++r) {
        for (std::size_t c = 0; c < n; ++c) {
            header_text[r][c] = table::display_text(cell_at(*header_rows[r], c));
            layout.header[r][c].style = style::kHeader;
            layout.header[r][c].align = table::Align::Center;
        }
    }
    settle_spans(layout.header, layout.header_owner);
    wrap_boxes(layout.header, layout.header_owner, header_text, layout.col_x, measure);
    layout.header_heights =
        row_heights(layout.header, layout.header_owner, measure,
                    measure.line_height(style::kHeader) + style::kPadTop + style::kPadBottom);

    std::vector<const std::vector<table::Cell>*> body_rows;
    for (const auto& row : table.rows)
        body_rows.push_back(&row.cells);
    layout.body_owner = owners(body_rows, n);
    layout.body.assign(body_rows.size(), std::vector<CellBox>(n));
    std::vector<std::vector<std::string>> body_text(body_rows.size(), std::vector<std::string>(n));
    for (std::size_t r = 0; r < body_rows.size(); ++r) {
        for (std::size_t c = 0; c < n; ++c) {
            const table::Cell& cell = cell_at(*body_rows[r], c);
            body_text[r][c] = table::display_text(cell);
            CellBox& box = layout.body[r][c];
            box.style = body_style(table.rows[r], cell);
            box.align = cell.align;
            box.indent = std::max(0, cell.indent) * style::kIndentStep;
        }
    }
    settle_spans(layout.body, layout.body_owner);
    wrap_boxes(layout.body, layout.body_owner, body_text, layout.col_x, measure);
    layout.row_heights = row_heights(layout.body, layout.body_owner, measure,
                                     measure.line_height(style::kBody) + style::kPadTop + style::kPadBottom);

    const std::size_t rows = body_rows.size();
    layout.block_end.resize(rows);
    layout.block_need.assign(rows, 0.0);
    for (std::size_t i = 0; i < rows; ++i) {
        std::size_t end = i;
        for (std::size_t j = i; j <= end; ++j) {
            for (std::size_t c = 0; c < n; ++c) {
                const Owner o = layout.body_owner[j][c];
                if (o.row != j || o.col != c)
                    continue;
                const CellBox& box = layout.body[j][c];
                if (box.row_span > 1) {
                    end = std::max(end, j + static_cast<std::size_t>(box.row_span) - 1);
                    layout.block_need[i] = std::max(layout.block_need[i], box.needed_height(measure));
                }
            }
        }
        layout.block_end[i] = end;
    }
    return layout;
}

}  // namespace lkjip::render::pdf
