#include "render/pdf/fonts.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "core/diagnostic.hpp"
#include "core/embedded_files.hpp"
#include "core/text.hpp"
#include "render/pdf/pdf_renderer.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

// Checked before PoDoFo sees the file, so that the common mistakes get a clear message. (The command line
// checks a --font through input/file_access first; this keeps a FIFO from blocking a direct caller.)
void require_readable(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode))
        throw OutputError(path + ": galat: berkas huruf (font) bukan berkas biasa");
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    if (!in || !in.read(magic, sizeof magic))
        throw OutputError(path + ": galat: berkas huruf (font) tidak ditemukan atau tidak dapat dibaca");
}

std::string_view bundled_font(std::string_view path) {
    const auto bytes = embedded::find(path);
    if (!bytes)
        throw std::logic_error("embedded font missing: " + std::string(path));
    return *bytes;
}

// The same objects PdfDocument::CreateFontSubset makes from a file, made from bytes in memory. The subset
// tag is the one PoDoFo's cache would give the face, so the output names do not depend on the source.
PoDoFo::PdfFont* load_bundled(PoDoFo::PdfMemDocument& document, FT_Library* library, const FontFile& file,
                              bool bold) {
    auto* metrics = new PoDoFo::PdfFontMetricsFreetype(library, file.bundled.data(),
                                                       static_cast<unsigned int>(file.bundled.size()), false,
                                                       bold ? "BAAAAA+" : "AAAAAA+");
    auto* encoding = new PoDoFo::PdfIdentityEncoding(0, 0xffff, true);
    const int flags =
        PoDoFo::ePdfFont_Embedded | PoDoFo::ePdfFont_Subsetting | (bold ? PoDoFo::ePdfFont_Bold : 0);
    // Takes the metrics and the encoding, and deletes both itself when it fails.
    PoDoFo::PdfFont* font =
        PoDoFo::PdfFontFactory::CreateFontObject(metrics, flags, encoding, &document.GetObjects());
    if (font == nullptr)
        throw std::logic_error("bundled font unusable: " + file.path);
    return font;
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
    if (lead < 0x80u) {  // nearly every character: no call to utf8_length
        ++i;
        return lead;
    }
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

// Readers reject invalid UTF-8 long before this; should any slip through, each bad byte prints as
// U+FFFD.
std::string valid_utf8(std::string_view rest) {
    std::string clean;
    while (const auto bad = text::find_invalid_utf8(rest)) {
        clean.append(rest.substr(0, *bad));
        clean.append("\xEF\xBF\xBD");
        rest.remove_prefix(*bad + 1);
    }
    clean.append(rest);
    return clean;
}

PoDoFo::PdfString unicode(const std::string& valid) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(valid.c_str()));
}

}  // namespace

PoDoFo::PdfString pdf_text(const std::string& utf8) {
    return unicode(valid_utf8(utf8));
}

FontFile FontFile::bundled_regular() {
    constexpr std::string_view path = "templates/fonts/DejaVuSans-lkjip.ttf";
    return {std::string(path), bundled_font(path)};
}

FontFile FontFile::bundled_bold() {
    constexpr std::string_view path = "templates/fonts/DejaVuSans-Bold-lkjip.ttf";
    return {std::string(path), bundled_font(path)};
}

Fonts::Fonts(PoDoFo::PdfMemDocument& document, const FontFile& regular, const FontFile& bold)
    : library_(document.GetFontLibrary()) {
    prepare_pdf_library();
    {
        const FontFile* files[2] = {&regular, &bold};
        for (int k = 0; k < 2; ++k) {
            const bool is_bold = k == 1;
            if (files[k]->bundled.empty()) {
                fonts_[k] = load(document, files[k]->path, is_bold);
            } else {
                owned_[k].reset(load_bundled(document, &library_, *files[k], is_bold));
                fonts_[k] = owned_[k].get();
            }
        }
    }
    // Metrics scale with the font size: read them once at 1000 pt and keep the per-point factors.
    for (int k = 0; k < 2; ++k) {
        fonts_[k]->SetFontSize(1000.0f);
        line_factor_[k] = fonts_[k]->GetFontMetrics()->GetLineSpacing() / 1000.0;
        ascent_factor_[k] = fonts_[k]->GetFontMetrics()->GetAscent() / 1000.0;
        names_[k] = fonts_[k]->GetIdentifier().GetName();
    }
}

Fonts::Glyph& Fonts::glyph(int face, char32_t cp) const {
    if (cp < 256u)
        return latin_[static_cast<std::size_t>(face)][cp];
    return other_[face][cp];
}

