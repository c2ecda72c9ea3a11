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

}  // namespace lkjip::rules
