#include "render/xlsx/xlsx_sheet.hpp"

#include <algorithm>
#include <cmath>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "render/xlsx/a1_reference.hpp"
#include "render/xlsx/workbook_file.hpp"
#include "render/xlsx/xlsx_chart.hpp"
#include "table/cell_text.hpp"

namespace lkjip::render::xlsx {

namespace {

// Excel's largest row height (409 points): a taller estimate (a very long title) would be stored as it is
// and make the row absurd in every viewer.
double row_height(double points) {
    return std::min(points, 409.0);
}

using table::Cell;

constexpr double kLineHeight = 12.0;   // points per line of 9 pt Arial
constexpr std::size_t kHeaderTop = 2;  // title, a spacer row, then the header

class SheetWriter {
  public:
    SheetWriter(SheetContext& ctx, const table::Table& t, lxw_worksheet* ws) : ctx_(ctx), t_(t), ws_(ws) {}

    void write() {
        const std::size_t columns = t_.column_count();
        for (std::size_t c = 0; c < columns; ++c)
            check(worksheet_set_column(ws_, col(c), col(c), t_.columns[c].width, nullptr), "lebar kolom");
        write_title();
        const std::size_t body_top = kHeaderTop + t_.header.size();
        for (std::size_t r = 0; r < t_.header.size(); ++r)
            write_row(kHeaderTop + r, t_.header[r], CellRole::Header, kHeaderTop);
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            write_row(body_top + r, t_.rows[r].cells, CellRole::Body, body_top);
        std::vector<const std::vector<Cell>*> header;
        for (const std::vector<Cell>& cells : t_.header)
            header.push_back(&cells);
        set_row_heights(header, kHeaderTop);
        // The rows' cells by pointer: a copy of every cell of the table was most of this function's cost.
        std::vector<const std::vector<Cell>*> body;
        for (const table::Row& r : t_.rows)
            body.push_back(&r.cells);
        set_row_heights(body, body_top);
        std::size_t next = body_top + t_.rows.size() + 1;
        for (const std::string& note : t_.notes)
            next = write_note(next, note);
        // Each chart (with its data block) starts a printed page, so the repeated header never lands on it.
        std::vector<lxw_row_t> breaks;
        for (const table::Chart& chart : t_.charts) {
            breaks.push_back(row(next + 1));
            next = write_chart(ChartPlacement{ctx_.workbook, ws_, t_, chart, body_top, next + 1});
        }
        print_setup(body_top);
        if (!breaks.empty()) {
            breaks.push_back(0);  // the list is zero-terminated
            check(worksheet_set_h_pagebreaks(ws_, breaks.data()), "pemisah halaman");
        }
    }

  private:
    SheetContext& ctx_;
    const table::Table& t_;
    lxw_worksheet* ws_;

    static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }
    static lxw_row_t row(std::size_t r) { return static_cast<lxw_row_t>(r); }

    void check(lxw_error e, const std::string& what) const {
        if (e != LXW_NO_ERROR)
            throw OutputError("lembar \"" + t_.sheet_name + "\": " + what +
                              " gagal ditulis: " + xlsx_reason(e));
    }
    // For a cell: "<what> B7" is only built when there is an error (it was built for every cell).
    void check(lxw_error e, const char* what, std::size_t r, std::size_t c) const {
        if (e != LXW_NO_ERROR)
            check(e, std::string(what) + " " + a1(r, c));
    }

    const std::string& checked_text(const std::string& s) const {
        if (const auto bad = text::find_invalid_utf8(s))
            throw OutputError("lembar \"" + t_.sheet_name + "\": teks bukan UTF-8 yang sah pada bait ke-" +
                              std::to_string(*bad + 1) + "; berkas tidak ditulis");
        return s;
    }

    double width_of(std::size_t first, int span) const {
        double w = 0;
        for (std::size_t c = first; c < first + static_cast<std::size_t>(span) && c < t_.column_count(); ++c)
            w += t_.columns[c].width;
        return w;
    }

