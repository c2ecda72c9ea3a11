#include "report/evaluasi_form.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "model/narrative.hpp"
#include "quantity/value.hpp"
#include "report/fields.hpp"
#include "report/report_builder.hpp"
#include "rules/aggregation.hpp"
#include "rules/evaluasi_renja.hpp"
#include "rules/rating.hpp"

namespace lkjip::report {

namespace {

using table::Cell;
using table::NumberStyle;
namespace col = evaluasi_column;
using Quarters = std::array<std::optional<double>, 4>;

// The quarterly realisasi of the reporting year: of an indicator (K: as computed, from pembilang/penyebut
// when given) and of a budget item (Rp: a parent's is the sum of its children's when each has the quarter).
Quarters indicator_quarters(const compute::IndicatorResult& r) {
    Quarters q;
    for (std::size_t i = 0; i < q.size(); ++i)
        q[i] = r.current.triwulan[i].realisasi;
    return q;
}
Quarters budget_quarters(const rules::BudgetNode& n) {
    Quarters q;
    for (std::size_t i = 0; i < q.size(); ++i) {
        if (n.realisasi_triwulan[i])
            q[i] = static_cast<double>(*n.realisasi_triwulan[i]);
    }
    return q;
}

bool any_quarter(const Quarters& q) {
    return std::any_of(q.begin(), q.end(), [](const std::optional<double>& v) { return v.has_value(); });
}

Cell computed(double v, NumberStyle style, const compute::Performance& p) {
    Cell c = Cell::of_number(v, style, style == NumberStyle::Rupiah ? 0 : p.conventions.display.decimals);
    c.rounding = p.conventions.display.rounding;
    return c;
}

Cell value_cell(const rules::EvaluasiValue& v, NumberStyle style, const compute::Performance& p) {
    return v.value ? computed(*v.value, style, p) : Cell::not_available(v.na_reason);
}

rules::EvaluasiValue as_value(const Cell& c) {
    if (c.kind == Cell::Kind::Number)
        return {c.number, ""};
    if (c.kind == Cell::Kind::NotAvailable)
        return {std::nullopt, c.text};
    if (c.kind == Cell::Kind::Text)
        return {std::nullopt, "bukan angka (\"" + c.text + "\")"};
    return {std::nullopt, "tidak ada"};
}

// A figure of the vocabulary, shown the way every table shows it.
Cell quantity_at(const quantity::Subject& s, std::string_view key, int tahun, const compute::Performance& p) {
    const quantity::Quantity* q = quantity::find(key);
    if (!q)
        throw std::logic_error("besaran tidak dikenal: " + std::string(key));
    return quantity_cell(*q, quantity::value_of(s, *q, tahun, p), p);
}

std::string roman(int triwulan) {
    static const char* const kRoman[] = {"I", "II", "III", "IV"};
    return kRoman[triwulan - 1];
}

void place(std::vector<std::vector<Cell>>& header, std::size_t row, std::size_t column, std::string text,
           int row_span = 1, int col_span = 1) {
    Cell c = Cell::of_text(std::move(text), table::Align::Center);
    c.bold = true;
    c.row_span = row_span;
    c.col_span = col_span;
    for (std::size_t r = row; r < row + static_cast<std::size_t>(row_span); ++r) {
        for (std::size_t k = column; k < column + static_cast<std::size_t>(col_span); ++k) {
            header[r][k] = Cell::empty();
            header[r][k].covered = !(r == row && k == column);
        }
    }
    header[row][column] = std::move(c);
}

class FormBuilder {
  public:
    FormBuilder(const compute::Performance& p, int triwulan)
        : p_(p),
          tw_(triwulan),
          n_(p.opd->profile.tahun),
          awal_(p.opd->profile.renstra_awal),
          first_year_(awal_ > 0 && n_ <= awal_) {}

    table::Table build() {
        header();
        for (std::size_t program : p_.budget.programs)
            node(program, 0);
        footer();
        notes();
        return std::move(t_);
    }

