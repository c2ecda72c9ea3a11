#include "compute/performance.hpp"

#include <unordered_map>

#include <algorithm>

#include "compute/quarter_checks.hpp"
#include "core/number_format.hpp"
#include "rules/ordinal_capaian.hpp"
#include "rules/quarter_accumulation.hpp"
#include "rules/rating.hpp"

namespace lkjip::compute {

namespace {

// An annual row was written (a number, counts or a label), as opposed to a year known only by quarters.
bool annual_written(const model::YearValues& v) {
    return v.realisasi || (v.pembilang && v.penyebut) || !v.realisasi_label.empty();
}

// The quarters of one year as computed, and the annual realisasi from them when no annual row was written.
void quarter_results(const model::Indicator& ind, const model::YearValues& v,
                     const model::OrdinalScale* scale, YearResult& y) {
    const model::PkRevision* pk = v.pk.empty() ? nullptr : &v.pk.back();
    for (std::size_t i = 0; i < y.triwulan.size(); ++i) {
        QuarterResult& q = y.triwulan[i];
        if (pk && pk->triwulan[i])
            q.target = pk->triwulan[i]->target;
        const auto& written = v.triwulan[i];
        if (!written)
            continue;
        q.realisasi_label = written->realisasi_label;
        if (scale) {
            q.realisasi =
                q.realisasi_label.empty() ? std::nullopt : rules::ordinal_score(*scale, q.realisasi_label);
            continue;
        }
        q.realisasi = realisasi_of(*written, ind.pengali);
        q.realisasi_decimals = written->pembilang && written->penyebut ? -1 : written->realisasi_decimals;
    }
    if (annual_written(v) || !ind.akumulasi || !v.has_quarters())
        return;
    rules::QuarterValues values;
    std::array<int, model::kTriwulan> decimals{};
    std::array<std::string, model::kTriwulan> labels;
    for (std::size_t i = 0; i < y.triwulan.size(); ++i) {
        values[i] = y.triwulan[i].realisasi;
        decimals[i] = y.triwulan[i].realisasi_decimals;
        labels[i] = y.triwulan[i].realisasi_label;
    }
    y.realisasi_dari_triwulan = true;
    if (scale) {
        y.realisasi_label = rules::accumulate_label(labels);
        return;
    }
    y.realisasi = rules::accumulate(*ind.akumulasi, values);
    y.realisasi_decimals = rules::accumulated_decimals(*ind.akumulasi, values, decimals);
}

YearResult year_result(const model::Indicator& ind, int tahun, const model::Conventions& conv,
                       const std::vector<model::OrdinalScale>& opd_scales) {
    YearResult y;
    y.tahun = tahun;
    const model::OrdinalScale* scale = model::find_scale(opd_scales, conv.ordinal_scales, ind.skala);
    if (auto it = ind.years.find(tahun); it != ind.years.end()) {
        y.target = target_of(it->second, &y.target_source);
        y.realisasi = realisasi_of(it->second, ind.pengali);
        const bool from_counts = it->second.pembilang && it->second.penyebut;
        y.realisasi_decimals = from_counts ? -1 : it->second.realisasi_decimals;
        y.realisasi_label = it->second.realisasi_label;
        quarter_results(ind, it->second, scale, y);
    }
    if (scale) {
        // Shown as written; the realisasi's number is its score, so that n/a and aggregates read alike.
        y.realisasi =
            y.realisasi_label.empty() ? std::nullopt : rules::ordinal_score(*scale, y.realisasi_label);
        y.capaian = rules::ordinal_capaian(*scale, y.target, y.realisasi_label, conv.capaian);
        return y;
    }
    y.capaian = rules::capaian(y.target, y.realisasi, ind.arah, conv.capaian);
    return y;
}

std::optional<model::Target> renstra_end_target(const model::Indicator& ind, int akhir) {
    if (auto it = ind.years.find(akhir); it != ind.years.end())
        return it->second.target_renstra;
    return std::nullopt;
}

bool supports(const model::BudgetItem& program, const std::string& kode) {
    return std::find(program.iku.begin(), program.iku.end(), kode) != program.iku.end();
}

void add_amount(std::optional<std::int64_t>& sum, const std::optional<std::int64_t>& v, bool& complete) {
    if (!v) {
        complete = false;
        return;
    }
    sum = sum.value_or(0) + *v;
}

// The IKU's efficiency: its capaian against the serapan of every program that supports it.
void compute_iku_efficiency(IndicatorResult& r, const Performance& p) {
    rules::Amounts sum;
    bool pagu_complete = true;
    bool realisasi_complete = true;
    // Under a mean convention (anggaran.serapan_induk) the IKU's serapan is the mean of its programs' %, as
    // every other total.
    double serapan_sum = 0.0;
    bool serapan_complete = true;
    for (std::size_t node_index : p.budget.programs) {
        const rules::BudgetNode& node = p.budget.nodes[node_index];
        if (!supports(*node.item, r.indicator->kode))
            continue;
        r.programs.push_back(node.item->kode);
        add_amount(sum.pagu_efektif, node.amounts.pagu(), pagu_complete);
        add_amount(sum.realisasi, node.amounts.realisasi, realisasi_complete);
        serapan_complete = serapan_complete && node.serapan.has_value();
        serapan_sum += node.serapan.value_or(0.0);
    }
    if (!r.programs.empty() && pagu_complete && realisasi_complete) {
        r.anggaran = sum;
        r.serapan = rules::serapan(sum.pagu(), sum.realisasi);
    }
    if (p.conventions.budget.parent_absorption != model::ParentAbsorption::SumOfAmounts) {
        r.serapan =
            !r.programs.empty() && serapan_complete
                ? std::optional<double>(format::clean(serapan_sum / static_cast<double>(r.programs.size())))
                : std::nullopt;
    }
    r.efisiensi = rules::efficiency(r.current.capaian.value, r.serapan, p.conventions.efficiency,
                                    p.conventions.display);
}

}  // namespace

std::optional<double> realisasi_of(const model::YearValues& y, double pengali) {
    if (y.pembilang && y.penyebut) {
        if (*y.penyebut == 0.0)
            return std::nullopt;
        return *y.pembilang * pengali / *y.penyebut;
    }
    return y.realisasi;
}

std::optional<double> realisasi_of(const model::QuarterRealisasi& q, double pengali) {
    if (q.pembilang && q.penyebut) {
        if (*q.penyebut == 0.0)
            return std::nullopt;
        return *q.pembilang * pengali / *q.penyebut;
    }
    return q.realisasi;
}

std::optional<model::Target> target_of(const model::YearValues& y, std::string* source) {
    if (!y.pk.empty()) {
        const model::PkRevision& last = y.pk.back();
        if (source)
            *source = last.revisi == 0 ? "pk" : "pk_revisi_" + std::to_string(last.revisi);
        return last.target;
    }
    if (y.target_renstra) {
        if (source)
            *source = "renstra";
        return y.target_renstra;
    }
    if (source)
        source->clear();
    return std::nullopt;
}

const YearResult* IndicatorResult::year(int tahun) const {
    if (current.tahun == tahun)
        return &current;
    if (previous && previous->tahun == tahun)
        return &*previous;
    for (const YearResult& y : history) {
        if (y.tahun == tahun)
            return &y;
    }
    return nullptr;
}

const IndicatorResult* Performance::find_indicator(const std::string& kode) const {
    if (const auto it = indicator_position.find(kode); it != indicator_position.end() &&
                                                       it->second < indicators.size() &&
                                                       indicators[it->second].indicator->kode == kode)
        return &indicators[it->second];
    if (indicator_position.size() == indicators.size())
        return nullptr;                            // the index is complete: not there
    for (const IndicatorResult& r : indicators) {  // a Performance assembled by hand (tests)
        if (r.indicator->kode == kode)
            return &r;
    }
    return nullptr;
}

Performance compute(const model::Opd& opd, const model::Conventions& conventions) {
    Performance p;
    p.opd = &opd;
    p.conventions = conventions;
    const model::Conventions& conv = p.conventions;
    const int n = opd.profile.tahun;

    p.budget = rules::roll_up(opd.budget, conv.budget, p.diagnostics);
    for (std::size_t i = 0; i < p.budget.nodes.size(); ++i)
        p.budget_position.emplace(p.budget.nodes[i].item->kode, i);
    rules::check_belanja_totals(opd.belanja, p.budget, p.diagnostics);

    for (const model::Indicator& ind : opd.indicators) {
        IndicatorResult r;
        r.indicator = &ind;
        r.current = year_result(ind, n, conv, opd.skala);
        if (ind.years.count(n - 1))
            r.previous = year_result(ind, n - 1, conv, opd.skala);
        for (const auto& [tahun, values] : ind.years) {
            (void)values;
            if (tahun <= n)
                r.history.push_back(
                    year_result(ind, tahun, conv, opd.skala));  // future years are plans, not history
        }
        r.predikat = rules::rate(r.current.capaian.value, conv.predikat, conv.display);
        r.atribut = rules::rate(r.current.capaian.value, conv.atribut, conv.display);
        r.kondisi_awal = ind.kondisi_awal;
        r.target_akhir_renstra = renstra_end_target(ind, opd.profile.renstra_akhir);
        const model::OrdinalScale* scale = model::find_scale(opd.skala, conv.ordinal_scales, ind.skala);
        r.tingkat_kemajuan =
            scale ? rules::ordinal_capaian(*scale, r.target_akhir_renstra, r.current.realisasi_label,
                                           conv.capaian)
                  : rules::capaian(r.target_akhir_renstra, r.current.realisasi, ind.arah, conv.capaian);
        if (scale && !ind.target_nasional_label.empty()) {
            r.capaian_nasional =
                rules::ordinal_capaian(*scale, model::Target{0, 0, -1, ind.target_nasional_label},
                                       r.current.realisasi_label, conv.capaian);
        } else if (ind.target_nasional) {
            r.capaian_nasional =
                rules::capaian(model::Target::single(*ind.target_nasional, ind.target_nasional_decimals),
                               r.current.realisasi, ind.arah, conv.capaian);
        } else {
            r.capaian_nasional.na_reason = "tidak ada target nasional";
        }
        p.indicators.push_back(std::move(r));
    }
    for (IndicatorResult& r : p.indicators) {
        if (r.indicator->level == model::IndicatorLevel::Sasaran)
            compute_iku_efficiency(r, p);
    }
    // Each indicator under its parent's code, once, instead of a scan of every indicator per parent (a
    // quadratic time with thousands of sasaran or programs).
    std::unordered_map<std::string, std::vector<std::size_t>> iku_of, tujuan_indicators_of,
        program_indicators_of;
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        const model::Indicator& ind = *p.indicators[i].indicator;
        p.indicator_position.emplace(ind.kode, i);
        switch (ind.level) {
            case model::IndicatorLevel::Sasaran:
                iku_of[ind.induk].push_back(i);
                break;
            case model::IndicatorLevel::Tujuan:
                tujuan_indicators_of[ind.induk].push_back(i);
                break;
            case model::IndicatorLevel::Program:
                program_indicators_of[ind.induk].push_back(i);
                break;
            case model::IndicatorLevel::Kegiatan:
            case model::IndicatorLevel::SubKegiatan:
                break;  // measured and shown (table 3.8), not averaged into a sasaran or a program
        }
    }
    const auto of = [](const auto& groups, const std::string& kode) -> const std::vector<std::size_t>& {
        static const std::vector<std::size_t> none;
        const auto it = groups.find(kode);
        return it == groups.end() ? none : it->second;
    };

