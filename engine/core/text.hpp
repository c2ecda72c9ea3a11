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
