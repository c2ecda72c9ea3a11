#include "rules/ordinal_capaian.hpp"

#include <algorithm>

#include "core/number_format.hpp"

namespace lkjip::rules {

std::optional<double> ordinal_score(const model::OrdinalScale& scale, const std::string& label) {
    const model::OrdinalLevel* level = scale.find(label);
    return level ? std::optional<double>(level->score) : std::nullopt;
}

Capaian ordinal_capaian(const model::OrdinalScale& scale, const std::optional<model::Target>& target,
                        const std::string& realisasi_label, const model::CapaianConventions& conv) {
    Capaian c;
    if (!target || target->label.empty()) {
        c.na_reason = "tidak ada target";
        return c;
    }
    if (realisasi_label.empty()) {
        c.na_reason = "tidak ada realisasi";
        return c;
    }
    const std::optional<double> t = ordinal_score(scale, target->label);
    const std::optional<double> r = ordinal_score(scale, realisasi_label);
    if (!t || !r) {
        c.na_reason = "\"" + (t ? realisasi_label : target->label) + "\" bukan tingkat skala " + scale.name;
        return c;
    }
    double value = 0.0;
    if (scale.capaian == model::OrdinalCapaian::MetOrNot) {
        value = *r >= *t ? 100.0 : 0.0;
    } else {
        if (*t <= 0.0) {
            c.na_reason = "skor target 0";
            return c;
        }
        value = format::clean(*r / *t * 100.0);
    }
    if (conv.floor)
        value = std::max(value, *conv.floor);
    c.uncapped = value;
    if (conv.cap && conv.cap_scope == model::CapScope::Everywhere && value > *conv.cap) {
        value = *conv.cap;
        c.capped = true;
    }
    c.value = value;
    return c;
}

}  // namespace lkjip::rules
