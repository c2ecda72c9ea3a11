#include "rules/rating.hpp"

#include "core/number_format.hpp"

namespace lkjip::rules {

std::optional<double> rating_basis(const std::optional<double>& value,
                                   const model::DisplayConventions& display) {
    if (!value)
        return std::nullopt;
    if (display.rating_basis == model::RatingBasis::DisplayedValue) {
        return format::round_to(*value, display.decimals, display.rounding);
    }
    return format::clean(*value);
}

std::optional<std::string> rate(const std::optional<double>& value, const model::BandScale& scale,
                                const model::DisplayConventions& display) {
    return scale.classify(rating_basis(value, display));
}

formula::Expr band_formula(const model::BandScale& scale, const formula::Expr& value,
                           const model::DisplayConventions& display) {
    formula::Expr x = value;
    if (display.rating_basis == model::RatingBasis::DisplayedValue) {
        x = formula::call(display.rounding == format::Rounding::HalfUp ? "ROUND" : "TRUNC",
                          {value, formula::number(display.decimals)});
    }
    // Built from the last band up, so each IF holds the rest of the scale.
    formula::Expr rest = formula::text("");
    std::size_t n = scale.bands.size();
    for (std::size_t i = 0; i < scale.bands.size(); ++i) {
        if (scale.bands[i].bound == model::Band::Bound::Rest) {
            rest = formula::text(scale.bands[i].label);
            n = i;
            break;
        }
    }
    for (std::size_t i = n; i-- > 0;) {
        const model::Band& b = scale.bands[i];
        rest = formula::call("IF", {formula::binary(b.bound == model::Band::Bound::Above ? ">" : ">=", x,
                                                    formula::number(b.limit)),
                                    formula::text(b.label), rest});
    }
    return rest;
}

std::string scale_prose(const model::BandScale& scale) {
    std::string out;
    const auto limit = [](double x) { return format::angka_singkat(x); };
    for (std::size_t i = 0; i < scale.bands.size(); ++i) {
        const model::Band& b = scale.bands[i];
        std::string bound;
        switch (b.bound) {
            case model::Band::Bound::Above:
                bound = "> " + limit(b.limit);
                break;
            case model::Band::Bound::AtLeast:
                bound = "≥ " + limit(b.limit);
                break;
            case model::Band::Bound::Rest:
                // What the band above leaves: its limit itself when it is "> x", below it when ">= x".
                if (i > 0)
                    bound = (scale.bands[i - 1].bound == model::Band::Bound::Above ? "≤ " : "< ") +
                            limit(scale.bands[i - 1].limit);
                break;
        }
        out += (out.empty() ? "" : ", ") + (bound.empty() ? b.label : bound + " " + b.label);
    }
    return out;
}

}  // namespace lkjip::rules