  private:
    const compute::Performance& p_;
    int tw_;
    int n_;
    int awal_;
    bool first_year_;
    table::Table t_;
    std::set<std::string> na_reasons_;
    std::vector<std::size_t> k_rows_;   // rows whose K column 15 is an indicator's
    std::vector<std::size_t> rp_rows_;  // the first row of each program, kegiatan and sub kegiatan
    std::set<std::string> by_rule_[3];  // indicator codes by accumulation rule, for the note
    int number_ = 0;

    void header() {
        t_.id = "evaluasi-renja";
        t_.nomor = "E.1";
        t_.judul = "Evaluasi terhadap Hasil Renja " + model::instansi_name(p_.opd->profile) + " Triwulan " +
                   roman(tw_) + " Tahun " + std::to_string(n_);
        t_.sheet_name = "Evaluasi Renja TW " + roman(tw_);
        t_.orientation = table::Orientation::Landscape;
        t_.columns.assign(col::kCount, table::Column{});
        const auto width = [&](std::size_t c, double w, table::Align a, const char* id) {
            t_.columns[c].width = w;
            t_.columns[c].align = a;
            t_.columns[c].id = id;
        };
        width(col::kNomor, 3, table::Align::Center, "nomor");
        width(col::kSasaran, 6, table::Align::Left, "sasaran");
        width(col::kKode, 7, table::Align::Left, "kode");
        width(col::kUraian, 13, table::Align::Left, "uraian");
        width(col::kIndikator, 13, table::Align::Left, "indikator");
        for (int c = 6; c <= 15; ++c) {
            t_.columns[col::k(c)] = {"k" + std::to_string(c), 11, table::Align::Right};
            t_.columns[col::rp(c)] = {"rp" + std::to_string(c), 18.5, table::Align::Right};
        }
        t_.columns[col::rp(15)].width = 12;  // a percentage, not an amount
        width(col::kUnit, 6, table::Align::Left, "unit");
        width(col::kKeterangan, 5, table::Align::Left, "keterangan");

        // Four header rows: the column groups, the quarters, K / Rp, and the column numbers 1-17.
        t_.header.assign(4, std::vector<Cell>(col::kCount));
        auto& h = t_.header;
        place(h, 0, col::kNomor, "No", 3);
        place(h, 0, col::kSasaran, "Sasaran", 3);
        place(h, 0, col::kKode, "Kode", 3);
        // The form's headings, shortened so that seventeen columns fit a landscape page; the numbers row
        // below them is what the regulation's form numbers.
        place(h, 0, col::kUraian, "Program / Kegiatan / Sub Kegiatan", 3);
        place(h, 0, col::kIndikator, "Indikator Kinerja Program (outcome) / Kegiatan (output)", 3);
        const std::string akhir = p_.opd->profile.renstra_akhir > 0
                                      ? " (" + std::to_string(p_.opd->profile.renstra_akhir) + ")"
                                      : "";
        place(h, 0, col::k(6), "Target Renstra akhir periode" + akhir, 2, 2);
        place(h, 0, col::k(7), "Realisasi Renstra s.d. tahun lalu (" + std::to_string(n_ - 1) + ")", 2, 2);
        place(h, 0, col::k(8), "Target Renja tahun " + std::to_string(n_), 2, 2);
        place(h, 0, col::k(9), "Realisasi kinerja pada triwulan", 1, 8);
        for (int q = 1; q <= 4; ++q)
            place(h, 1, col::k(8 + q), roman(q), 1, 2);
        place(h, 0, col::k(13), "Realisasi Renja s.d. triwulan " + roman(tw_) + " " + std::to_string(n_), 2,
              2);
        place(h, 0, col::k(14), "Realisasi Renstra s.d. tahun " + std::to_string(n_), 2, 2);
        place(h, 0, col::k(15), "Tingkat capaian Renstra s.d. tahun " + std::to_string(n_) + " (%)", 2, 2);
        place(h, 0, col::kUnit, "Unit penanggung jawab", 3);
        place(h, 0, col::kKeterangan, "Keterangan", 3);
        for (int c = 6; c <= 15; ++c) {
            place(h, 2, col::k(c), "K");
            place(h, 2, col::rp(c), "Rp");
        }
        for (int c = 1; c <= 17; ++c) {
            if (c <= 5)
                place(h, 3, static_cast<std::size_t>(c - 1), std::to_string(c));
            else if (c <= 15)
                place(h, 3, col::k(c), std::to_string(c), 1, 2);
            else
                place(h, 3, c == 16 ? col::kUnit : col::kKeterangan, std::to_string(c));
        }
    }