    // Sasaran from their IKU.
    for (const model::Sasaran& s : opd.sasaran) {
        SasaranResult sr;
        sr.sasaran = &s;
        std::vector<rules::AggregateInput> inputs;
        for (std::size_t i : of(iku_of, s.kode)) {
            const IndicatorResult& r = p.indicators[i];
            sr.iku.push_back(i);
            inputs.push_back({r.indicator->kode,
                              rules::capaian_for_aggregation(r.current.capaian, conv.capaian),
                              r.indicator->bobot});
        }
        sr.capaian = rules::aggregate(inputs, conv.aggregation);
        sr.predikat = rules::rate(sr.capaian.value, conv.predikat, conv.display);
        sr.atribut = rules::rate(sr.capaian.value, conv.atribut, conv.display);
        p.sasaran.push_back(std::move(sr));
    }

    std::unordered_map<std::string, std::vector<std::size_t>> sasaran_of;
    for (std::size_t i = 0; i < p.sasaran.size(); ++i)
        sasaran_of[p.sasaran[i].sasaran->tujuan].push_back(i);
    for (const model::Tujuan& t : opd.tujuan) {
        TujuanResult tr;
        tr.tujuan = &t;
        tr.indicators = of(tujuan_indicators_of, t.kode);
        tr.sasaran = of(sasaran_of, t.kode);
        p.tujuan.push_back(std::move(tr));
    }

