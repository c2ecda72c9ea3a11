#pragma once
// `lkjip compute --json`: the whole computed model. Numbers are unrounded; undefined values are null and
// carry the reason in a sibling "*_na" field.
#include <string>

#include "compute/performance.hpp"

namespace lkjip::output {

// The "versi_skema" of this JSON (schemas/compute.schema.json): raised when a key is renamed, removed or
// changes type, so programs reading it can tell.
inline constexpr const char* kPerformanceJsonSchemaVersion = "1";

std::string performance_json(const compute::Performance& p);

}  // namespace lkjip::output
