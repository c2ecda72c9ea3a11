#pragma once
// The operators of one page's content stream, written into one string. PoDoFo's painter formatted every
// number through an ostream and compressed each operator as it was appended (profiled: half of a
// report's instructions); here numbers go through std::to_chars and the page is compressed once, when
// the document is finished (page_frame). No PoDoFo here: this is plain PDF syntax.
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace lkjip::render::pdf {

class ContentStream {
  public:
    // `operands` separated by spaces, then the operator and a newline: op({x, y, w, h}, "re").
    void op(std::initializer_list<double> operands, std::string_view name);
    // An operator without operands ("f", "S", "BT").
    void op(std::string_view name);
    // "/<font> <size> Tf".
    void font(std::string_view resource_name, double size);
    // "(...) Tj": `literal` is the string's glyph codes, escaped for a literal string (Fonts::encode).
    void show(std::string_view literal);
    // Raw operator text, for what needs no numbers ("[6 2] 0 d").
    void raw(std::string_view text) { bytes_ += text; }

    const std::string& bytes() const { return bytes_; }
    std::size_t size() const { return bytes_.size(); }
    // The buffer is kept until the document is finished; after that its memory can go.
    void release() { std::string().swap(bytes_); }

  private:
    std::string bytes_;
};

// `v` as a PDF real: fixed, at most three decimals, trailing zeros dropped ("12.5", "0", "-3.125").
// A point is 1/72 inch, so a thousandth of one is far below anything a printer or screen shows.
// Not-a-number or infinite values become 0 and magnitudes are capped, so the stream stays valid PDF.
std::string format_number(double v);

}  // namespace lkjip::render::pdf
