#pragma once
// Colours with a meaning: the fill of a rated cell (predikat, atribut, efisiensi) and the series of a
// chart. Fills are soft so that dark text stays readable on them and in black-and-white print.
#include <cstddef>
#include <optional>

#include "render/pdf/style.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// Band 0 (the best) is green, then light green, yellow, orange and red for band 4 and worse. The same
// band index gives the same colour in every scale, so a report reads consistently; a cell without a
// scale or band has no fill.
std::optional<Rgb> shade_fill(const table::Shade& shade);

// Distinct, print-friendly series colours; repeats after six.
Rgb series_color(std::size_t index);

}  // namespace lkjip::render::pdf
