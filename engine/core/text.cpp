#include "core/text.hpp"

#include <cstdio>

#include <algorithm>
#include <array>
#include <vector>

namespace lkjip::text {

namespace {

unsigned char byte_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

bool is_continuation(unsigned char b) {
    return (b & 0xC0u) == 0x80u;
}

// Length the lead byte announces (0 for a byte that can never start a sequence: a continuation byte or
// 0xF8-0xFF). C0/C1 and F5-F7 announce a length so that the structural check below can tell "damaged
// UTF-8" from "another encoding".
std::size_t announced_length(unsigned char lead) {
    if (lead < 0x80u)
        return 1;
    if (lead < 0xC0u)
        return 0;
    if (lead < 0xE0u)
        return 2;
    if (lead < 0xF0u)
        return 3;
    if (lead < 0xF8u)
        return 4;
    return 0;
}

// Length of the valid sequence at i, or 0. The second-byte ranges follow the Unicode table of
// well-formed sequences (Unicode 15, table 3-7): they exclude overlongs, surrogates and > U+10FFFF.
std::size_t valid_length(std::string_view s, std::size_t i) {
    const unsigned char c = byte_at(s, i);
    if (c < 0x80u)
        return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80u;
    unsigned char hi = 0xBFu;
    if (c >= 0xC2u && c <= 0xDFu) {
        len = 2;
    } else if (c == 0xE0u) {
        len = 3;
        lo = 0xA0u;
    } else if (c == 0xEDu) {
        len = 3;
        hi = 0x9Fu;
    } else if (c >= 0xE1u && c <= 0xEFu) {
        len = 3;
    } else if (c == 0xF0u) {
        len = 4;
        lo = 0x90u;
    } else if (c >= 0xF1u && c <= 0xF3u) {
        len = 4;
    } else if (c == 0xF4u) {
        len = 4;
        hi = 0x8Fu;
    } else {
        return 0;
    }
    if (s.size() - i < len)
        return 0;
    const unsigned char second = byte_at(s, i + 1);
    if (second < lo || second > hi)
        return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (!is_continuation(byte_at(s, i + k)))
            return 0;
    }
    return len;
}

bool is_space(unsigned char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (byte_at(s, i) < 0x80u) {
            ++i;
            continue;
        }
        const std::size_t len = valid_length(s, i);
        if (len == 0)
            return i;
        i += len;
    }
    return std::nullopt;
}

// Windows-1252 text puts lone high bytes between ASCII letters ("Caf\xE9 ", "\x93kutip\x94"), so its
// invalid spots are stray continuation bytes, 0xF8-0xFF, or lead bytes not followed by enough
// continuation bytes. A lead byte followed by the right number of continuation bytes that still is not
// valid (overlong C0 80, surrogate ED A0 80, F4 90 80 80) is damaged UTF-8 (CESU-8, "modified UTF-8"),
// where telling the user to re-save as "CSV UTF-8" would be the wrong advice. NUL means binary.
void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80u) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800u) {
        out += static_cast<char>(0xC0u | (cp >> 6));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else if (cp < 0x10000u) {
        out += static_cast<char>(0xE0u | (cp >> 12));
        out += static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else {
        out += static_cast<char>(0xF0u | (cp >> 18));
        out += static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu));
        out += static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    }
}

bool looks_like_windows_1252(std::string_view s) {
    if (s.find('\0') != std::string_view::npos)
        return false;
    bool any_invalid = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t len = valid_length(s, i);
        if (len > 0) {
            i += len;
            continue;
        }
        const std::size_t announced = announced_length(byte_at(s, i));
        if (announced > 1 && s.size() - i >= announced) {
            bool complete = true;
            for (std::size_t k = 1; k < announced; ++k)
                complete = complete && is_continuation(byte_at(s, i + k));
            if (complete)
                return false;
        }
        any_invalid = true;
        ++i;
    }
    return any_invalid;
}

std::optional<std::string> utf16_problem(std::string_view s) {
    const bool bom = s.starts_with("\xFF\xFE") || s.starts_with("\xFE\xFF");
    // Without a BOM: ASCII text in UTF-16 has a NUL beside every character ("k\0o\0d\0e\0").
    const bool zeros = s.size() >= 4 && ((s[1] == '\0' && s[3] == '\0' && s[0] != '\0') ||
                                         (s[0] == '\0' && s[2] == '\0' && s[1] != '\0'));
    if (!bom && !zeros)
        return std::nullopt;
    return std::string(
        "berkas tersimpan sebagai UTF-16 (\"Unicode Text\"), bukan UTF-8; simpan sebagai \"CSV UTF-8\" "
        "(atau teks UTF-8)");
}

