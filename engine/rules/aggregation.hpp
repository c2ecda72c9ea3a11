#pragma once
// Capaian of a sasaran from its IKU, and of the OPD from its sasaran or IKU: a mean, optionally weighted
// by bobot. Indicators whose capaian is n/a are skipped (default) or make the aggregate n/a.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/formula.hpp"
#include "model/conventions.hpp"
#include "model/opd.hpp"

namespace lkjip::rules {

struct AggregateInput {
    std::string kode;
    std::optional<double> value;   // capaian to aggregate (already capped for aggregation when configured)
    std::optional<double> weight;  // bobot; used only when weighting is ByBobot
};

struct Aggregate {
    std::optional<double> value;
    std::vector<std::string> skipped;  // codes left out because their capaian is n/a
    std::string na_reason;
};

// Throws std::invalid_argument when weighting is ByBobot and an input has no weight or a negative one
// (check_weights reports that as an input error first, so that it never reaches here from the CLI).
Aggregate aggregate(const std::vector<AggregateInput>& inputs, const model::AggregationConventions& conv);

// A plain mean (AVERAGE, which skips what is not a number, as aggregate() skips n/a) and a sum as
// spreadsheet formulas over the given references or ranges.
formula::Expr mean_formula(std::vector<formula::Expr> values);
formula::Expr sum_formula(std::vector<formula::Expr> values);
// Under agregasi.bobot = bobot every indicator that is averaged (the IKU of a sasaran, and a program's
// own indicators) needs a bobot: one located error per indicator without one.
void check_weights(const model::Opd& opd, const model::AggregationConventions& conv,
                   Diagnostics& diagnostics);

// How sasaran and OPD capaian are averaged, in words.
std::string aggregation_prose(const model::AggregationConventions& conv);

}  // namespace lkjip::rules
