#include "report/summary_tables.hpp"

#include "core/number_format.hpp"

namespace lkjip::report {

namespace {

using table::Align;
using table::Cell;

class Cells {
  public:
    explicit Cells(const model::Conventions& c) : c_(c) {}

    Cell text(const std::string& s) const { return Cell::of_text(s); }
    Cell percent(const std::optional<double>& v, const std::string& na_reason = {},
                 bool capped = false) const {
        if (!v)
            return Cell::not_available(na_reason);
        return Cell::of_text(
            format::persen(*v, c_.display.decimals, c_.display.rounding) + (capped ? "*" : ""), Align::Right);
    }
    Cell number(const std::optional<double>& v, const std::string& na_reason = {}) const {
        if (!v)
            return Cell::not_available(na_reason);
        return Cell::of_text(format::angka(*v, c_.display.decimals, c_.display.rounding), Align::Right);
    }
    Cell target(const std::optional<model::Target>& t) const {
        if (!t)
            return Cell::not_available("tidak ada target");
        if (t->is_range())
            return Cell::of_text(format::angka(t->lower, c_.display.decimals, c_.display.rounding) + "–" +
                                     format::angka(t->upper, c_.display.decimals, c_.display.rounding),
                                 Align::Right);
        return number(t->lower);
    }
    static Cell money(const std::optional<std::int64_t>& v) {
        if (!v)
            return Cell::not_available("tidak ada angka anggaran");
        return Cell::of_text(format::ribuan(*v), Align::Right);
    }
    // A label of a band scale, shaded by its band (0 = best) as the report's tables shade it.
    static Cell band(const std::optional<std::string>& label, const model::BandScale& scale,
                     const std::string& scale_name) {
        if (!label)
            return Cell::not_available("");
        Cell c = Cell::of_text(*label, Align::Center);
        for (std::size_t i = 0; i < scale.bands.size(); ++i) {
            if (scale.bands[i].label == *label)
                c.shade = {scale_name, static_cast<int>(i), static_cast<int>(scale.bands.size())};
        }
        return c;
    }

  private:
    const model::Conventions& c_;
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
    const Cells cells(conv);
    const std::string tahun = std::to_string(p.opd->profile.tahun);
    std::vector<table::Table> out;

    table::Table iku = titled("iku", "Capaian IKU Tahun " + tahun,
                              {"Kode", "Indikator", "Target", "Realisasi", "Capaian", "Predikat", "Atribut"});
    for (const compute::SasaranResult& s : p.sasaran) {
        for (std::size_t i : s.iku) {
            const compute::IndicatorResult& r = p.indicators[i];
            const rules::Capaian& c = r.current.capaian;
            iku.rows.push_back(
                {table::RowRole::Data,
                 {cells.text(r.indicator->kode), cells.text(r.indicator->nama),
                  cells.target(r.current.target), cells.number(r.current.realisasi, "tidak ada realisasi"),
                  cells.percent(c.value, c.na_reason, c.capped),
                  Cells::band(r.predikat, conv.predikat, "predikat"),
                  Cells::band(r.atribut, conv.atribut, "atribut")}});
        }
    }
    if (conv.capaian.cap)
        iku.notes.push_back("Capaian dibatasi paling tinggi " + format::persen(*conv.capaian.cap, 0) +
                            "; tanda * = nilai dibatasi.");
    out.push_back(std::move(iku));

    table::Table sasaran =
        titled("sasaran", "Capaian Sasaran Strategis", {"Kode", "Sasaran", "Capaian", "Predikat", "Atribut"});
    for (const compute::SasaranResult& s : p.sasaran) {
        sasaran.rows.push_back({table::RowRole::Data,
                                {cells.text(s.sasaran->kode), cells.text(s.sasaran->uraian),
                                 cells.percent(s.capaian.value, s.capaian.na_reason),
                                 Cells::band(s.predikat, conv.predikat, "predikat"),
                                 Cells::band(s.atribut, conv.atribut, "atribut")}});
    }
    out.push_back(std::move(sasaran));

    table::Table programs = titled(
        "R.3", "Serapan Anggaran dan Efisiensi per Program",
        {"Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan", "Capaian", "Efisiensi", "Kategori"});
    for (const compute::ProgramResult& pr : p.programs) {
        const rules::BudgetNode& node = p.budget.nodes[pr.node];
        Cell category = pr.efisiensi.category ? Cell::of_text(*pr.efisiensi.category, Align::Center)
                                              : Cell::not_available(pr.efisiensi.na_reason);
        programs.rows.push_back(
            {table::RowRole::Data,
             {cells.text(node.item->kode), cells.text(node.item->nama), Cells::money(node.amounts.pagu()),
              Cells::money(node.amounts.realisasi), cells.percent(node.serapan, "pagu 0 atau tidak ada"),
              cells.percent(pr.capaian.value, pr.capaian.na_reason),
              cells.number(pr.efisiensi.shown, pr.efisiensi.na_reason), category}});
    }
    out.push_back(std::move(programs));

    table::Table opd = titled(
        "R.4", "Capaian Perangkat Daerah",
        {"Perangkat daerah", "Capaian", "Predikat", "Atribut", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"});
    opd.rows.push_back({table::RowRole::Total,
                        {cells.text(model::instansi_name(p.opd->profile)),
                         cells.percent(p.overall.capaian.value, p.overall.capaian.na_reason),
                         Cells::band(p.overall.predikat, conv.predikat, "predikat"),
                         Cells::band(p.overall.atribut, conv.atribut, "atribut"),
                         Cells::money(p.budget.total.pagu()), Cells::money(p.budget.total.realisasi),
                         cells.percent(p.budget.serapan_total, "pagu 0 atau tidak ada")}});
    if (!p.overall.capaian.skipped.empty())
        opd.notes.push_back("Tanpa indikator yang n/a.");
    out.push_back(std::move(opd));
    return out;
}

}  // namespace lkjip::report
