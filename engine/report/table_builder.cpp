#include "report/table_builder.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/number_format.hpp"
#include "core/suggest.hpp"
#include "report/fields.hpp"
#include "report/formulas.hpp"
#include "report/placeholders.hpp"
#include "report/row_source.hpp"
#include "report/template_checks.hpp"
#include "rules/budget_rollup.hpp"

namespace lkjip::report {

namespace {

using table::Cell;

struct Leaf {
    const FieldSpec* field = nullptr;
    int year = 0;
    double width = 0;
    int triwulan = 0;  // 1..4: the field's quarterly value; 0: the annual one
};

int depth_of(const std::vector<ColumnTemplate>& columns) {
    int depth = 0;
    for (const ColumnTemplate& c : columns)
        depth = std::max(depth, 1 + depth_of(c.kolom));
    return depth;
}

std::size_t leaf_count(const ColumnTemplate& c) {
    if (c.kolom.empty())
        return 1;
    std::size_t n = 0;
    for (const ColumnTemplate& k : c.kolom)
        n += leaf_count(k);
    return n;
}

// Lays the column tree out as header rows: a group spans its leaves; a leaf spans the rows below it.
void lay_out_header(const std::vector<ColumnTemplate>& columns, int level, int depth,
                    const compute::Performance& p, const std::string& nomor,
                    std::vector<std::vector<Cell>>& header, std::vector<Leaf>& leaves) {
    const int n = p.opd->profile.tahun;
    for (const ColumnTemplate& c : columns) {
        const std::size_t col = leaves.size();
        const int year = n + c.tahun.value_or(0);
        const FieldSpec* spec = c.isi.empty() ? nullptr : find_field(c.isi);
        std::string title = c.judul.empty() && spec ? spec->name : c.judul;
        Cell h = Cell::of_text(expand_placeholders(title, p, nomor, year), table::Align::Center);
        h.bold = true;
        h.col_span = static_cast<int>(leaf_count(c));
        h.row_span = c.kolom.empty() ? depth - level : 1;
        header[static_cast<std::size_t>(level)][col] = h;
        for (int r = level; r < level + h.row_span; ++r) {
            for (std::size_t k = col; k < col + static_cast<std::size_t>(h.col_span); ++k) {
                if (r != level || k != col)
                    header[static_cast<std::size_t>(r)][k].covered = true;
            }
        }
        if (c.kolom.empty()) {
            leaves.push_back(
                {spec, year, c.lebar > 0 ? c.lebar : (spec ? spec->width : 12), c.triwulan.value_or(0)});
        } else {
            lay_out_header(c.kolom, level + 1, depth, p, nomor, header, leaves);
        }
    }
}

const void* merge_key(MergeBy by, const RowContext& row) {
    if (row.total)
        return nullptr;
    switch (by) {
        case MergeBy::None:
            return nullptr;
        case MergeBy::Tujuan:
            return row.tujuan;
        case MergeBy::Sasaran:
            return row.sasaran;
        case MergeBy::BudgetNode:
            return row.budget;
        case MergeBy::Heading:
            return row.heading_object;
        case MergeBy::Numbered:
            return row.numbered;
    }
    return nullptr;
}

// Consecutive rows with the same key share one cell (a sasaran over its IKU rows).
void merge_groups(std::vector<table::Row>& body, const std::vector<RowContext>& rows,
                  const std::vector<Leaf>& leaves) {
    for (std::size_t c = 0; c < leaves.size(); ++c) {
        if (!leaves[c].field)
            continue;
        std::size_t r = 0;
        while (r < rows.size()) {
            const void* key = merge_key(leaves[c].field->merge, rows[r]);
            std::size_t end = r + 1;
            while (key && end < rows.size() && merge_key(leaves[c].field->merge, rows[end]) == key)
                ++end;
            if (end - r > 1) {
                body[r].cells[c].row_span = static_cast<int>(end - r);
                for (std::size_t k = r + 1; k < end; ++k) {
                    body[k].cells[c] = Cell::empty();
                    body[k].cells[c].covered = true;
                }
            }
            r = end;
        }
    }
}

// The total row's label spans the leading columns it leaves empty.
void label_total_row(table::Row& row) {
    std::size_t span = 0;
    while (span < row.cells.size() &&
           (row.cells[span].kind == Cell::Kind::Empty ||
            (row.cells[span].kind == Cell::Kind::Text && row.cells[span].text == "Jumlah")))
        ++span;
    span = std::max<std::size_t>(span, 1);
    row.cells[0] = Cell::of_text("Jumlah", table::Align::Center);
    row.cells[0].col_span = static_cast<int>(span);
    for (std::size_t k = 1; k < span; ++k) {
        row.cells[k] = Cell::empty();
        row.cells[k].covered = true;
    }
}

// The annual column of `field` (quarter columns are not the field's annual value), of `year` if there is one.
std::optional<std::size_t> find_column(const std::vector<Leaf>& leaves, const std::string& field, int year,
                                       int triwulan = 0) {
    for (std::size_t c = 0; c < leaves.size(); ++c) {
        if (leaves[c].field && field == leaves[c].field->name && leaves[c].year == year &&
            leaves[c].triwulan == triwulan)
            return c;
    }
    if (triwulan != 0)
        return std::nullopt;
    for (std::size_t c = 0; c < leaves.size(); ++c) {
        if (leaves[c].field && field == leaves[c].field->name && leaves[c].triwulan == 0)
            return c;
    }
    return std::nullopt;
}

void validate_columns(const std::vector<ColumnTemplate>& columns, const TableTemplate& t,
                      Diagnostics& diagnostics) {
    for (const ColumnTemplate& c : columns) {
        if (!c.isi.empty() && !find_field(c.isi)) {
            std::string message = "bidang tidak dikenal: \"" + c.isi + "\"";
            if (const std::string hint = suggest(c.isi, field_names()); !hint.empty())
                message += "; maksud Anda \"" + hint + "\"?";
            SourceLocation where = c.where;
            where.key_path += ".isi";
            diagnostics.error(where, message + " (daftar bidang: templates/README.md)");
        } else if (!c.isi.empty() && c.triwulan && !has_quarterly_value(*find_field(c.isi))) {
            std::string with;
            for (const FieldSpec& f : all_fields()) {
                if (has_quarterly_value(f))
                    with += (with.empty() ? "" : ", ") + f.name;
            }
            SourceLocation where = c.where;
            where.key_path += ".triwulan";
            diagnostics.error(where,
                              "bidang \"" + c.isi + "\" tidak punya nilai per triwulan; yang punya: " + with);
        }
        validate_columns(c.kolom, t, diagnostics);
    }
}

// Whether the table shows anything of the Renstra: its period in a title, or a Renstra field.
bool mentions_renstra(const std::vector<ColumnTemplate>& columns) {
    for (const ColumnTemplate& c : columns) {
        if (c.judul.find("{renstra_") != std::string::npos || c.isi.find("renstra") != std::string::npos ||
            c.isi == "kondisi_awal" || c.isi == "tingkat_kemajuan" || mentions_renstra(c.kolom))
            return true;
    }
    return false;
}

bool mentions_renstra_period(const TableTemplate& t) {
    return t.judul.find("{renstra_") != std::string::npos || mentions_renstra(t.kolom);
}

bool has_leaf(const std::vector<ColumnTemplate>& columns, const std::string& field) {
    for (const ColumnTemplate& c : columns) {
        if (c.isi == field || has_leaf(c.kolom, field))
            return true;
    }
    return false;
}

}  // namespace

void validate_template(const TableTemplate& t, Diagnostics& diagnostics) {
    if (!t.baris.empty() && !is_row_source(t.baris)) {
        std::vector<std::string> names;
        for (const RowSourceSpec& s : all_row_sources())
            names.emplace_back(s.name);
        std::string message = "sumber baris tidak dikenal: \"" + t.baris + "\"";
        if (const std::string hint = suggest(t.baris, names); !hint.empty())
            message += "; maksud Anda \"" + hint + "\"?";
        diagnostics.error(t.baris_where, message);
    }
    if (t.baris == "tetap" && t.baris_tetap.empty())
        diagnostics.error(t.baris_where, "sumber baris \"tetap\" memerlukan daftar baris_tetap");
    if (t.baris != "tetap" && !t.baris_tetap.empty())
        diagnostics.error(t.baris_where, "baris_tetap hanya berlaku untuk sumber baris \"tetap\"");
    validate_columns(t.kolom, t, diagnostics);
    check_layout(t, diagnostics);
    check_placeholders(t, diagnostics);
    for (const FixedRowTemplate& f : t.baris_tetap) {
        if (!f.isi.empty() && !find_field(f.isi)) {
            std::string message = "bidang tidak dikenal: \"" + f.isi + "\"";
            if (const std::string hint = suggest(f.isi, field_names()); !hint.empty())
                message += "; maksud Anda \"" + hint + "\"?";
            diagnostics.error(f.where, message);
        }
    }
    for (const ChartTemplate& g : t.grafik) {
        for (const std::string& f : std::vector<std::string>{g.kategori}) {
            if (!f.empty() && !has_leaf(t.kolom, f)) {
                SourceLocation where = g.where;
                where.key_path += ".kategori";
                diagnostics.error(where, "grafik memakai kolom \"" + f + "\" yang tidak ada di tabel");
            }
        }
        for (const std::string& f : g.nilai) {
            if (!has_leaf(t.kolom, f)) {
                SourceLocation where = g.where;
                where.key_path += ".nilai";
                diagnostics.error(where, "grafik memakai kolom \"" + f + "\" yang tidak ada di tabel");
            }
        }
    }
}

table::Table build_table(const TableTemplate& t, const compute::Performance& p) {
    const int n = p.opd->profile.tahun;
    table::Table out;
    out.id = t.nama;
    out.nomor = t.nomor;
    out.judul = expand_placeholders(t.judul, p, t.nomor, n);
    out.sheet_name = expand_placeholders(t.lembar.empty() ? "Tabel " + t.nomor : t.lembar, p, t.nomor, n);
    out.orientation = t.orientasi;

    const int depth = std::max(1, depth_of(t.kolom));
    std::vector<Leaf> leaves;
    std::size_t total_leaves = 0;
    for (const ColumnTemplate& c : t.kolom)
        total_leaves += leaf_count(c);
    out.header.assign(static_cast<std::size_t>(depth), std::vector<Cell>(total_leaves));
    lay_out_header(t.kolom, 0, depth, p, t.nomor, out.header, leaves);
    for (const Leaf& l : leaves) {
        table::Column col;
        col.id = l.field ? l.field->name : "";
        col.width = l.width;
        out.columns.push_back(col);
    }

    const std::vector<RowContext> rows = rows_for(t, p);
    std::set<std::string> na_reasons;
    for (const RowContext& rc : rows) {
        table::Row row;
        row.role = rc.role;
        for (const Leaf& l : leaves) {
            Field field = l.field ? l.field->field : Field::Label;
            if (field == Field::Nilai && rc.fixed) {
                const FieldSpec* inner = find_field(rc.fixed->isi);
                field = inner ? inner->field : Field::Label;
            }
            Cell cell = l.field ? field_value(field, rc, l.year, p, l.triwulan) : Cell::empty();
            if (rc.fixed && field == Field::Label)  // a fixed row's label may name the instansi's kind
                cell.text = expand_placeholders(cell.text, p, t.nomor, n);
            if (rc.role != table::RowRole::Data)
                cell.bold = true;
            if (cell.kind == Cell::Kind::NotAvailable && !cell.text.empty())
                na_reasons.insert(cell.text);
            row.cells.push_back(std::move(cell));
        }
        out.rows.push_back(std::move(row));
    }
    merge_groups(out.rows, rows, leaves);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].total)
            label_total_row(out.rows[r]);
    }

    const auto column_of = [&](Field f, int year, int triwulan) -> std::optional<std::size_t> {
        for (const FieldSpec& spec : all_fields()) {
            if (spec.field == f)
                return find_column(leaves, spec.name, year, triwulan);
        }
        return std::nullopt;
    };
    FormulaContext ctx{p, rows, out.rows, [&](Field f, int year) { return column_of(f, year, 0); },
                       column_of};
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < leaves.size(); ++c) {
            // A quarter's cell is a value as written: only annual cells get formulas.
            if (leaves[c].field && !rows[r].fixed && leaves[c].triwulan == 0)
                attach_formula(ctx, r, c, leaves[c].field->field, leaves[c].year);
        }
    }

    if (rows.empty())
        out.notes.push_back(why_no_rows(t.baris, p));
    for (const std::string& note : t.catatan)
        out.notes.push_back(expand_placeholders(note, p, t.nomor, n));
    // A convention that changes what a column means is stated under it, in the rule's own words, unless the
    // template's notes already do.
    const auto notes_say = [&t](const std::string& placeholder) {
        return std::any_of(t.catatan.begin(), t.catatan.end(), [&](const std::string& note) {
            return note.find(placeholder) != std::string::npos;
        });
    };
    if (p.conventions.budget.parent_absorption != model::ParentAbsorption::SumOfAmounts &&
        find_column(leaves, "serapan", n) && !rows.empty() && !notes_say("{rumus_serapan}"))
        out.notes.push_back(rules::serapan_prose(p.conventions.budget));
    if (p.opd->profile.renstra_absent && mentions_renstra_period(t))
        out.notes.push_back(
            "Profil tidak menyebut periode Renstra (renstra.awal, renstra.akhir) dan tidak ada "
            "renstra.csv: nilai Renstra n/a.");
    if (p.conventions.capaian.cap && !notes_say("{rumus_capaian}")) {
        out.notes.push_back("Capaian dibatasi paling tinggi " + format::angka(*p.conventions.capaian.cap, 0) +
                            "%" +
                            (p.conventions.capaian.cap_scope == model::CapScope::AggregationOnly
                                 ? " untuk perhitungan rata-rata."
                                 : "."));
    }
    if (!na_reasons.empty()) {
        std::string note = "n/a = tidak dapat diukur: ";
        bool first = true;
        for (const std::string& reason : na_reasons) {
            note += (first ? "" : "; ") + reason;
            first = false;
        }
        out.notes.push_back(note + ".");
    }

    for (const ChartTemplate& g : t.grafik) {
        table::Chart chart;
        chart.kind = g.jenis;
        chart.title = expand_placeholders(g.judul, p, t.nomor, n);
        chart.category_column = find_column(leaves, g.kategori, n).value_or(0);
        for (const std::string& f : g.nilai) {
            if (const auto c = find_column(leaves, f, n))
                chart.value_columns.push_back(*c);
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].total)
                continue;
            const bool has_value =
                std::any_of(chart.value_columns.begin(), chart.value_columns.end(),
                            [&](std::size_t c) { return out.rows[r].cells[c].kind == Cell::Kind::Number; });
            if (has_value)
                chart.rows.push_back(r);
        }
        chart.reference = g.garis_acuan;
        chart.reference_label = g.label_acuan;
        chart.y_axis_title = g.judul_sumbu;
        out.charts.push_back(std::move(chart));
    }
    return out;
}

}  // namespace lkjip::report