const Fonts::Glyph& Fonts::encoded(int face, char32_t cp) {
    Glyph& g = glyph(face, cp);
    if (!g.encoded) {
        std::string code;
        if (cp == U'\t') {
            // The painter expanded a tab to four spaces (and still listed the tab for the subset).
            const Glyph& space = encoded(face, U' ');
            for (int k = 0; k < 4; ++k)
                code.append(space.code, space.code_size);
        } else {
            // Asked of the font's own encoding, one character at a time, so the codes are exactly those
            // PdfFont::WriteStringToStream wrote; the answer is kept.
            std::string one;
            text::append_utf8(one, cp);
            PoDoFo::PdfFont* font = fonts_[face];
            if (cp >= 0x20u && font->GetFontMetrics()->GetGlyphId(static_cast<long>(cp)) == 0)
                missing_glyph_drawn_[face] = true;
            const PoDoFo::PdfRefCountedBuffer buffer =
                font->GetEncoding()->ConvertToEncoding(unicode(one), font);
            // Binary bytes in a literal string: half the size of hex, which the page's compression
            // feels most (profiled: a quarter fewer instructions in zlib).
            for (std::size_t k = 0; k < buffer.GetSize() && code.size() + 2 <= sizeof g.code; ++k) {
                const char b = buffer.GetBuffer()[k];
                if (b == '(' || b == ')' || b == '\\') {
                    code += '\\';
                    code += b;
                } else if (b == '\r' || b == '\n') {  // a reader would turn a raw line end into LF
                    code += b == '\r' ? "\\r" : "\\n";
                } else {
                    code += b;
                }
            }
        }
        code.resize(std::min(code.size(), sizeof g.code));
        code.copy(g.code, code.size());
        g.code_size = static_cast<unsigned char>(code.size());
        g.encoded = true;
    }
    g.used = true;
    return g;
}

void Fonts::encode(std::string_view utf8, int face, std::string& literal) {
    std::string clean;
    if (text::find_invalid_utf8(utf8)) {
        clean = valid_utf8(utf8);
        utf8 = clean;
    }
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = decode(utf8, i);
        if (cp == 0)  // PoDoFo read the text as a C string: it ended there
            break;
        const Glyph& g = encoded(face, cp);
        literal.append(g.code, g.code_size);
    }
}

void Fonts::add_to_resources(PoDoFo::PdfPage& page, int face) const {
    PoDoFo::PdfFont* font = fonts_[face];
    page.AddResource(font->GetIdentifier(), font->GetObject()->Reference(), PoDoFo::PdfName("Font"));
}

void Fonts::embed_used_glyphs() {
    for (int k = 0; k < 2; ++k) {
        std::string used;
        for (char32_t cp = 0; cp < 256u; ++cp) {
            if (latin_[static_cast<std::size_t>(k)][cp].used)
                text::append_utf8(used, cp);
        }
        for (const auto& [cp, g] : other_[k]) {
            if (g.used)
                text::append_utf8(used, cp);
        }
        if (used.empty())
            continue;
        // PoDoFo keeps a set of UTF-16 code units: the order given here does not matter.
        const PoDoFo::PdfString text = unicode(used);
        fonts_[k]->AddUsedSubsettingGlyphs(text, static_cast<long>(text.GetCharacterLength()));
    }
    // PdfMemDocument::Write embeds the fonts of its cache; the bundled ones are embedded here.
    for (const std::unique_ptr<PoDoFo::PdfFont>& font : owned_) {
        if (font)
            font->EmbedSubsetFont();
    }
}

double Fonts::width(std::string_view utf8, const TextStyle& style) const {
    const int k = face(style);
    double total = 0.0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = decode(utf8, i);
        Glyph& g = glyph(k, cp);
        if (!g.measured) {
            // PoDoFo 0.9.8 measures the Basic Multilingual Plane only, as it also encodes only that.
            if (cp <= 0xFFFFu) {
                fonts_[k]->SetFontSize(1000.0f);
                g.width =
                    fonts_[k]->GetFontMetrics()->UnicodeCharWidth(static_cast<unsigned short>(cp)) / 1000.0;
            }
            g.measured = true;
        }
        total += g.width;
    }
    return total * style.size;
}

double Fonts::line_height(const TextStyle& style) const {
    return line_factor_[face(style)] * style.size;
}

double Fonts::ascent(const TextStyle& style) const {
    return ascent_factor_[face(style)] * style.size;
}

}  // namespace lkjip::render::pdf
