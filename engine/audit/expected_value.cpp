#include "audit/expected_value.hpp"

#include "core/number_format.hpp"
#include "rules/rating.hpp"

namespace lkjip::audit {

namespace {

Expected number(std::optional<double> v, std::string reason, bool computed) {
    Expected e;
    e.applies = true;
    e.number = v;
    e.from_computation = computed;
    if (!v) {
        e.na_reason = std::move(reason);
        e.missing_data = !computed;  // primary data that is not in the folder
    }
    return e;
}

Expected missing(Expected e) {
    e.missing_data = !e.number;
    return e;
}

Expected money(std::optional<std::int64_t> v) {
    return number(v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt,
                  "tidak ada data anggaran", false);
}

Expected label(std::optional<std::string> v, std::string reason) {
    Expected e;
    e.applies = true;
    e.label = std::move(v);
    e.from_computation = true;
    if (!e.label)
        e.na_reason = std::move(reason);
    return e;
}

std::optional<double> single(const std::optional<model::Target>& t) {
    if (!t || t->is_range())
        return std::nullopt;
    return t->lower;
}

const model::YearValues* values_of(const model::Indicator& ind, int tahun) {
    const auto it = ind.years.find(tahun);
    return it == ind.years.end() ? nullptr : &it->second;
}

Expected indicator_value(const std::string& b, const compute::IndicatorResult& r, int tahun,
                         const compute::Performance& p) {
    const model::Indicator& ind = *r.indicator;
    const compute::YearResult* y = r.year(tahun);
    const model::YearValues* v = values_of(ind, tahun);
    const model::YearValues* before = values_of(ind, tahun - 1);
    const std::string none = "tidak ada data tahun " + std::to_string(tahun);
    if (b == "target")
        return number(y ? single(y->target) : std::nullopt, "tidak ada target tahun " + std::to_string(tahun),
                      false);
    if (b == "realisasi")
        return number(y ? y->realisasi : std::nullopt, "tidak ada realisasi tahun " + std::to_string(tahun),
                      false);
    if (b == "capaian")
        return number(y ? y->capaian.value : std::nullopt, y ? y->capaian.na_reason : none, true);
    if (b == "predikat" || b == "atribut") {
        std::optional<std::string> rated;
        if (y && y->capaian.value)
            rated = label_for(b, y->capaian.value.value(), p);
        return label(rated, "capaian tidak dapat diukur");
    }
    if (b == "target_renstra")
        return number(v ? single(v->target_renstra) : std::nullopt, "tidak ada target Renstra", false);
    if (b == "target_akhir_renstra")
        return number(single(r.target_akhir_renstra), "tidak ada target akhir Renstra", false);
    if (b == "kondisi_awal")
        return number(ind.kondisi_awal, "kondisi awal tidak diisi", false);
    if (b == "tingkat_kemajuan")
        return number(r.tingkat_kemajuan.value, r.tingkat_kemajuan.na_reason, true);
    if (b == "target_nasional")
        return number(ind.target_nasional, "tidak ada target nasional", false);
    if (b == "pembilang")
        return number(v ? v->pembilang : std::nullopt, "pembilang tidak diisi", false);
    if (b == "penyebut")
        return number(v ? v->penyebut : std::nullopt, "penyebut tidak diisi", false);
    if (b == "bukan_pembilang") {
        const bool ok = v && v->pembilang && v->penyebut;
        return missing(number(ok ? std::optional<double>(*v->penyebut - *v->pembilang) : std::nullopt,
                              "pembilang atau penyebut tidak diisi", true));
    }
    if (b == "kenaikan_pembilang" || b == "kenaikan_penyebut") {
        const bool num = b == "kenaikan_pembilang";
        std::optional<double> change;
        if (v && before) {
            const std::optional<double>& now = num ? v->pembilang : v->penyebut;
            const std::optional<double>& then = num ? before->pembilang : before->penyebut;
            if (now.has_value() && then.has_value())
                change = now.value() - then.value();
        }
        return missing(number(change, "tidak ada data tahun " + std::to_string(tahun - 1), true));
    }
    if (b == "perubahan_capaian") {
        const compute::YearResult* prev = r.year(tahun - 1);
        const bool ok = y && prev && y->capaian.value && prev->capaian.value;
        Expected e =
            number(ok ? std::optional<double>(format::clean(*y->capaian.value - *prev->capaian.value))
                      : std::nullopt,
                   "capaian salah satu tahun tidak dapat diukur", true);
        e.missing_data = !ok && (!y || !prev);
        return e;
    }
    if (ind.level == model::IndicatorLevel::Sasaran && tahun == p.opd->profile.tahun) {
        if (b == "pagu")
            return number(
                r.programs.empty()
                    ? std::nullopt
                    : (r.anggaran.pagu() ? std::optional<double>(static_cast<double>(*r.anggaran.pagu()))
                                         : std::nullopt),
                "tidak ada anggaran yang mendukung", true);
        if (b == "realisasi_anggaran")
            return number(r.programs.empty() || !r.anggaran.realisasi
                              ? std::nullopt
                              : std::optional<double>(static_cast<double>(*r.anggaran.realisasi)),
                          "tidak ada anggaran yang mendukung", true);
        if (b == "serapan")
            return number(r.serapan, "tidak ada anggaran yang mendukung", true);
        if (b == "efisiensi")
            return number(r.efisiensi.shown, r.efisiensi.na_reason, true);
        if (b == "kategori_efisiensi")
            return label(r.efisiensi.category, r.efisiensi.na_reason);
        if (b == "jumlah_program")
            return number(static_cast<double>(r.programs.size()), "", true);
    }
    return Expected{};
}

// Both by the indexes compute() builds: the audit asks once per printed figure.
// Both by the indexes compute() builds (the audit asks once per printed figure); a Performance put together
// by hand, without them, is scanned.
const rules::BudgetNode* budget_node(const std::string& kode, const compute::Performance& p) {
    if (p.budget_position.size() == p.budget.nodes.size()) {
        const auto it = p.budget_position.find(kode);
        return it == p.budget_position.end() ? nullptr : &p.budget.nodes[it->second];
    }
    for (const rules::BudgetNode& n : p.budget.nodes) {
        if (n.item->kode == kode)
            return &n;
    }
    return nullptr;
}

const compute::ProgramResult* program_of(const rules::BudgetNode* node, const compute::Performance& p) {
    if (p.program_of_node.size() == p.programs.size()) {
        const auto it = p.program_of_node.find(static_cast<std::size_t>(node - p.budget.nodes.data()));
        return it == p.program_of_node.end() ? nullptr : &p.programs[it->second];
    }
    for (const compute::ProgramResult& pr : p.programs) {
        if (&p.budget.nodes[pr.node] == node)
            return &pr;
    }
    return nullptr;
}

std::size_t count_level(const rules::BudgetNode& node, model::BudgetLevel level,
                        const compute::Performance& p) {
    std::size_t n = 0;
    for (std::size_t c : node.children) {
        const rules::BudgetNode& child = p.budget.nodes[c];
        n += child.item->level == level ? 1 : 0;
        n += count_level(child, level, p);
    }
    return n;
}

Expected amounts_value(const std::string& b, const rules::Amounts& a, std::optional<double> serapan) {
    if (b == "pagu_murni")
        return money(a.pagu_murni);
    if (b == "pagu_perubahan")
        return money(a.pagu_perubahan);
    if (b == "pagu")
        return money(a.pagu());
    if (b == "realisasi_anggaran")
        return money(a.realisasi);
    if (b == "selisih_anggaran")
        return money(a.pagu() && a.realisasi ? std::optional<std::int64_t>(*a.pagu() - *a.realisasi)
                                             : std::nullopt);
    if (b == "serapan")
        return number(serapan, "pagu atau realisasi tidak ada", true);
    return Expected{};
}

}  // namespace

std::optional<std::string> label_for(const std::string& besaran, double value,
                                     const compute::Performance& p) {
    const model::Conventions& c = p.conventions;
    if (besaran == "predikat")
        return rules::rate(value, c.predikat, c.display);
    if (besaran == "atribut")
        return rules::rate(value, c.atribut, c.display);
    return std::nullopt;
}

Expected expected_value(const model::PrintedFigure& f, const compute::Performance& p) {
    const std::string& b = f.besaran;
    // Amounts in words follow the amount they spell out.
    if (b.size() > 10 && b.compare(b.size() - 10, 10, "_terbilang") == 0) {
        model::PrintedFigure base = f;
        base.besaran = b.substr(0, b.size() - 10);
        const Expected amount = expected_value(base, p);
        if (!amount.applies)
            return Expected{};
        return label(amount.number ? std::optional<std::string>(
                                         format::terbilang_rupiah(static_cast<std::int64_t>(*amount.number)))
                                   : std::nullopt,
                     amount.na_reason);
    }
    const int n = p.opd->profile.tahun;
    if (const compute::IndicatorResult* r = p.find_indicator(f.objek))
        return indicator_value(b, *r, f.tahun, p);
    for (const compute::SasaranResult& s : p.sasaran) {
        if (s.sasaran->kode != f.objek || f.tahun != n)
            continue;
        if (b == "capaian")
            return number(s.capaian.value, s.capaian.na_reason, true);
        if (b == "predikat")
            return label(s.predikat, "capaian tidak dapat diukur");
        if (b == "atribut")
            return label(s.atribut, "capaian tidak dapat diukur");
        if (b == "jumlah_iku")
            return number(static_cast<double>(s.iku.size()), "", true);
    }
    if (f.objek == "opd" && b.rfind("jumlah_", 0) == 0 &&
        (b == "jumlah_kegiatan" || b == "jumlah_sub_kegiatan")) {
        // Countable only when every program itemises its kegiatan and sub kegiatan in the data.
        double k = 0;
        bool itemised = true;
        for (std::size_t i : p.budget.programs) {
            const rules::BudgetNode& node = p.budget.nodes[i];
            itemised = itemised && !node.children.empty();
            k += static_cast<double>(count_level(
                node, b == "jumlah_kegiatan" ? model::BudgetLevel::Kegiatan : model::BudgetLevel::SubKegiatan,
                p));
        }
        Expected e = number(itemised ? std::optional<double>(k) : std::nullopt,
                            "tidak setiap program dirinci sampai sub kegiatan di anggaran.csv", true);
        e.missing_data = !itemised;
        return e;
    }
    if (f.objek == "opd" && (f.tahun == n || b.rfind("jumlah_", 0) == 0)) {
        if (b == "capaian")
            return number(p.overall.capaian.value, p.overall.capaian.na_reason, true);
        if (b == "predikat")
            return label(p.overall.predikat, "capaian tidak dapat diukur");
        if (b == "atribut")
            return label(p.overall.atribut, "capaian tidak dapat diukur");
        if (b == "jumlah_tujuan")
            return number(static_cast<double>(p.tujuan.size()), "", true);
        if (b == "jumlah_sasaran")
            return number(static_cast<double>(p.sasaran.size()), "", true);
        if (b == "jumlah_iku") {
            double k = 0;
            for (const compute::SasaranResult& s : p.sasaran)
                k += static_cast<double>(s.iku.size());
            return number(k, "", true);
        }
        if (b == "jumlah_program")
            return number(static_cast<double>(p.programs.size()), "", true);
    }
    if (f.objek == "total" && f.tahun == n) {
        if (b == "jumlah_program")
            return number(static_cast<double>(p.programs.size()), "", true);
        return amounts_value(b, p.budget.total, p.budget.serapan_total);
    }
    if ((f.objek == "belanja" || f.objek.rfind("belanja:", 0) == 0) && f.tahun == n) {
        const std::optional<rules::Amounts> a =
            rules::belanja_amounts(p.opd->belanja, f.objek == "belanja" ? "" : f.objek.substr(8));
        if (!a)
            return Expected{};
        return amounts_value(b, *a, rules::serapan(a->pagu(), a->realisasi));
    }
    if (const rules::BudgetNode* node = budget_node(f.objek, p); node && f.tahun == n) {
        if (b == "efisiensi" || b == "kategori_efisiensi") {
            const compute::ProgramResult* pr = program_of(node, p);
            if (!pr)
                return Expected{};
            if (b == "efisiensi")
                return number(pr->efisiensi.shown, pr->efisiensi.na_reason, true);
            return label(pr->efisiensi.category, pr->efisiensi.na_reason);
        }
        if (b == "jumlah_kegiatan")
            return number(static_cast<double>(count_level(*node, model::BudgetLevel::Kegiatan, p)), "", true);
        if (b == "jumlah_sub_kegiatan")
            return number(static_cast<double>(count_level(*node, model::BudgetLevel::SubKegiatan, p)), "",
                          true);
        return amounts_value(b, node->amounts, node->serapan);
    }
    return Expected{};
}

}  // namespace lkjip::audit
