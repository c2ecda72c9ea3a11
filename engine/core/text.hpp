#pragma once
// Text checks shared by readers and renderers: invalid UTF-8 must never reach an output file
// (libxlsxwriter accepts it silently and writes a workbook that will not open).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lkjip::text {

// Byte offset of the first invalid UTF-8 sequence (overlongs, surrogates, > U+10FFFF, truncated), or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// True when the bytes around an invalid sequence look like Windows-1252 / Latin-1 text
// (a byte in 0x80-0xFF that is not part of valid UTF-8, in otherwise printable text).
bool looks_like_windows_1252(std::string_view s);

// A control character where a text field is read: C0 (U+0000-U+001F) except tab (and line feed where a
// field may hold line breaks), DEL (U+007F) and C1 (U+0080-U+009F). They reach terminals as escape
// sequences and cut XLSX text at a NUL. `s` must be valid UTF-8.
struct ControlCharacter {
    std::size_t offset = 0;  // byte offset in the text
    char32_t code_point = 0;
};
std::optional<ControlCharacter> find_control_character(std::string_view s, bool allow_line_feed);

// Excel's limit on the characters of one cell, counted in UTF-16 code units as Excel counts them.
constexpr std::size_t kMaxCellCharacters = 32767;
std::size_t utf16_length(std::string_view s);

// What makes `s` unfit for a report cell, in Bahasa Indonesia ("teks berisi karakter kendali U+001B (ESC);
// hapus karakter itu", "teks terlalu panjang: 40.000 karakter; batas Excel 32.767 karakter per sel"), or
// nullopt. `s` must be valid UTF-8.
std::optional<std::string> text_field_problem(std::string_view s, bool allow_line_feed);

// The message for text saved as UTF-16 (a UTF-16 byte-order mark, or NULs beside ASCII characters), which
// would otherwise be called binary or invalid UTF-8; nullopt for anything else.
std::optional<std::string> utf16_problem(std::string_view s);

// Strips a leading UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view s);

// 1-based character (code point) column of a byte offset within its line, for messages.
std::size_t column_of(std::string_view line, std::size_t byte_offset);

// ASCII lower-case and trimmed of spaces, tabs and NBSP.
std::string normalize_key(std::string_view s);
std::string_view trim(std::string_view s);

// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace lkjip::text
