#pragma once
// Line breaking for cells, titles and chart labels. Pure: widths come from a TextMeasure, so the same
// code decides row heights and draws the lines, and tests run it without PoDoFo.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf/text_measure.hpp"

namespace lkjip::render::pdf {

// Greedy word wrap into lines no wider than `width`. '\n' starts a new line; runs of spaces collapse; a
// word wider than the line is broken after a '/' or '-' when one fits, else between characters. Empty
// text gives no lines.
std::vector<std::string> wrap_text(const TextMeasure& measure, std::string_view text, double width,
                                   const TextStyle& style);

// The longest prefix of `text` that fits in `width` with "…" appended (the text itself when it fits).
std::string fit_with_ellipsis(const TextMeasure& measure, std::string_view text, double width,
                              const TextStyle& style);

// wrap_text limited to `max_lines`; when text is left over, the last line ends with "…".
std::vector<std::string> wrap_limited(const TextMeasure& measure, std::string_view text, double width,
                                      const TextStyle& style, std::size_t max_lines);

// Width of the widest word (what wrapping cannot make narrower without breaking it).
double widest_word(const TextMeasure& measure, std::string_view text, const TextStyle& style);

// Byte length of the UTF-8 sequence starting with `lead` (1 for stray bytes, so loops always advance).
std::size_t utf8_length(unsigned char lead);

}  // namespace lkjip::render::pdf
