#pragma once
// The scales of ordinal indicators, from config/skala-ordinal.json (embedded at build time): each with its
// levels (label and score, best first), its source and how its capaian is measured.
#include <vector>

#include "model/ordinal_scale.hpp"

namespace lkjip::input {

// Parsed once. Throws std::logic_error when the embedded file is missing or malformed (a build defect).
const std::vector<model::OrdinalScale>& default_ordinal_scales();

}  // namespace lkjip::input
