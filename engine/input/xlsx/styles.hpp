#pragma once
// What a cell's style says about its number: shown plain, as a percentage (the user typed "70,58%" and
// Excel stored 0.7058) or as a date (Excel stored a serial number). Nothing else of styles.xml matters to
// the text of a cell.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::input::xlsx {

class ZipArchive;

enum class NumberStyle { Plain, Percent, Date };

// Built-in formats: 9 and 10 are percentages, 14-22 and 45-47 dates and times; the others are plain.
NumberStyle builtin_number_style(std::size_t format_id);

// A custom format code: a date when it has a d, m, y, h or s token, a percentage when it has a '%', in
// both cases outside "quoted text", [brackets] (colours, locales, elapsed-time markers), a character
// escaped with '\' and the character after '_' (a space as wide as it) or '*' (a fill). A date wins over
// a percentage. "General" is plain.
NumberStyle classify_format_code(std::string_view code);

class Styles {
  public:
    Styles() = default;  // no styles.xml: every number is plain
    explicit Styles(std::vector<NumberStyle> cell_formats) : cell_formats_(std::move(cell_formats)) {}
    // The style of cellXfs entry `index`. An index beyond cellXfs is plain: Excel repairs such a file by
    // dropping the style, and then shows the number as General.
    NumberStyle of(std::size_t index) const {
        return index < cell_formats_.size() ? cell_formats_[index] : NumberStyle::Plain;
    }

  private:
    std::vector<NumberStyle> cell_formats_;
};

// Reads <numFmts> and <cellXfs> of the styles part `entry`.
Styles read_styles(ZipArchive& zip, const std::string& entry);

}  // namespace lkjip::input::xlsx
