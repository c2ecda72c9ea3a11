#pragma once
// What a printed figure should be: the value of its besaran for its objek and year, from the vocabulary of
// quantities (quantity/value.hpp) with the conventions in force.
#include "compute/performance.hpp"
#include "model/printed_figure.hpp"
#include "quantity/value.hpp"

namespace lkjip::audit {

using Expected = quantity::Value;

Expected expected_value(const model::PrintedFigure& f, const compute::Performance& p);

using quantity::label_for;

}  // namespace lkjip::audit