    const model::RenjaEntry* renja_of(const std::string& kode) const {
        for (const model::RenjaEntry& e : p_.opd->renja) {
            if (e.kode == kode)
                return &e;
        }
        return nullptr;
    }

    Cell& at(std::size_t row, std::size_t column) { return t_.rows[row].cells[column]; }

    // Columns 9-13 of one measure from its quarters: the quarters up to N, then the year so far by `rule`
    // with its formula; without any quarter, at the fourth quarter, the annual realisasi (no formula).
    void quarters_and_year(std::size_t row, bool rupiah, const Quarters& quarters, rules::Akumulasi rule,
                           const Cell& annual, const std::string& what) {
        const auto column = [rupiah](int c) { return rupiah ? col::rp(c) : col::k(c); };
        const NumberStyle style = rupiah ? NumberStyle::Rupiah : NumberStyle::Decimal;
        const bool quarterly = any_quarter(quarters);
        for (int q = 1; q <= 4; ++q) {
            if (q > tw_)
                continue;  // a quarter after the one evaluated: left empty
            const std::optional<double>& v = quarters[static_cast<std::size_t>(q - 1)];
            at(row, column(8 + q)) =
                v ? computed(*v, style, p_)
                  : Cell::not_available(quarterly ? what + " " + model::triwulan_name(q) + " tidak ada"
                                                  : "tidak ada " + what + " per triwulan");
        }
        if (!quarterly) {
            at(row, column(13)) =
                tw_ == 4 ? annual : Cell::not_available("tidak ada " + what + " per triwulan");
            return;
        }
        const rules::EvaluasiValue year = rules::realisasi_tahun_berjalan(quarters, tw_, rule);
        at(row, column(13)) = value_cell(year, style, p_);
        if (year.value) {
            std::vector<formula::Expr> refs;
            for (int q = 1; q <= tw_; ++q)
                refs.push_back(formula::ref(row, column(8 + q)));
            at(row, column(13)).formula = rules::realisasi_tahun_berjalan_formula(refs, rule);
        }
    }

    // Columns 14 and 15 from 6, 7 and 13 of the same row.
    void renstra_progress(std::size_t row, bool rupiah, rules::Akumulasi rule) {
        const auto column = [rupiah](int c) { return rupiah ? col::rp(c) : col::k(c); };
        const NumberStyle style = rupiah ? NumberStyle::Rupiah : NumberStyle::Decimal;
        const Cell& c6 = at(row, column(6));
        const Cell& c7 = at(row, column(7));
        const Cell& c13 = at(row, column(13));
        const rules::EvaluasiValue kini =
            rules::realisasi_renstra_kini(as_value(c7), as_value(c13), first_year_, rule);
        Cell c14 = value_cell(kini, style, p_);
        // Shown with the places of what it comes from: 13 alone, or the wider of 7 and 13.
        if (kini.value && style == NumberStyle::Decimal) {
            const bool sum = rule == rules::Akumulasi::Jumlah && !first_year_;
            c14.decimals = sum ? std::max(c7.decimals, c13.decimals) : c13.decimals;
        }
        if (kini.value)
            c14.formula = rules::realisasi_renstra_kini_formula(
                formula::ref(row, column(7)), formula::ref(row, column(13)), first_year_, rule);
        const rules::EvaluasiValue tingkat = rules::tingkat_capaian_renstra(
            kini, c6.kind == Cell::Kind::Number ? std::optional<double>(c6.number) : std::nullopt);
        Cell c15 = value_cell(tingkat, NumberStyle::Percent, p_);
        if (tingkat.value)
            c15.formula = rules::tingkat_capaian_renstra_formula(formula::ref(row, column(14)),
                                                                 formula::ref(row, column(6)));
        if (c6.kind == Cell::Kind::NotAvailable && !tingkat.value)
            c15 = Cell::not_available(tingkat.na_reason);
        at(row, column(14)) = std::move(c14);
        at(row, column(15)) = std::move(c15);
    }

