#pragma once
// Labels from band scales (predikat per Permendagri 86/2017, atribut, efficiency categories), applied
// either to the full-precision value or to the value as displayed, per the `dasar_penilaian` convention.
#include <optional>
#include <string>

#include "core/formula.hpp"
#include "model/conventions.hpp"

namespace lkjip::rules {

// The value the bands are applied to.
std::optional<double> rating_basis(const std::optional<double>& value,
                                   const model::DisplayConventions& display);

std::optional<std::string> rate(const std::optional<double>& value, const model::BandScale& scale,
                                const model::DisplayConventions& display);

// rate() as a spreadsheet formula over `value`: nested IFs from the first band, IF(x>90,"Sangat
// Tinggi",IF(x>75,"Tinggi",...)), the value rounded or truncated first when bands apply to the displayed
// value.
formula::Expr band_formula(const model::BandScale& scale, const formula::Expr& value,
                           const model::DisplayConventions& display);

// A scale in words, best band first: "> 90 Sangat Tinggi, > 75 Tinggi, ..., ≤ 50 Sangat Rendah".
std::string scale_prose(const model::BandScale& scale);

}  // namespace lkjip::rules
