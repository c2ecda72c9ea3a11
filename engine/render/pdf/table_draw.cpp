#include "render/pdf/table_draw.hpp"

#include <algorithm>

#include "render/pdf/chart_draw.hpp"
#include "render/pdf/palette.hpp"
#include "render/pdf/style.hpp"
#include "render/pdf/table_layout.hpp"
#include "render/pdf/table_pagination.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

constexpr double kTitleGap = 6.0;    // between the title and the table
constexpr double kCaptionGap = 3.0;  // under "Tabel 3.1 (lanjutan)"
constexpr double kNoteGap = 4.0;

struct Box {
    double x, top, width, height;
};

void draw_lines(Canvas& canvas, const CellBox& cell, const Box& box, bool centre_vertically) {
    const double lh = canvas.fonts().line_height(cell.style);
    const double text_height = static_cast<double>(cell.lines.size()) * lh;
    // A cell set smaller to fit keeps its baseline on the row's first line.
    double top = box.top + style::kPadTop +
                 std::max(0.0, canvas.fonts().ascent(style::kBody) - canvas.fonts().ascent(cell.style));
    if (centre_vertically) {
        const double slack = box.height - text_height - style::kPadTop - style::kPadBottom;
        top = box.top + style::kPadTop + std::max(0.0, slack / 2.0);
    }
    const double left = box.x + style::kPadX + cell.indent;
    const double width = box.width - 2 * style::kPadX - cell.indent;
    for (const std::string& line : cell.lines) {
        canvas.text_in(left, top, width, line, cell.style, cell.align);
        top += lh;
    }
}

void draw_header(Canvas& canvas, const TableLayout& layout, double left, double top) {
    std::vector<Box> borders;
    for (std::size_t r = 0; r < layout.header.size(); ++r) {
        for (std::size_t c = 0; c < layout.header[r].size(); ++c) {
            const Owner o = layout.header_owner[r][c];
            if (o.row != r || o.col != c)
                continue;
            const CellBox& cell = layout.header[r][c];
            double y = top;
            for (std::size_t k = 0; k < r; ++k)
                y += layout.header_heights[k];
            double h = 0.0;
            for (std::size_t k = r; k < r + static_cast<std::size_t>(cell.row_span); ++k)
                h += layout.header_heights[k];
            const std::size_t c_end = c + static_cast<std::size_t>(cell.col_span);
            const Box box{left + layout.col_x[c], y, layout.col_x[c_end] - layout.col_x[c], h};
            canvas.fill_rect(box.x, box.top, box.width, box.height, style::kHeaderFill);
            draw_lines(canvas, cell, box, true);
            borders.push_back(box);
        }
    }
    for (const Box& b : borders)
        canvas.stroke_rect(b.x, b.top, b.width, b.height, style::kBorderWidth, style::kBorder);
}

// Body rows of one page. A merged cell that began on an earlier page is drawn again, text included,
// in the first row of this slice.
void draw_slice(Canvas& canvas, const table::Table& table, const TableLayout& layout, const TableSlice& slice,
                double left, double top) {
    std::vector<double> tops(slice.rows.size() + 1, top);
    for (std::size_t k = 0; k < slice.rows.size(); ++k)
        tops[k + 1] = tops[k] + slice.rows[k].height;
    const std::size_t first_row = slice.rows.empty() ? 0 : slice.rows.front().row;
    const std::size_t last_row = slice.rows.empty() ? 0 : slice.rows.back().row;

    std::vector<Box> borders;
    for (std::size_t k = 0; k < slice.rows.size(); ++k) {
        const std::size_t r = slice.rows[k].row;
        for (std::size_t c = 0; c < layout.body[r].size(); ++c) {
            const Owner o = layout.body_owner[r][c];
            if (o.col != c || (o.row != r && k != 0))
                continue;
            const CellBox& cell = layout.body[o.row][c];
            const std::size_t span_last =
                std::min(last_row, o.row + static_cast<std::size_t>(cell.row_span) - 1);
            const std::size_t k_end = span_last - first_row;
            const std::size_t c_end = c + static_cast<std::size_t>(cell.col_span);
            const Box box{left + layout.col_x[c], tops[k], layout.col_x[c_end] - layout.col_x[c],
                          tops[k_end + 1] - tops[k]};
            const table::Row& row = table.rows[o.row];
            const table::Cell* source = c < row.cells.size() ? &row.cells[c] : nullptr;
            if (auto fill = source ? shade_fill(source->shade) : std::nullopt)
                canvas.fill_rect(box.x, box.top, box.width, box.height, *fill);
            else if (row.role == table::RowRole::Total)
                canvas.fill_rect(box.x, box.top, box.width, box.height, style::kTotalFill);
            draw_lines(canvas, cell, box, cell.row_span > 1);
            borders.push_back(box);
        }
    }
    for (const Box& b : borders)
        canvas.stroke_rect(b.x, b.top, b.width, b.height, style::kBorderWidth, style::kBorder);
}