std::string_view strip_bom(std::string_view s) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (s.substr(0, bom.size()) == bom)
        s.remove_prefix(bom.size());
    return s;
}

std::size_t column_of(std::string_view line, std::size_t byte_offset) {
    const std::size_t end = std::min(byte_offset, line.size());
    std::size_t column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (!is_continuation(byte_at(line, i)))
            ++column;
    }
    return column;
}

std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && is_space(byte_at(s, 0))) {
            s.remove_prefix(1);
        } else if (s.size() >= 2 && byte_at(s, 0) == 0xC2u && byte_at(s, 1) == 0xA0u) {
            s.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!s.empty() && is_space(byte_at(s, s.size() - 1))) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && byte_at(s, s.size() - 2) == 0xC2u && byte_at(s, s.size() - 1) == 0xA0u) {
            s.remove_suffix(2);
        } else {
            break;
        }
    }
    return s;
}

std::string normalize_key(std::string_view s) {
    std::string out(trim(s));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() < b.size())
        std::swap(a, b);
    // One row over the shorter string: suggestions compare short column names, but keys can be long.
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<ControlCharacter> find_control_character(std::string_view s, bool allow_line_feed) {
    // Every cell and every key of every input passes here: one table look-up per byte lets the common byte
    // through, the few that may start a control character are looked at closely.
    static constexpr std::array<bool, 256> kMayStart = [] {
        std::array<bool, 256> t{};
        for (int b = 0; b < 0x20; ++b)
            t[static_cast<std::size_t>(b)] = true;
        t[0x7F] = true;
        t[0xC2] = true;
        return t;
    }();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (!kMayStart[b])
            continue;
        if (b < 0x20 || b == 0x7F) {
            if (b == '\t' || (b == '\n' && allow_line_feed))
                continue;
            return ControlCharacter{i, b};
        }
        // C1 controls are U+0080-U+009F: C2 80 to C2 9F in UTF-8.
        if (b == 0xC2 && i + 1 < s.size()) {
            const auto next = static_cast<unsigned char>(s[i + 1]);
            if (next >= 0x80 && next <= 0x9F)
                return ControlCharacter{i, next};
        }
    }
    return std::nullopt;
}

std::size_t utf16_length(std::string_view s) {
    std::size_t units = 0;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80)
            units += b >= 0xF0 ? 2 : 1;  // a lead byte; four-byte sequences are surrogate pairs in UTF-16
    }
    return units;
}

namespace {

std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3)
        digits.insert(i - 3, ".");
    return digits;
}

}  // namespace

std::optional<std::string> text_field_problem(std::string_view s, bool allow_line_feed) {
    if (const auto c = find_control_character(s, allow_line_feed)) {
        static const char* const kNames[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                             "BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                             "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                             "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
        char code[8];
        std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(c->code_point));
        const std::string name = c->code_point < 0x20    ? std::string(" (") + kNames[c->code_point] + ")"
                                 : c->code_point == 0x7F ? std::string(" (DEL)")
                                                         : std::string();
        return "teks berisi karakter kendali U+" + std::string(code) + name + "; hapus karakter itu";
    }
    // U+FEFF (EF BB BF): a byte-order mark saved twice, or pasted along with text, is invisible in a message.
    if (const std::size_t bom = s.find("\xEF\xBB\xBF"); bom != std::string_view::npos)
        return std::string(
            "teks berisi karakter tak terlihat U+FEFF (tanda urutan byte, BOM; berkas disimpan "
            "dengan BOM ganda?); hapus karakter itu");
    if (s.size() > kMaxCellCharacters) {  // cheap test first: fewer bytes than the limit are fewer units
        if (const std::size_t n = utf16_length(s); n > kMaxCellCharacters)
            return "teks terlalu panjang: " + grouped(n) + " karakter; batas Excel " +
                   grouped(kMaxCellCharacters) + " karakter per sel";
    }
    return std::nullopt;
}

}  // namespace lkjip::text
