#include "report/summary_tables.hpp"

#include "core/number_format.hpp"
#include "quantity/value.hpp"
#include "report/fields.hpp"
#include "table/cell_text.hpp"

namespace lkjip::report {

namespace {

using table::Align;
using table::Cell;

// Each figure is a quantity of the vocabulary, read through quantity::value_of and shown as the report's
// cells show it (quantity_cell: the conventions' decimals and rounding, a value the user wrote at its written
// precision, n/a with its reason, bands shaded).
class Figures {
  public:
    explicit Figures(const compute::Performance& p) : p_(p) {}

    Cell operator()(const quantity::Subject& subject, std::string_view key) const {
        const quantity::Quantity& q = *quantity::find(key);
        return quantity_cell(q, quantity::value_of(subject, q, p_.opd->profile.tahun, p_), p_);
    }

    // A capaian the conventions capped is marked with "*" (explained under the table).
    static Cell marked(Cell c, bool capped) {
        if (!capped || c.kind != Cell::Kind::Number)
            return c;
        return Cell::of_text(table::display_text(c) + "*", Align::Right);
    }

  private:
    const compute::Performance& p_;
};

table::Table titled(const std::string& id, std::string judul, std::vector<std::string> headers) {
    table::Table t;
    t.id = "ringkasan-" + id;
    t.judul = std::move(judul);
    std::vector<Cell> header;
    for (std::string& h : headers)
        header.push_back(Cell::of_text(std::move(h), Align::Center));
    t.columns.resize(header.size());
    t.header.push_back(std::move(header));
    return t;
}

}  // namespace

std::vector<table::Table> summary_tables(const compute::Performance& p) {
    const model::Conventions& conv = p.conventions;
    const Figures figure(p);
    const std::string tahun = std::to_string(p.opd->profile.tahun);
    std::vector<table::Table> out;

    table::Table iku = titled("iku", "Capaian IKU Tahun " + tahun,
                              {"Kode", "Indikator", "Target", "Realisasi", "Capaian", "Predikat", "Atribut"});
    for (const compute::SasaranResult& s : p.sasaran) {
        for (std::size_t i : s.iku) {
            const compute::IndicatorResult& r = p.indicators[i];
            const quantity::Subject subject = quantity::Subject::of(r);
            iku.rows.push_back({table::RowRole::Data,
                                {Cell::of_text(r.indicator->kode), Cell::of_text(r.indicator->nama),
                                 figure(subject, "target"), figure(subject, "realisasi"),
                                 Figures::marked(figure(subject, "capaian"), r.current.capaian.capped),
                                 figure(subject, "predikat"), figure(subject, "atribut")}});
        }
    }
    if (conv.capaian.cap)
        iku.notes.push_back("Capaian dibatasi paling tinggi " + format::persen(*conv.capaian.cap, 0) +
                            "; tanda * = nilai dibatasi.");
    out.push_back(std::move(iku));

    table::Table sasaran =
        titled("sasaran", "Capaian Sasaran Strategis", {"Kode", "Sasaran", "Capaian", "Predikat", "Atribut"});
    for (const compute::SasaranResult& s : p.sasaran) {
        const quantity::Subject subject = quantity::Subject::of(s);
        sasaran.rows.push_back(
            {table::RowRole::Data,
             {Cell::of_text(s.sasaran->kode), Cell::of_text(s.sasaran->uraian), figure(subject, "capaian"),
              figure(subject, "predikat"), figure(subject, "atribut")}});
    }
    out.push_back(std::move(sasaran));

    table::Table programs = titled(
        "R.3", "Serapan Anggaran dan Efisiensi per Program",
        {"Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan", "Capaian", "Efisiensi", "Kategori"});
    for (const compute::ProgramResult& pr : p.programs) {
        const rules::BudgetNode& node = p.budget.nodes[pr.node];
        const quantity::Subject subject = quantity::Subject::of(node, p);
        std::vector<Cell> row = {Cell::of_text(node.item->kode), Cell::of_text(node.item->nama)};
        for (const char* key :
             {"pagu", "realisasi_anggaran", "serapan", "capaian", "efisiensi", "kategori_efisiensi"})
            row.push_back(figure(subject, key));
        programs.rows.push_back({table::RowRole::Data, std::move(row)});
    }
    out.push_back(std::move(programs));

    table::Table opd = titled(
        "R.4", "Capaian Perangkat Daerah",
        {"Perangkat daerah", "Capaian", "Predikat", "Atribut", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"});
    std::vector<Cell> total = {Cell::of_text(model::instansi_name(p.opd->profile))};
    for (const char* key : {"capaian", "predikat", "atribut"})
        total.push_back(figure(quantity::Subject::opd(), key));
    for (const char* key : {"pagu", "realisasi_anggaran", "serapan"})
        total.push_back(figure(quantity::Subject::total(), key));
    opd.rows.push_back({table::RowRole::Total, std::move(total)});
    if (!p.overall.capaian.skipped.empty())
        opd.notes.push_back("Tanpa indikator yang n/a.");
    out.push_back(std::move(opd));
    return out;
}

}  // namespace lkjip::report
