#include "rules/efficiency.hpp"

#include "core/number_format.hpp"
#include "rules/rating.hpp"

namespace lkjip::rules {

namespace {
Efficiency not_available(std::string reason) {
    Efficiency e;
    e.na_reason = std::move(reason);
    return e;
}
}  // namespace

Efficiency efficiency(const std::optional<double>& capaian, const std::optional<double>& serapan,
                      const model::EfficiencyConventions& conv, const model::DisplayConventions& display) {
    if (!capaian)
        return not_available("capaian n/a");
    if (!serapan)
        return not_available("tidak ada anggaran yang mendukung");

    Efficiency e;
    switch (conv.method) {
        case model::EfficiencyMethod::Ratio:
            if (*serapan == 0.0)
                return not_available("serapan 0%: rasio tidak terdefinisi");
            e.value = format::clean(*capaian * 100.0 / *serapan);
            break;
        case model::EfficiencyMethod::Difference:
            e.value = format::clean(*capaian - *serapan);
            break;
        case model::EfficiencyMethod::UnspentShare:
            if (*capaian < 100.0)
                return not_available("target tidak tercapai: sisa anggaran tidak dinilai");
            e.value = format::clean(100.0 - *serapan);
            break;
    }
    e.shown = e.value;
    if (conv.method == model::EfficiencyMethod::Ratio && conv.form == model::EfficiencyForm::Index) {
        e.shown = format::clean(*e.value / 100.0);
    }
    if (conv.min_capaian && *capaian < *conv.min_capaian) {
        e.category = conv.not_rated_label;
    } else {
        e.category = rate(e.value, conv.categories(), display);
    }
    return e;
}

formula::Expr efficiency_formula(const formula::Expr& capaian, const formula::Expr& serapan,
                                 const model::EfficiencyConventions& conv) {
    switch (conv.method) {
        case model::EfficiencyMethod::Ratio:
            return conv.form == model::EfficiencyForm::Index ? capaian / serapan
                                                             : capaian / serapan * formula::number(100);
        case model::EfficiencyMethod::Difference:
            return capaian - serapan;
        case model::EfficiencyMethod::UnspentShare:
            return formula::number(100) - serapan;
    }
    return capaian / serapan * formula::number(100);
}

std::string efficiency_prose(const model::EfficiencyConventions& conv) {
    std::string out = "Efisiensi = ";
    switch (conv.method) {
        case model::EfficiencyMethod::Ratio:
            out += conv.form == model::EfficiencyForm::Index ? "capaian / serapan (indeks)"
                                                             : "capaian / serapan × 100";
            break;
        case model::EfficiencyMethod::Difference:
            out += "capaian − serapan (poin persen)";
            break;
        case model::EfficiencyMethod::UnspentShare:
            out += "100 − serapan (sisa anggaran, %)";
            break;
    }
    if (conv.min_capaian) {
        out +=
            ", dinilai hanya bila capaian paling sedikit " + format::angka_singkat(*conv.min_capaian) + "%";
    }
    return out + "; kategori: " + scale_prose(conv.categories()) + ".";
}

}  // namespace lkjip::rules
