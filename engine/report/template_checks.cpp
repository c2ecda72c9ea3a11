#include "report/template_checks.hpp"

#include <algorithm>

#include "core/number_format.hpp"
#include "core/suggest.hpp"
#include "report/fields.hpp"
#include "report/placeholders.hpp"
#include "table/page_limits.hpp"

namespace lkjip::report {

namespace {

struct LeafWidth {
    const ColumnTemplate* column = nullptr;
    double width = 0;
};

// The leaves' widths as table_builder gives them: the template's lebar, else the field's default, else 12.
void collect_leaves(const std::vector<ColumnTemplate>& columns, std::vector<LeafWidth>& out) {
    for (const ColumnTemplate& c : columns) {
        if (!c.kolom.empty()) {
            collect_leaves(c.kolom, out);
            continue;
        }
        const FieldSpec* spec = c.isi.empty() ? nullptr : find_field(c.isi);
        out.push_back({&c, c.lebar > 0 ? c.lebar : (spec ? spec->width : 12)});
    }
}

SourceLocation at_key(const SourceLocation& base, const std::string& suffix) {
    SourceLocation where = base;
    where.key_path += suffix;
    return where;
}

std::string grouped(std::size_t n) {
    return format::ribuan(static_cast<std::int64_t>(n));
}

void check_text(const std::string& text, const SourceLocation& where, Diagnostics& diagnostics) {
    const std::vector<std::string>& names = placeholder_names();
    // The list of known placeholders, for messages only: built when a message needs it (this runs on every
    // text of every template on every run).
    const auto known_list = [&names] {
        std::string known;
        for (const std::string& n : names)
            known += (known.empty() ? "{" : ", {") + n + "}";
        return known;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find_first_of("{}", i);
        if (open == std::string::npos)
            return;
        if (text[open] == '}') {
            diagnostics.error(
                where,
                "kurung kurawal \"}\" tanpa pembuka; kurung kurawal hanya untuk penanda " + known_list());
            return;
        }
        const std::size_t close = text.find_first_of("{}", open + 1);
        if (close == std::string::npos || text[close] == '{') {
            diagnostics.error(
                where,
                "kurung kurawal \"{\" tanpa penutup; kurung kurawal hanya untuk penanda " + known_list());
            return;
        }
        const std::string name = text.substr(open + 1, close - open - 1);
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            std::string message = "penanda {" + name + "} tidak dikenal; yang dikenal: " + known_list();
            if (const std::string hint = suggest(name, names); !hint.empty())
                message += "; maksud Anda {" + hint + "}?";
            diagnostics.error(where, message);
        }
        i = close + 1;
    }
}

void check_column_texts(const std::vector<ColumnTemplate>& columns, Diagnostics& diagnostics) {
    for (const ColumnTemplate& c : columns) {
        check_text(c.judul, at_key(c.where, ".judul"), diagnostics);
        check_column_texts(c.kolom, diagnostics);
    }
}

}  // namespace

void check_layout(const TableTemplate& t, Diagnostics& diagnostics) {
    std::vector<LeafWidth> leaves;
    collect_leaves(t.kolom, leaves);
    if (leaves.empty())
        return;  // "at least one column" is the reader's message
    const SourceLocation table_key = SourceLocation::key(t.file, "kolom");
    if (leaves.size() > table::kMaxColumns) {
        diagnostics.error(table_key, "tabel memiliki " + grouped(leaves.size()) +
                                         " kolom; lembar Excel menampung paling banyak " +
                                         grouped(table::kMaxColumns) + " kolom");
        return;
    }
    double total = 0;
    for (const LeafWidth& l : leaves)
        total += std::max(l.width, 1.0);  // as render/pdf/table_layout.cpp column_edges
    const auto narrowest =
        std::min_element(leaves.begin(), leaves.end(), [](const LeafWidth& a, const LeafWidth& b) {
            return std::max(a.width, 1.0) < std::max(b.width, 1.0);
        });
    const double page = table::usable_page_width(t.orientasi);
    const double points = std::max(narrowest->width, 1.0) / total * page;
    if (points < table::kMinColumnPoints) {
        const bool landscape = t.orientasi == table::Orientation::Landscape;
        diagnostics.error(narrowest->column->where,
                          "kolom tidak muat di halaman A4 " + std::string(landscape ? "lanskap" : "potret") +
                              ": " + grouped(leaves.size()) + " kolom dengan jumlah lebar " +
                              format::angka(total, 0) + " karakter; kolom ini (lebar " +
                              format::angka(narrowest->width, 0) + ") hanya mendapat " +
                              format::angka(points, 1) + " pt, paling sedikit " +
                              format::angka(table::kMinColumnPoints, 0) +
                              " pt; kurangi kolom atau perkecil lebar kolom lain" +
                              (landscape ? "" : ", atau pakai \"orientasi\": \"lanskap\""));
    }
}

void check_placeholders(const TableTemplate& t, Diagnostics& diagnostics) {
    check_text(t.judul, SourceLocation::key(t.file, "judul"), diagnostics);
    check_text(t.lembar, SourceLocation::key(t.file, "lembar"), diagnostics);
    for (std::size_t i = 0; i < t.catatan.size(); ++i)
        check_text(t.catatan[i], SourceLocation::key(t.file, "catatan." + std::to_string(i + 1)),
                   diagnostics);
    check_column_texts(t.kolom, diagnostics);
    for (const ChartTemplate& g : t.grafik)
        check_text(g.judul, at_key(g.where, ".judul"), diagnostics);
}

}  // namespace lkjip::report
