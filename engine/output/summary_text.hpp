#pragma once
// `lkjip compute DIR`: the computed performance as a readable Indonesian summary for the terminal.
#include <string>

#include "compute/performance.hpp"

namespace lkjip::output {

std::string summary_text(const compute::Performance& p);

// Pads or cuts a UTF-8 string to `width` code points (cut text ends with "…").
std::string fit(const std::string& s, std::size_t width, bool right_align = false);

}  // namespace lkjip::output