    void node(std::size_t index, int level) {
        const rules::BudgetNode& nd = p_.budget.nodes[index];
        const model::BudgetItem& item = *nd.item;
        std::vector<const compute::IndicatorResult*> indicators;
        for (const compute::IndicatorResult& r : p_.indicators) {
            const model::IndicatorLevel l = r.indicator->level;
            if (r.indicator->induk == item.kode &&
                (l == model::IndicatorLevel::Program || l == model::IndicatorLevel::Kegiatan ||
                 l == model::IndicatorLevel::SubKegiatan))
                indicators.push_back(&r);
        }
        const std::size_t first = t_.rows.size();
        const std::size_t span = std::max<std::size_t>(1, indicators.size());
        for (std::size_t i = 0; i < span; ++i) {
            table::Row row;
            // Data even for a program: a renderer draws a Group row all bold, and bold amounts of tens of
            // billions no longer fit their column on one line; the program's code and name are bold below.
            row.role = table::RowRole::Data;
            row.cells.assign(col::kCount, Cell::empty());
            t_.rows.push_back(std::move(row));
        }

        // The node's own cells, on its first row, merged over its indicator rows.
        at(first, col::kNomor) = Cell::of_number(++number_, NumberStyle::Integer, 0);
        at(first, col::kNomor).align = table::Align::Center;
        if (level == 0) {
            if (const model::Sasaran* s = p_.opd->find_sasaran(item.sasaran))
                at(first, col::kSasaran) = Cell::of_text(s->uraian);
        }
        at(first, col::kKode) = Cell::of_text(item.kode);
        at(first, col::kUraian) = Cell::of_text(item.nama);
        // No indentation: the column is narrow beside 20 figure columns, and the code shows the level.
        const quantity::Subject subject = quantity::Subject::of(nd, p_);
        at(first, col::rp(6)) = quantity_at(subject, "pagu_renstra", n_, p_);
        at(first, col::rp(7)) =
            first_year_ ? Cell::not_available("tahun pertama Renstra: belum ada realisasi tahun sebelumnya")
                        : quantity_at(subject, "realisasi_anggaran_renstra_lalu", n_, p_);
        at(first, col::rp(8)) = quantity_at(subject, "pagu", n_, p_);
        quarters_and_year(first, true, budget_quarters(nd), rules::Akumulasi::Jumlah,
                          quantity_at(subject, "realisasi_anggaran", n_, p_), "realisasi anggaran");
        renstra_progress(first, true, rules::Akumulasi::Jumlah);
        rp_rows_.push_back(first);
        if (const model::RenjaEntry* e = renja_of(item.kode)) {
            if (!e->unit.empty())
                at(first, col::kUnit) = Cell::of_text(e->unit);
            if (!e->keterangan.empty())
                at(first, col::kKeterangan) = Cell::of_text(e->keterangan);
        }

        // One row per indicator of the node: its K columns.
        if (indicators.empty()) {
            at(first, col::kIndikator) =
                Cell::not_available("tidak ada indikator dengan induk ini di indikator.csv");
        }
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            const std::size_t row = first + i;
            const compute::IndicatorResult& r = *indicators[i];
            const model::Indicator& ind = *r.indicator;
            const rules::Akumulasi rule = rules::akumulasi_of(ind);
            by_rule_[static_cast<int>(rule)].insert(ind.kode);
            const quantity::Subject s = quantity::Subject::of(r);
            at(row, col::kIndikator) =
                Cell::of_text(ind.nama + (ind.satuan.empty() ? "" : " (" + ind.satuan + ")"));
            at(row, col::k(6)) = quantity_at(s, "target_akhir_renstra", n_, p_);
            at(row, col::k(7)) =
                first_year_
                    ? Cell::not_available("tahun pertama Renstra: belum ada realisasi tahun sebelumnya")
                    : quantity_at(s, "realisasi_renstra_lalu", n_, p_);
            at(row, col::k(8)) = quantity_at(s, "target", n_, p_);
            quarters_and_year(row, false, indicator_quarters(r), rule, quantity_at(s, "realisasi", n_, p_),
                              "realisasi");
            renstra_progress(row, false, rule);
            k_rows_.push_back(row);
        }

