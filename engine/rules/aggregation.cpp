#include "rules/aggregation.hpp"

#include <stdexcept>

#include "core/number_format.hpp"

namespace lkjip::rules {

Aggregate aggregate(const std::vector<AggregateInput>& inputs, const model::AggregationConventions& conv) {
    Aggregate out;
    if (inputs.empty()) {
        out.na_reason = "tidak ada indikator";
        return out;
    }
    double sum = 0.0;
    double weights = 0.0;
    for (const AggregateInput& in : inputs) {
        if (!in.value) {
            out.skipped.push_back(in.kode);
            continue;
        }
        double w = 1.0;
        if (conv.weighting == model::Weighting::ByBobot) {
            if (!in.weight || *in.weight < 0.0) {
                throw std::invalid_argument("bobot tidak ada atau negatif untuk " + in.kode);
            }
            w = *in.weight;
        }
        sum += *in.value * w;
        weights += w;
    }
    if (!out.skipped.empty() && conv.missing == model::MissingInAggregate::MakesAggregateNa) {
        out.na_reason = "ada indikator dengan capaian n/a";
        return out;
    }
    if (weights == 0.0) {
        out.na_reason = out.skipped.empty() ? "jumlah bobot 0" : "semua indikator n/a";
        return out;
    }
    out.value = format::clean(sum / weights);
    return out;
}

formula::Expr mean_formula(std::vector<formula::Expr> values) {
    return formula::call("AVERAGE", std::move(values));
}

formula::Expr sum_formula(std::vector<formula::Expr> values) {
    return formula::call("SUM", std::move(values));
}

void check_weights(const model::Opd& opd, const model::AggregationConventions& conv,
                   Diagnostics& diagnostics) {
    if (conv.weighting != model::Weighting::ByBobot)
        return;
    for (const model::Indicator& ind : opd.indicators) {
        if (ind.bobot)
            continue;  // a negative bobot is refused by the indicator reader
        const char* what = ind.level == model::IndicatorLevel::Sasaran   ? "IKU"
                           : ind.level == model::IndicatorLevel::Program ? "indikator program"
                                                                         : nullptr;
        if (!what)
            continue;  // tujuan indicators are shown, never averaged
        diagnostics.error(ind.where, std::string("konvensi agregasi.bobot = bobot, tetapi ") + what + " \"" +
                                         ind.kode + "\" tidak memiliki bobot");
    }
}

std::string aggregation_prose(const model::AggregationConventions& conv) {
    const std::string mean =
        conv.weighting == model::Weighting::ByBobot ? "rata-rata tertimbang (bobot)" : "rata-rata";
    std::string out = conv.opd == model::OpdAggregation::MeanOfSasaran
                          ? "Capaian kinerja OPD adalah " + mean +
                                " capaian sasaran strategis; capaian sasaran adalah " + mean +
                                " capaian IKU-nya"
                          : "Capaian kinerja OPD adalah " + mean +
                                " capaian seluruh IKU; capaian sasaran adalah " + mean + " capaian IKU-nya";
    out += conv.missing == model::MissingInAggregate::Skip
               ? "; indikator yang tidak terukur tidak dihitung."
               : "; bila ada indikator yang tidak terukur, rata-ratanya n/a.";
    return out;
}

}  // namespace lkjip::rules
