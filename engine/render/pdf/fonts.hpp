#pragma once
// The two embedded fonts (regular and bold), subset and Identity-H encoded so that every character of
// Indonesian text and signs such as ≥ ≤ – print and extract. Also the TextMeasure that layout uses, with
// widths from the same font files, so that what is measured is what is drawn.
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/pdf/podofo.hpp"
#include "render/pdf/text_measure.hpp"

namespace lkjip::render::pdf {

class Fonts : public TextMeasure {
  public:
    // Throws OutputError naming the font file when it is missing or not a usable TrueType font.
    Fonts(PoDoFo::PdfMemDocument& document, const std::string& regular_path, const std::string& bold_path);

    // The font to draw with, sized for `style` (PoDoFo reads the size when the text is drawn).
    PoDoFo::PdfFont* use(const TextStyle& style) const;

    double width(std::string_view utf8, const TextStyle& style) const override;
    double line_height(const TextStyle& style) const override;
    double ascent(const TextStyle& style) const override;

  private:
    PoDoFo::PdfFont* regular_ = nullptr;
    PoDoFo::PdfFont* bold_ = nullptr;
    // Advance width of a code point at 1 pt, per weight: measuring runs for every word of every cell.
    mutable std::unordered_map<char32_t, double> widths_[2];
    double line_factor_[2] = {1.2, 1.2};
    double ascent_factor_[2] = {0.93, 0.93};
};

// Unicode text for PoDoFo: a plain const char* would be read as PDFDocEncoding.
PoDoFo::PdfString pdf_text(const std::string& utf8);

}  // namespace lkjip::render::pdf
