#include "render/docx/table_xml.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "render/docx/wml.hpp"
#include "table/cell_text.hpp"

namespace lkjip::render::docx {

namespace {

constexpr std::string_view kHeaderFill = "D9D9D9";
constexpr std::string_view kTotalFill = "F0F0F0";
constexpr int kIndentStep = 200;  // twips per nesting level (kegiatan, sub kegiatan)

// Which cell draws a grid position: itself, or the top-left cell of the merged block covering it.
struct Owner {
    std::size_t row = 0;
    std::size_t col = 0;
};

// The owners of a grid of rows (header or body) whose top-left cells carry row_span/col_span, spans
// clamped to the grid. A position no block covers owns itself.
std::vector<std::vector<Owner>> owners(const std::vector<const std::vector<table::Cell>*>& rows,
                                       std::size_t cols) {
    std::vector<std::vector<Owner>> out(rows.size(), std::vector<Owner>(cols));
    std::vector<std::vector<bool>> taken(rows.size(), std::vector<bool>(cols, false));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < cols; ++c)
            out[r][c] = Owner{r, c};
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < cols && c < rows[r]->size(); ++c) {
            const table::Cell& cell = (*rows[r])[c];
            if (cell.covered || taken[r][c])
                continue;
            const std::size_t r_end =
                std::min(rows.size(), r + static_cast<std::size_t>(std::max(1, cell.row_span)));
            const std::size_t c_end =
                std::min(cols, c + static_cast<std::size_t>(std::max(1, cell.col_span)));
            for (std::size_t rr = r; rr < r_end; ++rr) {
                for (std::size_t cc = c; cc < c_end; ++cc) {
                    if (rr == r && cc == c)
                        continue;
                    out[rr][cc] = Owner{r, c};
                    taken[rr][cc] = true;
                }
            }
        }
    }
    return out;
}

std::size_t span_end(const std::vector<std::vector<Owner>>& own, std::size_t r, std::size_t c) {
    const Owner o = own[r][c];
    std::size_t end = c + 1;
    while (end < own[r].size() && own[r][end].row == o.row && own[r][end].col == o.col)
        ++end;
    return end;
}

struct CellLook {
    std::string fill;
    bool bold = false;
    bool header = false;
    table::Align align = table::Align::Left;
    int indent = 0;
};

void cell_xml(XmlWriter& x, const std::vector<int>& grid, std::size_t c, std::size_t c_end,
              std::string_view vmerge, const std::string& text, const CellLook& look) {
    int width = 0;
    for (std::size_t k = c; k < c_end; ++k)
        width += grid[k];
    x.open("w:tc").open("w:tcPr");
    x.empty("w:tcW", {{"w:w", std::to_string(width)}, {"w:type", "dxa"}});
    if (c_end - c > 1)
        x.empty("w:gridSpan", {{"w:val", std::to_string(c_end - c)}});
    if (vmerge == "restart")
        x.empty("w:vMerge", {{"w:val", "restart"}});
    else if (vmerge == "continue")
        x.empty("w:vMerge");
    if (!look.fill.empty())
        x.empty("w:shd", {{"w:val", "clear"}, {"w:color", "auto"}, {"w:fill", look.fill}});
    if (look.header || vmerge == "restart")
        x.empty("w:vAlign", {{"w:val", "center"}});
    x.close();  // tcPr
    x.open("w:p").open("w:pPr");
    if (look.indent > 0)
        x.empty("w:ind", {{"w:left", std::to_string(look.indent * kIndentStep)}});
    x.empty("w:jc", {{"w:val", justification(look.align)}});
    x.close();
    if (!text.empty())
        run(x, text, RunStyle{look.bold, false, {}, look.header ? 16 : 0});
    x.close().close();  // p, tc
}

