#include "output/summary_text.hpp"

#include "core/number_format.hpp"

namespace lkjip::output {

namespace {

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::string cut(const std::string& s, std::size_t width) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == width - 1)
                return s.substr(0, i) + "…";
            ++n;
        }
    }
    return s;
}

class Formatter {
  public:
    explicit Formatter(const model::DisplayConventions& d) : d_(d) {}
    std::string pct(const std::optional<double>& v) const {
        return format::persen_atau_na(v, d_.decimals, d_.rounding);
    }
    std::string num(const std::optional<double>& v) const {
        return format::angka_atau_na(v, d_.decimals, d_.rounding);
    }
    // A value the user wrote, as written (format::written_places): never cut by the display rounding.
    std::string as_written(double v, int written) const {
        return format::angka(v, format::written_places(v, written, d_.decimals));
    }
    std::string target(const std::optional<model::Target>& t) const {
        if (!t)
            return "n/a";
        if (!t->label.empty())
            return t->label;  // an ordinal target, as written
        if (t->is_range())
            return as_written(t->lower, t->decimals) + "-" + as_written(t->upper, t->decimals);
        return as_written(t->lower, t->decimals);
    }
    std::string realisasi(const compute::YearResult& y) const {
        if (!y.realisasi_label.empty() && y.realisasi)
            return y.realisasi_label;
        if (!y.realisasi || y.realisasi_decimals < 0)
            return num(y.realisasi);
        return as_written(*y.realisasi, y.realisasi_decimals);
    }

  private:
    const model::DisplayConventions& d_;
};

std::string money(const std::optional<std::int64_t>& v) {
    return v ? format::ribuan(*v) : "n/a";
}

std::string or_na(const std::optional<std::string>& s) {
    return s ? *s : "n/a";
}

}  // namespace

std::string fit(const std::string& s, std::size_t width, bool right_align) {
    const std::size_t n = code_points(s);
    if (n > width)
        return cut(s, width);
    const std::string pad(width - n, ' ');
    return right_align ? pad + s : s + pad;
}

std::string summary_text(const compute::Performance& p) {
    const model::Opd& opd = *p.opd;
    const Formatter f(p.conventions.display);
    std::string out;
    auto line = [&](const std::string& s) { out += s + "\n"; };

    line(model::instansi_name(opd.profile) + " - tahun " + std::to_string(opd.profile.tahun));
    std::string conventions = "Konvensi: " + p.conventions.name;
    // The name alone would claim the defaults (or the variant) while other values are in force.
    for (std::size_t i = 0; i < p.conventions.overrides.size(); ++i) {
        const model::ConventionOverride& o = p.conventions.overrides[i];
        conventions += (i == 0 ? "; diubah: " : ", ") + o.key + " (" + o.source + ")";
    }
    line(conventions);
    if (const auto& cap = p.conventions.capaian.cap) {
        // A cap changes what readers compare; the report must say so.
        line("Capaian dibatasi paling tinggi " + format::persen(*cap, 0) +
             (p.conventions.capaian.cap_scope == model::CapScope::Everywhere ? ""
                                                                             : " (hanya untuk rata-rata)") +
             "; tanda * = nilai dibatasi");
    }
    line("");
    line("Capaian IKU tahun " + std::to_string(opd.profile.tahun));
    line(fit("Kode", 8) + " " + fit("Indikator", 40) + " " + fit("Target", 9, true) + " " +
         fit("Realisasi", 9, true) + " " + fit("Capaian", 9, true) + "  " + fit("Predikat", 13) +
         "  Atribut");
    for (const compute::SasaranResult& s : p.sasaran) {
        for (std::size_t i : s.iku) {
            const compute::IndicatorResult& r = p.indicators[i];
            std::string row =
                fit(r.indicator->kode, 8) + " " + fit(r.indicator->nama, 40) + " " +
                fit(f.target(r.current.target), 9, true) + " " + fit(f.realisasi(r.current), 9, true) + " " +
                fit(f.pct(r.current.capaian.value) + (r.current.capaian.capped ? "*" : ""), 9, true) + "  " +
                fit(or_na(r.predikat), 13) + "  " + or_na(r.atribut);
            if (!r.current.capaian.value)
                row += "  (" + r.current.capaian.na_reason + ")";
            line(row);
        }
    }
    line("");
    line("Capaian sasaran");
    for (const compute::SasaranResult& s : p.sasaran) {
        line(fit(s.sasaran->kode, 8) + " " + fit(s.sasaran->uraian, 60) + " " +
             fit(f.pct(s.capaian.value), 9, true) + "  " + or_na(s.predikat) + ", " + or_na(s.atribut));
    }
    line("");
    line("Program");
    line(fit("Kode", 8) + " " + fit("Program", 34) + " " + fit("Pagu", 15, true) + " " +
         fit("Realisasi", 15, true) + " " + fit("Serapan", 8, true) + " " + fit("Capaian", 8, true) + " " +
         fit("Efisiensi", 9, true) + "  Kategori");
    for (const compute::ProgramResult& pr : p.programs) {
        const rules::BudgetNode& node = p.budget.nodes[pr.node];
        line(fit(node.item->kode, 8) + " " + fit(node.item->nama, 34) + " " +
             fit(money(node.amounts.pagu()), 15, true) + " " + fit(money(node.amounts.realisasi), 15, true) +
             " " + fit(f.pct(node.serapan), 8, true) + " " + fit(f.pct(pr.capaian.value), 8, true) + " " +
             fit(f.num(pr.efisiensi.shown), 9, true) + "  " + or_na(pr.efisiensi.category));
    }
    line("");
    line("Anggaran: pagu " + (p.budget.total.pagu() ? format::rupiah(*p.budget.total.pagu()) : "n/a") +
         ", realisasi " + (p.budget.total.realisasi ? format::rupiah(*p.budget.total.realisasi) : "n/a") +
         ", serapan " + f.pct(p.budget.serapan_total));
    std::string overall = "Capaian OPD: " + f.pct(p.overall.capaian.value) + " - " +
                          or_na(p.overall.predikat) + " - " + or_na(p.overall.atribut);
    if (!p.overall.capaian.skipped.empty())
        overall += " (tanpa indikator n/a)";
    line(overall);
    if (!p.diagnostics.items().empty()) {
        line("");
        line("Peringatan (" + std::to_string(p.diagnostics.items().size()) + "):");
        for (const Diagnostic& d : p.diagnostics.items())
            line("  " + format_diagnostic(d));
    }
    return out;
}

}  // namespace lkjip::output