    void write_title() {
        Cell title = Cell::of_text("Tabel " + t_.nomor + "  " + t_.judul);
        if (t_.nomor.empty() || t_.nomor == "I")
            title.text = t_.judul;
        lxw_format* f = ctx_.formats.get(CellRole::Title, title);
        const std::string& text = checked_text(title.text);
        if (t_.column_count() > 1)
            check(worksheet_merge_range(ws_, 0, 0, 0, col(t_.column_count() - 1), text.c_str(), f), "judul");
        else
            check(worksheet_write_string(ws_, 0, 0, text.c_str(), f), "judul");
        const int lines = estimated_lines(text, width_of(0, static_cast<int>(t_.column_count())) * 0.9);
        check(worksheet_set_row(ws_, 0, row_height(std::max(1, lines) * 15.0), nullptr), "tinggi baris");
        check(worksheet_set_row(ws_, 1, 6.0, nullptr), "tinggi baris");
    }

    void write_cell(std::size_t r, std::size_t c, const Cell& cell, lxw_format* f, std::size_t body_top) {
        const lxw_row_t rr = row(r);
        const lxw_col_t cc = col(c);
        switch (cell.kind) {
            case Cell::Kind::Empty:
                check(worksheet_write_blank(ws_, rr, cc, f), "sel kosong");
                return;
            case Cell::Kind::Text: {
                const std::string& text = checked_text(cell.text);
                if (cell.formula) {
                    const std::string formula = a1_formula(*cell.formula, body_top);
                    check(worksheet_write_formula_str(ws_, rr, cc, checked_text(formula).c_str(), f,
                                                      text.c_str()),
                          "rumus", r, c);
                } else {
                    check(worksheet_write_string(ws_, rr, cc, text.c_str(), f), "teks", r, c);
                }
                return;
            }
            case Cell::Kind::Number:
                if (cell.formula) {
                    const std::string formula = a1_formula(*cell.formula, body_top);
                    check(worksheet_write_formula_num(ws_, rr, cc, formula.c_str(), f, cell.number), "rumus",
                          r, c);
                } else {
                    check(worksheet_write_number(ws_, rr, cc, cell.number, f), "angka", r, c);
                }
                return;
            case Cell::Kind::NotAvailable:
                check(worksheet_write_string(ws_, rr, cc, "n/a", f), "n/a", r, c);
                if (!cell.text.empty()) {
                    const std::string comment = "n/a: " + cell.text;
                    check(worksheet_write_comment(ws_, rr, cc, checked_text(comment).c_str()), "komentar", r,
                          c);
                }
                return;
        }
    }

