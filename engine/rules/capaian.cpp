#include "rules/capaian.hpp"

#include <algorithm>

#include "core/number_format.hpp"

namespace lkjip::rules {

namespace {

Capaian not_available(std::string reason) {
    Capaian c;
    c.na_reason = std::move(reason);
    return c;
}

}  // namespace

Capaian capaian(const std::optional<model::Target>& target, const std::optional<double>& realisasi,
                model::Arah arah, const model::CapaianConventions& conv) {
    if (!target)
        return not_available("target tidak ada");
    if (!realisasi)
        return not_available("realisasi tidak ada");
    const double r = *realisasi;

    // A range target is met anywhere inside it; outside, the nearer bound is the target.
    const bool inside_range = target->is_range() && r >= target->lower && r <= target->upper;
    const double t = r > target->upper ? target->upper : target->lower;
    double raw = 100.0;
    if (!inside_range) {
        if (t == 0.0)
            return not_available("target 0: capaian tidak dapat diukur");
        if (t < 0.0)
            return not_available("target negatif: rumus capaian tidak terdefinisi");
        if (arah == model::Arah::Positif) {
            // Multiply before dividing: 63 * 100 / 70 is exactly 90, 63 / 70 * 100 is not.
            raw = r * 100.0 / t;
        } else if (conv.negative_formula == model::NegativeFormula::TwoTargetMinusRealisasi) {
            raw = (2.0 * t - r) * 100.0 / t;
        } else {
            if (r == 0.0)
                return not_available("realisasi 0: rumus T/R tidak terdefinisi");
            if (r < 0.0)
                return not_available("realisasi negatif: rumus T/R tidak terdefinisi");
            raw = t * 100.0 / r;
        }
    }

    Capaian c;
    double v = format::clean(raw);
    if (conv.floor)
        v = std::max(v, *conv.floor);
    c.uncapped = v;
    if (conv.cap && conv.cap_scope == model::CapScope::Everywhere && v > *conv.cap) {
        v = *conv.cap;
        c.capped = true;
    }
    c.value = v;
    return c;
}

std::optional<double> capaian_for_aggregation(const Capaian& c, const model::CapaianConventions& conv) {
    if (!c.uncapped)
        return std::nullopt;
    if (conv.cap)
        return std::min(*c.uncapped, *conv.cap);
    return c.uncapped;
}

formula::Expr capaian_formula(const formula::Expr& t, const formula::Expr& r, model::Arah arah,
                              const model::CapaianConventions& conv) {
    using formula::number;
    formula::Expr e = arah == model::Arah::Positif ? r / t * number(100)
                      : conv.negative_formula == model::NegativeFormula::TwoTargetMinusRealisasi
                          ? (number(2) * t - r) / t * number(100)
                          : t / r * number(100);
    if (conv.floor)
        e = formula::call("MAX", {number(*conv.floor), e});
    if (conv.cap && conv.cap_scope == model::CapScope::Everywhere)
        e = formula::call("MIN", {number(*conv.cap), e});
    return e;
}

std::string capaian_prose(const model::CapaianConventions& conv) {
    std::string out = "Capaian indikator positif = realisasi / target × 100%; indikator negatif = " +
                      std::string(conv.negative_formula == model::NegativeFormula::TwoTargetMinusRealisasi
                                      ? "(2 × target − realisasi) / target × 100%"
                                      : "target / realisasi × 100%");
    if (conv.floor)
        out += "; paling rendah " + format::angka_singkat(*conv.floor) + "%";
    if (conv.cap) {
        out += "; paling tinggi " + format::angka_singkat(*conv.cap) + "%";
        if (conv.cap_scope == model::CapScope::AggregationOnly)
            out += " bila dirata-ratakan";
    }
    return out + ".";
}

}  // namespace lkjip::rules
