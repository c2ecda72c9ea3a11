#pragma once
// What `lkjip batch` prints: one line per input, in the order given, and the count of those read and failed.
#include <string>
#include <vector>

#include "report/batch_recap.hpp"

namespace lkjip::output {

std::string batch_text(const std::vector<report::BatchResult>& results, bool audited);

}  // namespace lkjip::output