// Rows of one grid (header or body), each cell looked up through `own`.
template <typename RowOf, typename LookOf>
void rows_xml(XmlWriter& x, const std::vector<const std::vector<table::Cell>*>& rows,
              const std::vector<int>& grid, bool header, RowOf&& row_of, LookOf&& look_of) {
    const std::vector<std::vector<Owner>> own = owners(rows, grid.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        x.open("w:tr").open("w:trPr");
        x.empty("w:cantSplit");
        if (header)
            x.empty("w:tblHeader");
        x.close();
        for (std::size_t c = 0; c < grid.size();) {
            const Owner o = own[r][c];
            const std::size_t end = span_end(own, r, c);
            if (o.col != c) {  // covered by a block starting to the left in this row: already drawn
                c = end;
                continue;
            }
            const std::vector<table::Cell>& source = *rows[o.row];
            const table::Cell blank;
            const table::Cell& cell = o.col < source.size() ? source[o.col] : blank;
            const bool merged_down =
                o.row == r && r + 1 < rows.size() && own[r + 1][c].row == r && own[r + 1][c].col == c;
            const std::string_view vmerge = o.row != r ? "continue" : (merged_down ? "restart" : "");
            cell_xml(x, grid, c, end, vmerge, o.row == r ? table::display_text(cell) : std::string(),
                     look_of(row_of(o.row), cell));
            c = end;
        }
        x.close();  // tr
    }
}

}  // namespace

std::vector<int> column_twips(const table::Table& table, int total) {
    std::vector<int> out;
    if (table.columns.empty())
        return out;
    double sum = 0.0;
    for (const table::Column& c : table.columns)
        sum += std::max(1.0, c.width);
    int used = 0;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const int w =
            i + 1 == table.columns.size()
                ? total - used
                : static_cast<int>(std::lround(std::max(1.0, table.columns[i].width) / sum * total));
        out.push_back(w);
        used += w;
    }
    return out;
}

std::string caption_text(const table::Table& table) {
    if (table.nomor.empty())
        return table.judul;
    return "Tabel " + table.nomor + "  " + table.judul;
}

std::string cell_fill(const table::Row& row, const table::Cell& cell) {
    static const std::array<std::string_view, 5> bands = {"B7E1B0", "DDEFC9", "FFF0B3", "FBD5B0", "F4B6B0"};
    const int i = cell.shade.palette_index(static_cast<int>(bands.size()));
    if (i >= 0)
        return std::string(bands[static_cast<std::size_t>(i)]);
    return row.role == table::RowRole::Total ? std::string(kTotalFill) : std::string();
}

void table_xml(XmlWriter& x, const table::Table& table) {
    if (table.columns.empty())
        return;
    const int total = content_width(table.orientation);
    const std::vector<int> grid = column_twips(table, total);
    x.open("w:tbl").open("w:tblPr");
    x.empty("w:tblStyle", {{"w:val", "TableGrid"}});
    x.empty("w:tblW", {{"w:w", std::to_string(total)}, {"w:type", "dxa"}});
    x.empty("w:tblLayout", {{"w:type", "fixed"}});
    x.empty("w:tblLook", {{"w:val", "04A0"},
                          {"w:firstRow", "1"},
                          {"w:lastRow", "0"},
                          {"w:firstColumn", "0"},
                          {"w:lastColumn", "0"},
                          {"w:noHBand", "1"},
                          {"w:noVBand", "1"}});
    x.close();
    x.open("w:tblGrid");
    for (int w : grid)
        x.empty("w:gridCol", {{"w:w", std::to_string(w)}});
    x.close();

    std::vector<const std::vector<table::Cell>*> header;
    for (const std::vector<table::Cell>& r : table.header)
        header.push_back(&r);
    rows_xml(
        x, header, grid, true, [](std::size_t) { return nullptr; },
        [](const table::Row*, const table::Cell&) {
            return CellLook{std::string(kHeaderFill), true, true, table::Align::Center, 0};
        });

    std::vector<const std::vector<table::Cell>*> body;
    for (const table::Row& r : table.rows)
        body.push_back(&r.cells);
    // A w:tbl needs a row: a table with neither header nor body (no data for it this year) gets one
    // empty row rather than a file Word refuses.
    static const table::Row empty_row;
    std::vector<table::Row> placeholder;
    if (header.empty() && body.empty()) {
        placeholder.push_back(empty_row);
        body.push_back(&placeholder.front().cells);
    }
    rows_xml(
        x, body, grid, false,
        [&](std::size_t r) { return r < table.rows.size() ? &table.rows[r] : &empty_row; },
        [](const table::Row* row, const table::Cell& cell) {
            return CellLook{cell_fill(*row, cell), cell.bold || row->role != table::RowRole::Data, false,
                            cell.align, cell.indent};
        });
    x.close();  // tbl
}

}  // namespace lkjip::render::docx