// The height of the notes as draw_notes draws them.
double notes_height(const Fonts& fonts, const table::Table& table, double width) {
    if (table.notes.empty())
        return 0.0;
    double h = kNoteGap;
    for (const std::string& note : table.notes)
        h += static_cast<double>(wrap_text(fonts, note, width, style::kNote).size()) *
             fonts.line_height(style::kNote);
    return h;
}

void draw_notes(Pages& pages, const table::Table& table) {
    if (table.notes.empty())
        return;
    const Fonts& fonts = pages.fonts();
    const double lh = fonts.line_height(style::kNote);
    pages.y += kNoteGap;
    for (const std::string& note : table.notes) {
        for (const std::string& line : wrap_text(fonts, note, pages.box().content_width(), style::kNote)) {
            if (pages.room() < lh)
                pages.new_page(table.orientation);
            pages.canvas().text(pages.box().left, pages.y, line, style::kNote, style::kGreyText);
            pages.y += lh;
        }
    }
}

}  // namespace

std::string table_caption(const table::Table& table) {
    if (table.nomor.empty())
        return table.judul;
    return "Tabel " + table.nomor + "  " + table.judul;
}

std::size_t draw_table(Pages& pages, const table::Table& table) {
    const PageBox box = page_box(table.orientation, pages.paper());
    const Fonts& fonts = pages.fonts();
    const TableLayout layout = layout_table(table, fonts, box.content_width());
    const std::vector<std::string> title =
        wrap_text(fonts, table_caption(table), box.content_width(), style::kTitle);
    const double title_height =
        static_cast<double>(title.size()) * fonts.line_height(style::kTitle) + kTitleGap;
    const std::string continued =
        (table.nomor.empty() ? table.judul : "Tabel " + table.nomor) + " (lanjutan)";
    const double caption_height = fonts.line_height(style::kCaption) + kCaptionGap;
    const double header_height = layout.header_height();
    const double full_space = box.content_height() - caption_height - header_height;

    const bool same_page_kind = pages.can_continue(table.orientation);
    if (same_page_kind && !pages.at_top())
        pages.y += style::kTableGap;
    const double start = title_height + header_height + start_height(layout, full_space);
    if (!same_page_kind || (!pages.at_top() && pages.room() < start))
        pages.new_page(table.orientation);
    const std::size_t start_page = pages.count() - 1;

    for (const std::string& line : title) {
        pages.canvas().text_in(box.left, pages.y, box.content_width(), line, style::kTitle,
                               table::Align::Center, style::kBlack);
        pages.y += fonts.line_height(style::kTitle);
    }
    pages.y += kTitleGap;

    // Notes that fit on a page stay with the last rows (a short note alone on a page reads as lost).
    const double tail = notes_height(fonts, table, box.content_width());
    const std::vector<TableSlice> slices =
        paginate(layout, pages.room() - header_height, full_space, tail <= full_space / 3.0 ? tail : 0.0);
    for (std::size_t s = 0; s < slices.size(); ++s) {
        if (s > 0) {
            pages.new_page(table.orientation);
            pages.canvas().text(box.left, pages.y, continued, style::kCaption, style::kGreyText);
            pages.y += caption_height;
        }
        draw_header(pages.canvas(), layout, box.left, pages.y);
        pages.y += header_height;
        draw_slice(pages.canvas(), table, layout, slices[s], box.left, pages.y);
        pages.y += slices[s].height();
    }
    draw_notes(pages, table);
    for (const table::Chart& chart : table.charts)
        draw_chart(pages, table, chart);
    return start_page;
}

}  // namespace lkjip::render::pdf
