#pragma once
// An .xlsx workbook read into plain sheets of cell texts, as a person sees them in an Indonesian Excel:
// numbers in full precision with a decimal comma, percentages and dates as their formats show them,
// booleans as BENAR/SALAH. Nothing is interpreted beyond that: mapping sheets onto input tables is the
// caller's job. Every problem throws InputError located at the workbook file, naming the zip entry or
// the cell (in Excel's own syntax, "IKU!D7") in the message.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/cell_reference.hpp"

namespace lkjip::input::xlsx {

struct WorkbookLimits {
    // The .xlsx file itself, and each zip entry uncompressed.
    std::size_t max_file_bytes = 64u * 1024u * 1024u;
    // All entries read, uncompressed, added up (zip bombs).
    std::size_t max_total_bytes = 256u * 1024u * 1024u;
    // Non-empty rows per sheet.
    std::size_t max_rows = 1'000'000;
};

// Text: shared, inline and formula strings. Number: numbers, whether shown plain ("70,58"), as a percentage
// ("70,58 %") or as a date ("2023-12-31", "2023-12-31 08:30:00"), and ISO dates (t="d"). Boolean: "BENAR"
// or "SALAH". Error: "#DIV/0!", "#N/A", ... as stored. Uncached: a formula saved without its value (text "").
enum class CellKind { Text, Number, Boolean, Error, Uncached };

struct SheetCell {
    std::size_t column = 0;  // 1-based (A = 1)
    std::string text;        // what the cell shows; never empty unless kind is Uncached
    CellKind kind = CellKind::Text;
    bool formula = false;  // the cell holds a formula (its cached value is `text`)
};

struct SheetRow {
    std::size_t row = 0;           // 1-based
    std::vector<SheetCell> cells;  // only non-empty cells, ascending columns
};

struct Sheet {
    std::string name;
    bool hidden = false;         // state="hidden" or "veryHidden"
    std::vector<SheetRow> rows;  // only rows with a non-empty cell, ascending
};

struct Workbook {
    std::string file;
    std::vector<Sheet> sheets;  // worksheets in workbook order (chartsheets skipped)
};

// Reads bytes already in memory (used by the fuzz target and by read_workbook_file). `file` names the
// workbook in messages.
Workbook read_workbook(std::string_view bytes, const std::string& file, const WorkbookLimits& limits = {});
// Refuses a file larger than max_file_bytes before reading it.
Workbook read_workbook_file(const std::string& path, const WorkbookLimits& limits = {});

// Cell addresses (core/cell_reference.hpp), as the reader's messages write them.
using lkjip::cell_reference;
using lkjip::column_letters;
using lkjip::sheet_cell_reference;

}  // namespace lkjip::input::xlsx