        // Merge the node's cells over its rows.
        std::vector<std::size_t> merged = {col::kNomor,  col::kSasaran, col::kKode,
                                           col::kUraian, col::kUnit,    col::kKeterangan};
        for (int c = 6; c <= 15; ++c)
            merged.push_back(col::rp(c));
        if (span > 1) {
            for (std::size_t c : merged) {
                at(first, c).row_span = static_cast<int>(span);
                for (std::size_t r = first + 1; r < first + span; ++r) {
                    at(r, c) = Cell::empty();
                    at(r, c).covered = true;
                }
            }
        }
        for (std::size_t r = first; r < first + span; ++r) {
            for (std::size_t c = 0; c < col::kCount; ++c) {
                Cell& cell = at(r, c);
                // A program's code and name in bold; its figures in the body face, which keeps amounts of
                // hundreds of billions on one line.
                if (level == 0 && cell.kind == Cell::Kind::Text && c <= col::kUraian)
                    cell.bold = true;
                if (cell.kind == Cell::Kind::NotAvailable && !cell.text.empty())
                    na_reasons_.insert(cell.text);
            }
        }
        for (std::size_t child : nd.children)
            node(child, level + 1);
    }

    // A footer row: a label over columns 1 to 14 (K and Rp), then the K and Rp cells of column 15.
    std::size_t footer_row(const std::string& label) {
        table::Row row;
        row.role = table::RowRole::Total;
        row.cells.assign(col::kCount, Cell::empty());
        row.cells[0] = Cell::of_text(label);
        row.cells[0].bold = true;
        row.cells[0].col_span = static_cast<int>(col::k(15));
        for (std::size_t c = 1; c < col::k(15); ++c)
            row.cells[c].covered = true;
        row.cells[col::kUnit].col_span = 2;
        row.cells[col::kKeterangan].covered = true;
        t_.rows.push_back(std::move(row));
        return t_.rows.size() - 1;
    }

    Cell mean_of(const std::vector<std::size_t>& rows, std::size_t column, const std::string& what) {
        double sum = 0;
        std::vector<formula::Expr> refs;
        for (std::size_t r : rows) {
            const Cell& c = at(r, column);
            if (c.kind != Cell::Kind::Number || c.covered)
                continue;
            sum += c.number;
            refs.push_back(formula::ref(r, column));
        }
        if (refs.empty())
            return Cell::not_available("tidak ada tingkat capaian " + what + " yang terukur");
        Cell mean = computed(format::clean(sum / static_cast<double>(refs.size())), NumberStyle::Percent, p_);
        mean.formula = rules::mean_formula(std::move(refs));
        mean.bold = true;
        return mean;
    }

    Cell predikat_of(std::size_t row, std::size_t column) {
        const Cell& mean = at(row, column);
        if (mean.kind != Cell::Kind::Number)
            return Cell::not_available("rata-rata capaian tidak dapat diukur");
        const model::BandScale& scale = p_.conventions.predikat;
        const std::optional<std::string> label = rules::rate(mean.number, scale, p_.conventions.display);
        if (!label)
            return Cell::not_available("rata-rata capaian di luar skala predikat");
        Cell c = Cell::of_text(*label, table::Align::Center);
        c.bold = true;
        c.shade.scale = "predikat";
        c.shade.bands = static_cast<int>(scale.bands.size());
        for (std::size_t i = 0; i < scale.bands.size(); ++i) {
            if (scale.bands[i].label == *label)
                c.shade.band = static_cast<int>(i);
        }
        c.formula = rules::band_formula(scale, formula::ref(row, column), p_.conventions.display);
        return c;
    }

    // A text row of the footer: the label over columns 1-5, the staff's text over the rest.
    void text_row(const std::string& label, std::string_view bagian) {
        table::Row row;
        row.role = table::RowRole::Data;
        row.cells.assign(col::kCount, Cell::empty());
        row.cells[0] = Cell::of_text(label);
        row.cells[0].bold = true;
        row.cells[0].col_span = static_cast<int>(col::k(6));
        for (std::size_t c = 1; c < col::k(6); ++c)
            row.cells[c].covered = true;
        const model::NarrativeBlock* block =
            model::find_narrative(p_.opd->narasi, bagian, std::to_string(tw_));
        row.cells[col::k(6)] =
            Cell::of_text(block ? block->teks
                                : "[BELUM DIISI: narasi.csv, bagian " + std::string(bagian) + ", kode " +
                                      std::to_string(tw_) + "]");
        row.cells[col::k(6)].col_span = static_cast<int>(col::kCount - col::k(6));
        for (std::size_t c = col::k(6) + 1; c < col::kCount; ++c)
            row.cells[c].covered = true;
        t_.rows.push_back(std::move(row));
    }

