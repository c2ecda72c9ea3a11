#pragma once
// Efisiensi penggunaan sumber daya: how much performance each rupiah bought. Three methods seen in
// practice (ratio, difference, unspent share); categories come from config. n/a when undefined.
#include <cstdint>
#include <optional>
#include <string>

#include "model/conventions.hpp"

namespace lkjip::rules {

struct Efficiency {
    std::optional<double> value;  // percent form (ratio 102,42; difference in points; unspent %)
    std::optional<double> shown;  // as the report shows it: the index form divides a ratio by 100
    std::optional<std::string> category;
    std::string na_reason;
};

// capaian and serapan in percent. For the unspent-share method the value is 100 - serapan and is only
// defined when the target is met (capaian >= 100).
Efficiency efficiency(const std::optional<double>& capaian, const std::optional<double>& serapan,
                      const model::EfficiencyConventions& conv, const model::DisplayConventions& display);

}  // namespace lkjip::rules
