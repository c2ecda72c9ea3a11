#include "quantity/value.hpp"

#include <map>

#include "core/number_format.hpp"
#include "rules/evaluasi_renja.hpp"
#include "rules/ordinal_capaian.hpp"
#include "rules/rating.hpp"

namespace lkjip::quantity {

namespace {

Value number(std::optional<double> v, std::string reason, bool computed) {
    Value e;
    e.applies = true;
    e.number = v;
    e.from_computation = computed;
    if (!v) {
        e.na_reason = std::move(reason);
        e.missing_data = !computed;  // primary data that is not in the input
    }
    return e;
}

Value written(std::optional<double> v, int decimals, std::string reason) {
    Value e = number(v, std::move(reason), false);
    e.written_decimals = decimals;
    return e;
}

Value missing(Value e) {
    e.missing_data = !e.number;
    return e;
}

Value count(std::size_t n) {
    return number(static_cast<double>(n), "", true);
}

Value money(std::optional<std::int64_t> v) {
    Value e = number(v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt,
                     "tidak ada data anggaran", false);
    if (v)
        e.written_decimals = 0;
    return e;
}

Value label(std::optional<std::string> v, std::string reason) {
    Value e;
    e.applies = true;
    e.label = std::move(v);
    e.from_computation = true;
    if (!e.label)
        e.na_reason = std::move(reason);
    return e;
}

Value capaian_value(const rules::Capaian& c, const std::string& fallback_reason) {
    return number(c.value, c.na_reason.empty() ? fallback_reason : c.na_reason, true);
}

Value target_value(const std::optional<model::Target>& t, std::string reason) {
    if (!t)
        return number(std::nullopt, std::move(reason), false);
    if (!t->label.empty()) {
        // An ordinal target reads as written ("WTP").
        Value e;
        e.applies = true;
        e.label = t->label;
        return e;
    }
    Value e = written(t->lower, t->decimals, "");
    if (t->is_range())
        e.upper = t->upper;
    return e;
}

Value amounts_value(std::string_view b, const rules::Amounts& a, std::optional<double> serapan) {
    if (b == "pagu_murni")
        return money(a.pagu_murni);
    if (b == "pagu_perubahan")
        return money(a.pagu_perubahan);
    if (b == "pagu")
        return money(a.pagu());
    if (b == "realisasi_anggaran")
        return money(a.realisasi);
    if (b == "sisa_anggaran") {
        Value e = money(a.pagu() && a.realisasi ? std::optional<std::int64_t>(*a.pagu() - *a.realisasi)
                                                : std::nullopt);
        e.from_computation = true;
        if (!e.number) {
            e.na_reason = "pagu atau realisasi tidak ada";
            e.missing_data = true;
        }
        return e;
    }
    if (b == "serapan")
        return number(serapan, "pagu atau realisasi tidak ada", true);
    return Value{};
}

const model::YearValues* values_of(const model::Indicator& ind, int tahun) {
    const auto it = ind.years.find(tahun);
    return it == ind.years.end() ? nullptr : &it->second;
}

std::string year_text(int tahun) {
    return std::to_string(tahun);
}

Value indicator_value(std::string_view b, const compute::IndicatorResult& r, int tahun,
                      const compute::Performance& p) {
    const model::Indicator& ind = *r.indicator;
    const compute::YearResult* y = r.year(tahun);
    const model::YearValues* v = values_of(ind, tahun);
    const model::YearValues* before = values_of(ind, tahun - 1);
    const std::string none = "tidak ada data tahun " + year_text(tahun);
    if (b == "realisasi_renstra_lalu") {
        std::map<int, double> per_year;
        for (int year = p.opd->profile.renstra_awal; year > 0 && year < tahun; ++year) {
            if (const compute::YearResult* earlier = r.year(year); earlier && earlier->realisasi)
                per_year[year] = *earlier->realisasi;
        }
        const rules::EvaluasiValue lalu = rules::realisasi_renstra_lalu(per_year, p.opd->profile.renstra_awal,
                                                                        tahun, rules::akumulasi_of(ind));
        Value e = number(lalu.value, lalu.na_reason, true);
        e.missing_data = !lalu.value;
        return e;
    }
    if (b == "target")
        return target_value(y ? y->target : std::nullopt, "tidak ada target tahun " + year_text(tahun));
    if (b == "realisasi") {
        const std::string reason = "tidak ada realisasi tahun " + year_text(tahun);
        if (!y || !y->realisasi)
            return number(std::nullopt, reason, false);
        if (!y->realisasi_label.empty()) {
            Value e;  // an ordinal realisasi as written ("WDP"); its score stays in the computed model
            e.applies = true;
            e.label = y->realisasi_label;
            return e;
        }
        return written(y->realisasi, y->realisasi_decimals, reason);
    }
    if (b == "capaian")
        return number(y ? y->capaian.value : std::nullopt, y ? y->capaian.na_reason : none, true);
    if (b == "predikat" || b == "atribut") {
        // The report year's rating is compute's (ratings are computed once); an earlier year's is rated here
        // by the same rule.
        std::optional<std::string> rated;
        if (y == &r.current)
            rated = b == "predikat" ? r.predikat : r.atribut;
        else if (y && y->capaian.value)
            rated = label_for(b, y->capaian.value.value(), p);
        return label(rated, "capaian tidak dapat diukur");
    }
    if (b == "target_renstra")
        return target_value(v ? v->target_renstra : std::nullopt,
                            "tidak ada target Renstra tahun " + year_text(tahun));
    if (b == "capaian_renstra") {
        if (!v || !v->target_renstra)
            return missing(number(std::nullopt, "tidak ada target Renstra tahun " + year_text(tahun), true));
        const model::OrdinalScale* scale =
            model::find_scale(p.opd->skala, p.conventions.ordinal_scales, ind.skala);
        const rules::Capaian c =
            scale ? rules::ordinal_capaian(*scale, v->target_renstra, y ? y->realisasi_label : std::string(),
                                           p.conventions.capaian)
                  : rules::capaian(v->target_renstra, y ? y->realisasi : std::nullopt, ind.arah,
                                   p.conventions.capaian);
        return capaian_value(c, "tidak dapat diukur");
    }
    if (b == "target_akhir_renstra")
        return target_value(r.target_akhir_renstra, "tidak ada target akhir Renstra");
    // An ordinal indicator's baseline and national target read as written ("WDP"), like its target.
    if (b == "kondisi_awal" && !ind.kondisi_awal_label.empty())
        return target_value(model::Target{0, 0, -1, ind.kondisi_awal_label}, "");
    if (b == "kondisi_awal")
        return written(ind.kondisi_awal, ind.kondisi_awal_decimals, "kondisi awal tidak diisi");
    if (b == "target_nasional" && !ind.target_nasional_label.empty())
        return target_value(model::Target{0, 0, -1, ind.target_nasional_label}, "");
    if (b == "bobot")
        return written(ind.bobot, ind.bobot_decimals, "bobot tidak diisi");
    if (b == "tingkat_kemajuan")
        return capaian_value(r.tingkat_kemajuan, "tidak dapat diukur");
    if (b == "target_nasional")
        return written(ind.target_nasional, ind.target_nasional_decimals, "tidak ada target nasional");
    if (b == "capaian_nasional")
        return capaian_value(r.capaian_nasional, "tidak ada target nasional");
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
        return missing(number(change, "tidak ada data tahun " + year_text(tahun - 1), true));
    }
    if (b == "perubahan_capaian") {
        const compute::YearResult* prev = r.year(tahun - 1);
        const bool ok = y && prev && y->capaian.value && prev->capaian.value;
        Value e = number(ok ? std::optional<double>(format::clean(*y->capaian.value - *prev->capaian.value))
                            : std::nullopt,
                         "capaian salah satu tahun tidak dapat diukur", true);
        e.missing_data = !ok && (!y || !prev);
        return e;
    }
    // The budget of an IKU is that of the programs supporting it, in the report year.
    if (ind.level == model::IndicatorLevel::Sasaran && tahun == p.opd->profile.tahun) {
        const char* const unsupported = "tidak ada anggaran yang mendukung";
        if (b == "pagu_murni" || b == "pagu_perubahan" || b == "pagu" || b == "realisasi_anggaran" ||
            b == "sisa_anggaran" || b == "serapan") {
            if (r.programs.empty())
                return number(std::nullopt, unsupported, true);
            Value e = amounts_value(b, r.anggaran, r.serapan);
            e.from_computation = true;  // a sum over the supporting programs
            return e;
        }
        if (b == "efisiensi")
            return number(r.efisiensi.shown, r.efisiensi.na_reason, true);
        if (b == "kategori_efisiensi")
            return label(r.efisiensi.category, r.efisiensi.na_reason);
        if (b == "jumlah_program")
            return count(r.programs.size());
    }
    return Value{};
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

Value rated_value(std::string_view b, const rules::Aggregate& c, const std::optional<std::string>& predikat,
                  const std::optional<std::string>& atribut) {
    if (b == "capaian")
        return number(c.value, c.na_reason.empty() ? "tidak dapat diukur" : c.na_reason, true);
    if (b == "predikat")
        return label(predikat, "capaian tidak dapat diukur");
    if (b == "atribut")
        return label(atribut, "capaian tidak dapat diukur");
    return Value{};
}

Value opd_value(std::string_view b, int tahun, const compute::Performance& p) {
    const int n = p.opd->profile.tahun;
    if (b == "jumlah_kegiatan" || b == "jumlah_sub_kegiatan") {
        // Countable only when every program itemises its kegiatan and sub kegiatan in the data.
        std::size_t k = 0;
        bool itemised = true;
        for (std::size_t i : p.budget.programs) {
            const rules::BudgetNode& node = p.budget.nodes[i];
            itemised = itemised && !node.children.empty();
            k += count_level(
                node, b == "jumlah_kegiatan" ? model::BudgetLevel::Kegiatan : model::BudgetLevel::SubKegiatan,
                p);
        }
        Value e = number(itemised ? std::optional<double>(static_cast<double>(k)) : std::nullopt,
                         "tidak setiap program dirinci sampai sub kegiatan di anggaran.csv", true);
        e.missing_data = !itemised;
        return e;
    }
    if (b == "jumlah_tujuan")
        return count(p.tujuan.size());
    if (b == "jumlah_sasaran")
        return count(p.sasaran.size());
    if (b == "jumlah_iku") {
        std::size_t k = 0;
        for (const compute::SasaranResult& s : p.sasaran)
            k += s.iku.size();
        return count(k);
    }
    if (b == "jumlah_program")
        return count(p.programs.size());
    if (tahun != n)
        return Value{};
    if (b == "jumlah_iku_tercapai") {
        std::size_t k = 0;
        for (const compute::IndicatorResult& r : p.indicators) {
            k += r.indicator->level == model::IndicatorLevel::Sasaran && r.current.capaian.value &&
                         *r.current.capaian.value >= 100.0
                     ? 1
                     : 0;
        }
        return count(k);
    }
    return rated_value(b, p.overall.capaian, p.overall.predikat, p.overall.atribut);
}

Value node_value(std::string_view b, const Subject& s, const compute::Performance& p) {
    const rules::BudgetNode& node = *s.node;
    if (b == "capaian" || b == "predikat" || b == "atribut" || b == "efisiensi" ||
        b == "kategori_efisiensi") {
        if (!s.program)
            return Value{};
        if (b == "efisiensi")
            return number(s.program->efisiensi.shown, s.program->efisiensi.na_reason, true);
        if (b == "kategori_efisiensi")
            return label(s.program->efisiensi.category, s.program->efisiensi.na_reason);
        return rated_value(b, s.program->capaian, s.program->predikat, s.program->atribut);
    }
    if (b == "pagu_renstra" || b == "realisasi_anggaran_renstra_lalu") {
        for (const model::RenjaEntry& e : p.opd->renja) {
            if (e.kode != node.item->kode)
                continue;
            Value v = money(b == "pagu_renstra" ? e.pagu_renstra : e.realisasi_renstra_lalu);
            if (!v.number)
                v.na_reason = "kolom " +
                              std::string(b == "pagu_renstra" ? "pagu_renstra" : "realisasi_renstra_lalu") +
                              " evaluasi_renja.csv kosong";
            return v;
        }
        Value v = money(std::nullopt);
        v.na_reason = "tidak ada baris untuk kode ini di evaluasi_renja.csv";
        return v;
    }
    if (b == "jumlah_kegiatan")
        return count(count_level(node, model::BudgetLevel::Kegiatan, p));
    if (b == "jumlah_sub_kegiatan")
        return count(count_level(node, model::BudgetLevel::SubKegiatan, p));
    return amounts_value(b, node.amounts, node.serapan);
}

// The sum of every program's realisasi anggaran of quarter `i`, when each has it (and it fits in 64 bits).
std::optional<std::int64_t> programs_quarter(const compute::Performance& p, std::size_t i) {
    if (p.budget.programs.empty())
        return std::nullopt;
    std::int64_t sum = 0;
    for (std::size_t node : p.budget.programs) {
        const auto& v = p.budget.nodes[node].realisasi_triwulan[i];
        if (!v || __builtin_add_overflow(sum, *v, &sum))
            return std::nullopt;
    }
    return sum;
}

// A quarterly quantity (`realisasi_tw2`): the quarter of an indicator's year, or a budget node's quarter (the
// total: the sum of the programs' quarter when every program has it).
Value quarter_value(const Subject& s, const QuarterlyKey& k, int tahun, const compute::Performance& p) {
    const auto i = static_cast<std::size_t>(k.triwulan - 1);
    const std::string tw = model::triwulan_name(k.triwulan);
    if (s.kind == kIndicator) {
        const compute::YearResult* y = s.indicator->year(tahun);
        const compute::QuarterResult* q = y ? &y->triwulan[i] : nullptr;
        if (k.base == "target")
            return target_value(q ? q->target : std::nullopt,
                                "tidak ada target " + tw + " " + year_text(tahun));
        if (k.base != "realisasi")
            return Value{};
        const std::string reason = "tidak ada realisasi " + tw + " " + year_text(tahun);
        if (!q || !q->realisasi)
            return number(std::nullopt, reason, false);
        if (!q->realisasi_label.empty()) {
            Value e;
            e.applies = true;
            e.label = q->realisasi_label;
            return e;
        }
        return written(q->realisasi, q->realisasi_decimals, reason);
    }
    if (k.base != "realisasi_anggaran" || tahun != p.opd->profile.tahun)
        return Value{};
    if (s.kind != kProgram && s.kind != kTotal)
        return Value{};
    const std::optional<std::int64_t> amount =
        s.kind == kProgram ? s.node->realisasi_triwulan[i] : programs_quarter(p, i);
    Value e = money(amount);
    if (!amount)
        e.na_reason = "tidak ada realisasi anggaran " + tw;
    return e;
}

Value direct_value(const Subject& s, std::string_view b, int tahun, const compute::Performance& p) {
    const int n = p.opd->profile.tahun;
    if (const std::optional<QuarterlyKey> k = split_quarterly_key(b))
        return quarter_value(s, *k, tahun, p);
    switch (s.kind) {
        case kIndicator:
            return indicator_value(b, *s.indicator, tahun, p);
        case kSasaran:
            if (tahun != n)
                return Value{};
            if (b == "jumlah_iku")
                return count(s.sasaran->iku.size());
            return rated_value(b, s.sasaran->capaian, s.sasaran->predikat, s.sasaran->atribut);
        case kProgram:
            return tahun == n ? node_value(b, s, p) : Value{};
        case kOpd:
            return opd_value(b, tahun, p);
        case kTotal:
            if (tahun != n)
                return Value{};
            if (b == "jumlah_program")
                return count(p.programs.size());
            return amounts_value(b, p.budget.total, p.budget.serapan_total);
        case kBelanja: {
            if (tahun != n)
                return Value{};
            const std::optional<rules::Amounts> a = rules::belanja_amounts(p.opd->belanja, s.belanja_jenis);
            if (!a)
                return Value{};
            return amounts_value(b, *a, rules::serapan(a->pagu(), a->realisasi));
        }
    }
    return Value{};
}

}  // namespace

Subject Subject::of(const compute::IndicatorResult& r) {
    Subject s;
    s.kind = kIndicator;
    s.indicator = &r;
    return s;
}

Subject Subject::of(const compute::SasaranResult& sr) {
    Subject s;
    s.kind = kSasaran;
    s.sasaran = &sr;
    return s;
}

Subject Subject::of(const rules::BudgetNode& n, const compute::Performance& p) {
    Subject s;
    s.kind = kProgram;
    s.node = &n;
    // By the index compute() builds (the audit asks once per printed figure); a Performance put together by
    // hand, without it, is scanned.
    if (p.program_of_node.size() == p.programs.size()) {
        const auto it = p.program_of_node.find(static_cast<std::size_t>(&n - p.budget.nodes.data()));
        s.program = it == p.program_of_node.end() ? nullptr : &p.programs[it->second];
        return s;
    }
    for (const compute::ProgramResult& pr : p.programs) {
        if (&p.budget.nodes[pr.node] == &n)
            s.program = &pr;
    }
    return s;
}

Subject Subject::opd() {
    return Subject{};
}

Subject Subject::total() {
    Subject s;
    s.kind = kTotal;
    return s;
}

Subject Subject::belanja(std::string jenis) {
    Subject s;
    s.kind = kBelanja;
    s.belanja_jenis = std::move(jenis);
    return s;
}

std::optional<Subject> subject_of(const std::string& objek, const compute::Performance& p) {
    if (const compute::IndicatorResult* r = p.find_indicator(objek))
        return Subject::of(*r);
    for (const compute::SasaranResult& s : p.sasaran) {
        if (s.sasaran->kode == objek)
            return Subject::of(s);
    }
    if (objek == "opd")
        return Subject::opd();
    if (objek == "total")
        return Subject::total();
    if (objek == "belanja")
        return Subject::belanja();
    if (objek.rfind("belanja:", 0) == 0)
        return Subject::belanja(objek.substr(8));
    if (p.budget_position.size() == p.budget.nodes.size()) {
        const auto it = p.budget_position.find(objek);
        if (it != p.budget_position.end())
            return Subject::of(p.budget.nodes[it->second], p);
        return std::nullopt;
    }
    for (const rules::BudgetNode& n : p.budget.nodes) {
        if (n.item->kode == objek)
            return Subject::of(n, p);
    }
    return std::nullopt;
}

Value value_of(const Subject& subject, std::string_view key, int tahun, const compute::Performance& p) {
    const Quantity* q = find(key);
    return q ? value_of(subject, *q, tahun, p) : Value{};
}

Value value_of(const Subject& subject, const Quantity& quantity, int tahun, const compute::Performance& p) {
    const Quantity* q = &quantity;
    if (!(q->subjects & subject.kind))
        return Value{};
    // Amounts in words follow the amount they spell out.
    if (q->kind == Kind::Words) {
        const Value amount = direct_value(subject, q->spelled_from, tahun, p);
        if (!amount.applies)
            return Value{};
        return label(amount.number ? std::optional<std::string>(
                                         format::terbilang_rupiah(static_cast<std::int64_t>(*amount.number)))
                                   : std::nullopt,
                     amount.na_reason);
    }
    return direct_value(subject, q->key, tahun, p);
}

std::optional<std::string> label_for(std::string_view key, double value, const compute::Performance& p) {
    const model::Conventions& c = p.conventions;
    if (key == "predikat")
        return rules::rate(value, c.predikat, c.display);
    if (key == "atribut")
        return rules::rate(value, c.atribut, c.display);
    return std::nullopt;
}

Value value_of_target(const model::Target& target) {
    return target_value(target, "");
}

}  // namespace lkjip::quantity
