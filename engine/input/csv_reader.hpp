#pragma once
// CSV as Excel and LibreOffice save it in Indonesia: ';' or ',' separators, quoted fields with "" escapes
// and embedded newlines, CRLF/LF/CR line ends, an optional UTF-8 BOM. Malformed input throws InputError
// naming the file, line and column; the reader never guesses.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace lkjip::input {

struct CsvLimits {
    std::size_t max_file_bytes = 64u * 1024u * 1024u;  // a whole OPD's data is a few hundred KiB
    std::size_t max_field_bytes = 1024u * 1024u;       // a 16 MB "line" is refused, not loaded
    std::size_t max_rows = 1'000'000;
};

struct CsvCell {
    std::string text;        // unquoted, unescaped, trimmed of surrounding spaces/tabs (not inside quotes)
    std::size_t line = 0;    // physical line (1-based) where the field starts
    std::size_t column = 0;  // 1-based field number in its record
};

struct CsvRow {
    std::size_t line = 0;        // physical line where the record starts
    std::vector<CsvCell> cells;  // always header.size() cells (trailing empty extras are dropped)
};

struct CsvTable {
    std::string file;  // name used in messages
    char separator = ';';
    std::vector<std::string> header;  // trimmed, lower-cased (ASCII) column names
    std::size_t header_line = 1;
    std::vector<CsvRow> rows;  // data rows; blank rows and comment rows are skipped
    // Set when the table is a sheet of an input workbook: line is then the sheet row, a cell's column its
    // sheet column, and messages name the cell as Excel does ("Indikator!D7").
    std::string sheet;
    std::vector<std::size_t> header_columns;  // sheet column of each header name (workbooks only)

    // Where a cell (or, with column 0, a row) is, for messages.
    SourceLocation at(std::size_t line, std::size_t column = 0) const;
    // The column number of the index-th header name: the field number in a CSV, the sheet column in a
    // workbook.
    std::size_t header_column(std::size_t index) const;

    // Index of a header column, or -1.
    int column_index(std::string_view name) const;
};

// Reads a whole CSV document. `file` is only used in messages.
// - Separator: decided from the header line, outside quotes: ';' if it has any, else ',' if it has any,
//   else '\t' if it has any; a header with one column and no separator is accepted with ';'.
// - The first non-blank, non-comment record is the header. Header names must be non-empty and unique.
// - A record whose first field starts with '#' is a comment (however many separators follow it).
// - A record with every field empty is skipped.
// - A record with more fields than the header is an error unless every extra field is empty.
//   A record with fewer fields is an error ("kolom kurang: diharapkan 6, ditemukan 4").
// - Errors (all InputError, message in Bahasa Indonesia, location = file:line:column):
//   empty file ("berkas kosong"), binary content (a NUL byte), invalid UTF-8 (with a hint when the bytes
//   look like Windows-1252: "simpan ulang sebagai CSV UTF-8"), an unterminated quote (names the line where
//   the quoted field opened), a quote inside an unquoted field, characters after a closing quote,
//   a field or file beyond the limits, more rows than allowed.
CsvTable read_csv(std::string_view content, const std::string& file, const CsvLimits& limits = {});

}  // namespace lkjip::input
