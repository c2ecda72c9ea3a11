#pragma once
// How wide a piece of text is, in points. Layout (wrapping, row heights, pagination) asks this interface
// instead of PoDoFo, so that it can be tested with a fake measure and no PDF objects.
#include <string_view>

namespace lkjip::render::pdf {

struct TextStyle {
    bool bold = false;
    double size = 8.5;  // points
};

class TextMeasure {
  public:
    virtual ~TextMeasure() = default;
    virtual double width(std::string_view utf8, const TextStyle& style) const = 0;
    // Distance between baselines of two wrapped lines.
    virtual double line_height(const TextStyle& style) const = 0;
    // From the top of a line box down to its baseline.
    virtual double ascent(const TextStyle& style) const = 0;
};

}  // namespace lkjip::render::pdf
