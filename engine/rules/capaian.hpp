#pragma once
// Capaian (achievement, %) of one indicator: realisasi against target, with the indicator's direction.
// Undefined results are n/a with a reason, never 0, inf or NaN.
#include <optional>
#include <string>

#include "core/formula.hpp"
#include "model/conventions.hpp"
#include "model/opd.hpp"

namespace lkjip::rules {

struct Capaian {
    std::optional<double> value;     // after the floor and, when the cap applies everywhere, the cap
    std::optional<double> uncapped;  // after the floor only (what aggregation-only caps start from)
    std::string na_reason;           // why value is n/a, in Bahasa Indonesia
    bool capped = false;             // the cap changed the value
};

// Positive: R/T x 100. Negative: (2T-R)/T x 100 (default) or T/R x 100 (variant). A range target is
// compared with its upper bound when R is above it, its lower bound when below, and gives 100 inside.
Capaian capaian(const std::optional<model::Target>& target, const std::optional<double>& realisasi,
                model::Arah arah, const model::CapaianConventions& conv);

// The value to use when averaging: capped when a cap is configured (for either scope).
std::optional<double> capaian_for_aggregation(const Capaian& c, const model::CapaianConventions& conv);

// capaian() as a spreadsheet formula for a single target, from the references of the target and the
// realisasi: R/T*100, (2*T-R)/T*100 or T/R*100, inside MAX(floor, ...) and MIN(cap, ...) as configured.
formula::Expr capaian_formula(const formula::Expr& target, const formula::Expr& realisasi, model::Arah arah,
                              const model::CapaianConventions& conv);

// The rule in words, for notes under tables and the document: the formulas, the floor and the cap in force.
std::string capaian_prose(const model::CapaianConventions& conv);

}  // namespace lkjip::rules
