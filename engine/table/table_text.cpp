#include "table/table_text.hpp"

#include "table/cell_text.hpp"

namespace lkjip::table {

namespace {

std::string cell_text(const Cell& c, const std::vector<Cell>& row, std::size_t index) {
    if (c.covered) {
        // Covered from the left when a cell before it in the row spans over it.
        for (std::size_t k = 0; k < index; ++k) {
            if (!row[k].covered && k + static_cast<std::size_t>(row[k].col_span) > index)
                return "<";
        }
        return "^";
    }
    std::string out = display_text(c);
    if (c.kind == Cell::Kind::NotAvailable && !c.text.empty())
        out += " (" + c.text + ")";
    if (c.formula)
        out += " [=" + formula::neutral_text(*c.formula) + "]";
    if (c.shade.band >= 0)
        out += " #" + c.shade.scale + std::to_string(c.shade.band);
    return out;
}

void append_row(std::string& out, const char* prefix, const std::vector<Cell>& cells) {
    out += prefix;
    for (std::size_t i = 0; i < cells.size(); ++i)
        out += (i ? " | " : "") + cell_text(cells[i], cells, i);
    out += '\n';
}

}  // namespace

std::string to_text(const Table& t) {
    std::string out = "Tabel " + t.nomor + "  " + t.judul + "\n";
    out += "lembar: " + t.sheet_name + "; " +
           (t.orientation == Orientation::Landscape ? "lanskap" : "potret") + "\n";
    for (const std::vector<Cell>& h : t.header)
        append_row(out, "judul: ", h);
    for (const Row& r : t.rows)
        append_row(out,
                   r.role == RowRole::Total   ? "jumlah: "
                   : r.role == RowRole::Group ? "grup: "
                                              : "baris: ",
                   r.cells);
    for (const std::string& n : t.notes)
        out += "catatan: " + n + "\n";
    for (const Chart& c : t.charts) {
        out +=
            "grafik: " + c.title + " (kategori kolom " + std::to_string(c.category_column) + ", nilai kolom";
        for (std::size_t v : c.value_columns)
            out += " " + std::to_string(v);
        out += ", " + std::to_string(c.rows.size()) + " baris";
        if (c.reference)
            out += ", acuan " + display_text(Cell::of_number(*c.reference, NumberStyle::Decimal, 0));
        out += ")\n";
    }
    return out;
}

}  // namespace lkjip::table