    void footer() {
        const std::size_t mean_row = footer_row("Rata-rata capaian kinerja (K) dan anggaran (Rp) (%)");
        at(mean_row, col::k(15)) = mean_of(k_rows_, col::k(15), "kinerja");
        at(mean_row, col::rp(15)) = mean_of(rp_rows_, col::rp(15), "anggaran");
        const std::size_t predikat_row = footer_row("Predikat kinerja");
        at(predikat_row, col::k(15)) = predikat_of(mean_row, col::k(15));
        at(predikat_row, col::rp(15)) = predikat_of(mean_row, col::rp(15));
        for (std::size_t r : {mean_row, predikat_row}) {
            for (std::size_t c : {col::k(15), col::rp(15)}) {
                if (at(r, c).kind == Cell::Kind::NotAvailable)
                    na_reasons_.insert(at(r, c).text);
            }
        }
        text_row("Faktor pendorong keberhasilan pencapaian", "evaluasi_pendorong");
        text_row("Faktor penghambat pencapaian kinerja", "evaluasi_penghambat");
        text_row("Tindak lanjut yang diperlukan dalam triwulan berikutnya",
                 "evaluasi_tindak_lanjut_triwulan");
        text_row("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah dan RKPD berikutnya",
                 "evaluasi_tindak_lanjut_renja");
    }

    void notes() {
        t_.notes.push_back(
            "Evaluasi Renja menurut Permendagri 86/2017. K = kinerja, Rp = anggaran (rupiah). " +
            rules::evaluasi_prose());
        static const char* const kRuleNames[] = {"jumlah", "nilai terakhir", "rata-rata"};
        std::string rules_note = "Aturan akumulasi per indikator:";
        bool anything = false;
        for (int i = 0; i < 3; ++i) {
            if (by_rule_[i].empty())
                continue;
            std::string codes;
            for (const std::string& c : by_rule_[i])
                codes += (codes.empty() ? "" : ", ") + c;
            rules_note += std::string(anything ? ";" : "") + " " + kRuleNames[i] + ": " + codes;
            anything = true;
        }
        if (anything)
            t_.notes.push_back(rules_note + ".");
        if (tw_ == 4)
            t_.notes.push_back(
                "Baris tanpa realisasi per triwulan: kolom 13 pada triwulan IV adalah realisasi tahunan "
                "(realisasi.csv, anggaran.csv), tanpa rumus.");
        t_.notes.push_back(
            "Rata-rata capaian: rata-rata kolom 15 yang terukur, K atas baris indikator, Rp atas setiap "
            "program, kegiatan dan sub kegiatan. Predikat kinerja (Permendagri 86/2017, predikat.skala): " +
            rules::scale_prose(p_.conventions.predikat) + "; untuk K dan Rp masing-masing.");
        if (!na_reasons_.empty()) {
            std::string note = "n/a = tidak dapat diukur: ";
            bool first = true;
            for (const std::string& reason : na_reasons_) {
                note += (first ? "" : "; ") + reason;
                first = false;
            }
            t_.notes.push_back(note + ".");
        }
    }
};

}  // namespace

table::Report build_evaluasi_renja(const compute::Performance& p, int triwulan) {
    if (triwulan < 1 || triwulan > 4)
        throw std::invalid_argument("triwulan harus 1 sampai 4");
    const model::Profile& profile = p.opd->profile;
    table::Report report =
        signed_report(profile, "Evaluasi terhadap Hasil Renja Perangkat Daerah Triwulan " + roman(triwulan) +
                                   " Tahun " + std::to_string(profile.tahun));
    report.tables.push_back(FormBuilder(p, triwulan).build());
    return report;
}

}  // namespace lkjip::report