    // Programs: their own outcome indicators against their serapan.
    for (std::size_t node_index : p.budget.programs) {
        ProgramResult pr;
        pr.node = node_index;
        const rules::BudgetNode& node = p.budget.nodes[node_index];
        std::vector<rules::AggregateInput> inputs;
        for (std::size_t i : of(program_indicators_of, node.item->kode)) {
            const IndicatorResult& r = p.indicators[i];
            pr.indicators.push_back(i);
            inputs.push_back({r.indicator->kode, r.current.capaian.value, r.indicator->bobot});
        }
        pr.capaian = rules::aggregate(inputs, conv.aggregation);
        pr.predikat = rules::rate(pr.capaian.value, conv.predikat, conv.display);
        pr.atribut = rules::rate(pr.capaian.value, conv.atribut, conv.display);
        pr.efisiensi = rules::efficiency(pr.capaian.value, node.serapan, conv.efficiency, conv.display);
        p.program_of_node.emplace(node_index, p.programs.size());
        p.programs.push_back(std::move(pr));
    }

    // The OPD as a whole.
    std::vector<rules::AggregateInput> inputs;
    if (conv.aggregation.opd == model::OpdAggregation::MeanOfSasaran) {
        for (const SasaranResult& s : p.sasaran)
            inputs.push_back({s.sasaran->kode, s.capaian.value, std::nullopt});
        model::AggregationConventions unweighted = conv.aggregation;
        unweighted.weighting = model::Weighting::Unweighted;  // sasaran carry no bobot of their own
        p.overall.capaian = rules::aggregate(inputs, unweighted);
    } else {
        for (const SasaranResult& s : p.sasaran) {
            for (std::size_t i : s.iku) {
                const IndicatorResult& r = p.indicators[i];
                inputs.push_back({r.indicator->kode,
                                  rules::capaian_for_aggregation(r.current.capaian, conv.capaian),
                                  r.indicator->bobot});
            }
        }
        p.overall.capaian = rules::aggregate(inputs, conv.aggregation);
    }
    p.overall.predikat = rules::rate(p.overall.capaian.value, conv.predikat, conv.display);
    p.overall.atribut = rules::rate(p.overall.capaian.value, conv.atribut, conv.display);
    check_quarters(opd, p);
    return p;
}

}  // namespace lkjip::compute
