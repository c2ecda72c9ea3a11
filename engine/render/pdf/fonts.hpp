#pragma once
// The two embedded fonts (regular and bold), subset and Identity-H encoded so that every character of
// Indonesian text and signs such as ≥ ≤ – print and extract. Also the TextMeasure that layout uses, with
// widths from the same font files, so that what is measured is what is drawn, and the encoding of text
// into glyph codes for the content streams that Canvas writes.
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/pdf/podofo.hpp"
#include "render/pdf/text_measure.hpp"

namespace lkjip::render::pdf {

// Where a face's TrueType font comes from: the bytes compiled into lkjip (the DejaVu Sans subsets of
// templates/fonts/) or a file.
struct FontFile {
    std::string path;  // the file read when `bundled` is empty; otherwise the name used in messages
    std::string_view bundled;

    static FontFile bundled_regular();
    static FontFile bundled_bold();
};

class Fonts : public TextMeasure {
  public:
    // Throws OutputError naming the font file when it is missing or not a usable TrueType font.
    Fonts(PoDoFo::PdfMemDocument& document, const FontFile& regular, const FontFile& bold);
    Fonts(const Fonts&) = delete;
    Fonts& operator=(const Fonts&) = delete;

    // The face a style draws with: 0 regular, 1 bold.
    static int face(const TextStyle& style) { return style.bold ? 1 : 0; }
    // The face's key in a page's /Resources /Font dictionary, as PoDoFo names it ("Ft4").
    const std::string& resource_name(int face) const { return names_[face]; }
    // Appends `utf8` as the face's glyph codes (two bytes per glyph) in the form of a PDF literal string's
    // body: ( ) \ and line ends escaped. The codes are those PoDoFo's painter wrote (invalid UTF-8 as
    // U+FFFD, a tab as four spaces); each character is remembered for the subset.
    void encode(std::string_view utf8, int face, std::string& literal);
    // Puts the face into `page`'s /Resources /Font.
    void add_to_resources(PoDoFo::PdfPage& page, int face) const;
    // Tells PoDoFo's subsetter every character drawn and embeds the subsets, once, before the document is
    // written (the painter did the first on every string).
    void embed_used_glyphs();
    // Whether some character drawn in `face` has no glyph there (control characters aside): it prints
    // as the font's empty box.
    bool missing_glyph_drawn(int face) const { return missing_glyph_drawn_[face]; }

    double width(std::string_view utf8, const TextStyle& style) const override;
    double line_height(const TextStyle& style) const override;
    double ascent(const TextStyle& style) const override;

  private:
    // What is known of one character in one face, filled in when first needed.
    struct Glyph {
        double width = 0.0;  // advance at 1 pt
        char code[16] = {};  // in the font's encoding, escaped for a literal string (a tab: four spaces)
        unsigned char code_size = 0;
        bool measured = false;
        bool encoded = false;
        bool used = false;
    };
    Glyph& glyph(int face, char32_t cp) const;
    const Glyph& encoded(int face, char32_t cp);

    // FreeType's library handle, which the metrics of bundled fonts keep a pointer to (declared before
    // them, so it outlives them).
    FT_Library library_ = nullptr;
    // Fonts made from bundled bytes are not in PoDoFo's font cache: they are ours to embed and delete.
    std::unique_ptr<PoDoFo::PdfFont> owned_[2];
    PoDoFo::PdfFont* fonts_[2] = {nullptr, nullptr};  // owned_ or PoDoFo's cache
    bool missing_glyph_drawn_[2] = {false, false};
    std::string names_[2];
    // Per face: Latin-1 in an array (nearly every character of a report), the rest in a map. Measuring
    // runs for every word of every cell.
    mutable std::array<std::array<Glyph, 256>, 2> latin_;
    mutable std::unordered_map<char32_t, Glyph> other_[2];
    double line_factor_[2] = {1.2, 1.2};
    double ascent_factor_[2] = {0.93, 0.93};
};

// Unicode text for PoDoFo: a plain const char* would be read as PDFDocEncoding.
PoDoFo::PdfString pdf_text(const std::string& utf8);

}  // namespace lkjip::render::pdf
