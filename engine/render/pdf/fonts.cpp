#include "render/pdf/fonts.hpp"

#include <fstream>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

// Checked before PoDoFo sees the file, so that the common mistakes get a clear message.
void require_readable(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    if (!in || !in.read(magic, sizeof magic))
        throw OutputError(path + ": galat: berkas huruf (font) tidak ditemukan atau tidak dapat dibaca");
}

PoDoFo::PdfFont* load(PoDoFo::PdfMemDocument& document, const std::string& path, bool bold) {
    require_readable(path);
    PoDoFo::PdfFont* font = nullptr;
    // PoDoFo takes ownership of the encoding when it builds the font object, and deletes it itself when
    // that fails (CreateFontSubset then returns nullptr). When FreeType cannot read the file, PoDoFo throws
    // before that point and the encoding is still ours: LeakSanitizer found it leaked there.
    auto* encoding = new PoDoFo::PdfIdentityEncoding(0, 0xffff, true);
    try {
        // The path doubles as the cache name, so two different files never share one font object.
        font = document.CreateFontSubset(path.c_str(), bold, false, false, encoding, path.c_str());
    } catch (const PoDoFo::PdfError&) {
        delete encoding;
        font = nullptr;
    }
    if (font == nullptr)
        throw OutputError(path + ": galat: bukan berkas huruf TrueType yang dapat dipakai");
    return font;
}

// UTF-8 to a code point; malformed bytes become U+FFFD (input was validated upstream; this only keeps
// measuring total).
char32_t decode(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t n = utf8_length(lead);
    if (n == 1 || i + n > s.size()) {
        ++i;
        return lead < 0x80u ? lead : 0xFFFDu;
    }
    char32_t cp = lead & (n == 2 ? 0x1Fu : n == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += n;
    return cp;
}

}  // namespace

PoDoFo::PdfString pdf_text(const std::string& utf8) {
    // Readers reject invalid UTF-8 long before this; should any slip through, it prints as U+FFFD
    // rather than reaching PoDoFo's converter.
    std::string clean;
    std::string_view rest = utf8;
    while (const auto bad = text::find_invalid_utf8(rest)) {
        clean.append(rest.substr(0, *bad));
        clean.append("\xEF\xBF\xBD");
        rest.remove_prefix(*bad + 1);
    }
    clean.append(rest);
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(clean.c_str()));
}

Fonts::Fonts(PoDoFo::PdfMemDocument& document, const std::string& regular_path,
             const std::string& bold_path) {
    // PoDoFo prints "CRITICAL: FreeType returned ..." for a bad file; the OutputError says it better.
    const bool logging = PoDoFo::PdfError::LoggingEnabled();
    PoDoFo::PdfError::EnableLogging(false);
    try {
        regular_ = load(document, regular_path, false);
        bold_ = load(document, bold_path, true);
    } catch (...) {
        PoDoFo::PdfError::EnableLogging(logging);
        throw;
    }
    PoDoFo::PdfError::EnableLogging(logging);
    // Metrics scale with the font size: read them once at 1000 pt and keep the per-point factors.
    PoDoFo::PdfFont* fonts[2] = {regular_, bold_};
    for (int k = 0; k < 2; ++k) {
        fonts[k]->SetFontSize(1000.0f);
        line_factor_[k] = fonts[k]->GetFontMetrics()->GetLineSpacing() / 1000.0;
        ascent_factor_[k] = fonts[k]->GetFontMetrics()->GetAscent() / 1000.0;
    }
}

PoDoFo::PdfFont* Fonts::use(const TextStyle& style) const {
    PoDoFo::PdfFont* font = style.bold ? bold_ : regular_;
    font->SetFontSize(static_cast<float>(style.size));
    return font;
}

double Fonts::width(std::string_view utf8, const TextStyle& style) const {
    const int k = style.bold ? 1 : 0;
    PoDoFo::PdfFont* font = style.bold ? bold_ : regular_;
    double total = 0.0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = decode(utf8, i);
        auto it = widths_[k].find(cp);
        if (it == widths_[k].end()) {
            // PoDoFo 0.9.8 measures the Basic Multilingual Plane only, as it also encodes only that.
            double w = 0.0;
            if (cp <= 0xFFFFu) {
                font->SetFontSize(1000.0f);
                w = font->GetFontMetrics()->UnicodeCharWidth(static_cast<unsigned short>(cp)) / 1000.0;
            }
            it = widths_[k].emplace(cp, w).first;
        }
        total += it->second;
    }
    return total * style.size;
}

double Fonts::line_height(const TextStyle& style) const {
    return line_factor_[style.bold ? 1 : 0] * style.size;
}

double Fonts::ascent(const TextStyle& style) const {
    return ascent_factor_[style.bold ? 1 : 0] * style.size;
}

}  // namespace lkjip::render::pdf
