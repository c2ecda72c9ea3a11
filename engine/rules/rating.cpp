#include "rules/rating.hpp"

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

}  // namespace lkjip::rules
