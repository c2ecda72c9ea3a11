#include "render/html/html_table.hpp"

#include "table/cell_text.hpp"

namespace lkjip::render::html {

namespace {

// The band shades of the XLSX and PDF renderers, best to worst, as CSS classes ("pita-0" ... "pita-4")
// that the page's style sheet colours.
constexpr int kBandClasses = 5;

std::string cell_classes(const table::Cell& c) {
    std::string classes;
    auto add = [&classes](const std::string& name) { classes += (classes.empty() ? "" : " ") + name; };
    if (c.align == table::Align::Right)
        add("kanan");
    else if (c.align == table::Align::Center)
        add("tengah");
    if (c.bold)
        add("tebal");
    if (c.indent > 0)
        add("inden-" + std::to_string(c.indent > 3 ? 3 : c.indent));
    if (const int band = c.shade.palette_index(kBandClasses); band >= 0)
        add("pita-" + std::to_string(band));
    if (c.kind == table::Cell::Kind::NotAvailable)
        add("na");
    return classes;
}

void append_cell(std::string& out, const table::Cell& c, const char* tag) {
    if (c.covered)
        return;  // drawn by the cell that spans over it
    out += '<';
    out += tag;
    if (c.row_span > 1)
        out += " rowspan=\"" + std::to_string(c.row_span) + '"';
    if (c.col_span > 1)
        out += " colspan=\"" + std::to_string(c.col_span) + '"';
    if (const std::string classes = cell_classes(c); !classes.empty())
        out += " class=\"" + classes + '"';
    if (c.kind == table::Cell::Kind::NotAvailable && !c.text.empty())
        out += " title=\"" + escape(c.text) + '"';
    out += '>';
    out += escape(table::display_text(c));
    out += "</";
    out += tag;
    out += '>';
}

const char* row_class(table::RowRole role) {
    switch (role) {
        case table::RowRole::Group:
            return " class=\"grup\"";
        case table::RowRole::Total:
            return " class=\"jumlah\"";
        case table::RowRole::Data:
            break;
    }
    return "";
}

}  // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += ch;
        }
    }
    return out;
}

std::string table_anchor(const table::Table& t) {
    const std::string& source = t.nomor.empty() ? t.id : t.nomor;
    std::string id = "tabel-";
    for (char ch : source) {
        const bool plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        id += plain ? ch : '-';
    }
    return id;
}

std::string render_table(const table::Table& t) {
    std::string out = "<section class=\"tabel\" id=\"" + escape(table_anchor(t)) + "\">\n";
    out += "<h3>" + (t.nomor.empty() ? std::string() : "Tabel " + escape(t.nomor) + " ") + escape(t.judul) +
           "</h3>\n";
    out += "<div class=\"gulir\"><table>\n";
    if (!t.header.empty()) {
        out += "<thead>\n";
        for (const std::vector<table::Cell>& row : t.header) {
            out += "<tr>";
            for (const table::Cell& c : row)
                append_cell(out, c, "th");
            out += "</tr>\n";
        }
        out += "</thead>\n";
    }
    out += "<tbody>\n";
    for (const table::Row& row : t.rows) {
        out += "<tr";
        out += row_class(row.role);
        out += '>';
        for (const table::Cell& c : row.cells)
            append_cell(out, c, "td");
        out += "</tr>\n";
    }
    out += "</tbody>\n</table></div>\n";
    if (!t.notes.empty()) {
        out += "<ul class=\"catatan\">\n";
        for (const std::string& note : t.notes)
            out += "<li>" + escape(note) + "</li>\n";
        out += "</ul>\n";
    }
    out += "</section>\n";
    return out;
}

std::string render_tables(const table::Report& report) {
    std::string out;
    for (const table::Table& t : report.tables)
        out += render_table(t);
    return out;
}

}  // namespace lkjip::render::html
