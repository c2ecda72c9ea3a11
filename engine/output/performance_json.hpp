#pragma once
// `lkjip compute --json`: the whole computed model. Numbers are unrounded; undefined values are null and
// carry the reason in a sibling "*_na" field.
#include <string>

#include "compute/performance.hpp"

namespace lkjip::output {

std::string performance_json(const compute::Performance& p);

}  // namespace lkjip::output
