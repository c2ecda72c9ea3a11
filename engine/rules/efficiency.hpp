#pragma once
// Efisiensi penggunaan sumber daya: how much performance each rupiah bought. Three methods seen in
// practice (ratio, difference, unspent share); categories come from config. n/a when undefined.
#include <cstdint>
#include <optional>
#include <string>

#include "core/formula.hpp"
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

// The efficiency figure as a spreadsheet formula from the references of the capaian and the serapan:
// capaian/serapan*100 (or an index without *100), capaian-serapan, or 100-serapan.
formula::Expr efficiency_formula(const formula::Expr& capaian, const formula::Expr& serapan,
                                 const model::EfficiencyConventions& conv);

// The efficiency rule in words, with its categories and the LKE condition when configured.
std::string efficiency_prose(const model::EfficiencyConventions& conv);

}  // namespace lkjip::rules