    void write_row(std::size_t r, const std::vector<Cell>& cells, CellRole role, std::size_t body_top) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const Cell& cell = cells[c];
            if (cell.covered)
                continue;
            lxw_format* f = ctx_.formats.get(role, cell);
            if (cell.row_span > 1 || cell.col_span > 1) {
                // merge_range writes only a string; the value (and formula) is written over it afterwards.
                check(worksheet_merge_range(ws_, row(r), col(c),
                                            row(r + static_cast<std::size_t>(cell.row_span) - 1),
                                            col(c + static_cast<std::size_t>(cell.col_span) - 1), "", f),
                      "gabungan sel", r, c);
            }
            write_cell(r, c, cell, f, body_top);
        }
    }

    // Each row as tall as its tallest cell; a merged cell's lines are shared by the rows it spans.
    void set_row_heights(const std::vector<const std::vector<Cell>*>& rows, std::size_t top) {
        std::vector<int> lines(rows.size(), 1);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t c = 0; c < rows[r]->size(); ++c) {
                const Cell& cell = (*rows[r])[c];
                if (cell.covered || cell.row_span > 1)
                    continue;
                const double w = width_of(c, cell.col_span) - 1.5 - 2.0 * cell.indent;
                lines[r] = std::max(lines[r], estimated_lines(table::display_text(cell), w));
            }
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t c = 0; c < rows[r]->size(); ++c) {
                const Cell& cell = (*rows[r])[c];
                if (cell.covered || cell.row_span <= 1)
                    continue;
                const int need = estimated_lines(table::display_text(cell), width_of(c, cell.col_span) - 1.5);
                const std::size_t last =
                    std::min(rows.size(), r + static_cast<std::size_t>(cell.row_span)) - 1;
                int have = 0;
                for (std::size_t k = r; k <= last; ++k)
                    have += lines[k];
                if (need > have)
                    lines[last] += need - have;
            }
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            check(worksheet_set_row(ws_, row(top + r), row_height(lines[r] * kLineHeight + 4.0), nullptr),
                  "tinggi baris");
    }

    std::size_t write_note(std::size_t r, const std::string& note) {
        Cell cell = Cell::of_text(note);
        lxw_format* f = ctx_.formats.get(CellRole::Note, cell);
        const std::string& text = checked_text(note);
        if (t_.column_count() > 1)
            check(worksheet_merge_range(ws_, row(r), 0, row(r), col(t_.column_count() - 1), text.c_str(), f),
                  "catatan");
        else
            check(worksheet_write_string(ws_, row(r), 0, text.c_str(), f), "catatan");
        const int lines = estimated_lines(note, width_of(0, static_cast<int>(t_.column_count())) * 1.05);
        check(worksheet_set_row(ws_, row(r), row_height(lines * 11.0 + 2.0), nullptr), "tinggi baris");
        return r + 1;
    }

    void print_setup(std::size_t body_top) {
        worksheet_set_paper(ws_, 9);  // A4
        if (t_.orientation == table::Orientation::Landscape)
            worksheet_set_landscape(ws_);
        else
            worksheet_set_portrait(ws_);
        worksheet_set_margins(ws_, 0.6, 0.6, 0.75, 0.75);
        check(worksheet_repeat_rows(ws_, row(kHeaderTop), row(body_top - 1)), "baris judul cetak");
        worksheet_fit_to_pages(ws_, 1, 0);
        worksheet_center_horizontally(ws_);
        check(worksheet_set_footer(ws_, ctx_.footer.c_str()), "kaki halaman");
        worksheet_freeze_panes(ws_, row(body_top), 0);
    }
};

}  // namespace

int estimated_lines(const std::string& text, double width) {
    if (text.empty())
        return 1;
    const double usable = std::max(3.0, width);
    int lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        // Count code points, and wrap at word boundaries: a word never splits, so a line holds fewer
        // characters than the width. Widths count characters of the default 11 pt font; 9 pt Arial fits about
        // 1.15 of them per unit (checked against LibreOffice rendering the Dumai report to PDF).
        int line_chars = 0;
        int paragraph_lines = 1;
        std::size_t i = start;
        while (i < end) {
            std::size_t word_end = text.find(' ', i);
            if (word_end == std::string::npos || word_end > end)
                word_end = end;
            int word = 0;
            for (std::size_t k = i; k < word_end; ++k)
                word += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80 ? 1 : 0;
            const double capacity = usable * 1.15;
            if (line_chars > 0 && line_chars + 1 + word > capacity) {
                ++paragraph_lines;
                line_chars = 0;
            }
            line_chars += (line_chars > 0 ? 1 : 0) + word;
            while (line_chars > capacity) {  // a word longer than the column breaks anyway
                ++paragraph_lines;
                line_chars -= static_cast<int>(capacity);
            }
            i = word_end + 1;
        }
        lines += paragraph_lines;
        start = end + 1;
    }
    return std::max(1, lines);
}

void write_table_sheet(SheetContext& ctx, const table::Table& t) {
    lxw_worksheet* ws = workbook_add_worksheet(ctx.workbook, t.sheet_name.c_str());
    if (!ws)
        throw OutputError("lembar \"" + t.sheet_name +
                          "\" tidak dapat dibuat (nama lembar tidak sah atau ganda)");
    SheetWriter(ctx, t, ws).write();
}

}  // namespace lkjip::render::xlsx
