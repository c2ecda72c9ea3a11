#pragma once
// An input workbook to be filled in by planning staff (`lkjip init --xlsx`), renderer-neutral: which
// sheets, which columns with what explanation, format and choices, and the rows already filled in. The
// XLSX renderer draws it; the workbook reader (input/workbook_reader) reads the result back.
#include <string>
#include <vector>

namespace lkjip::table {

// How a column is formatted and what Excel lets the user type in it.
enum class FormFormat {
    Text,     // stored as text ("@"): codes and NIP stay as typed, never turned into numbers or dates
    General,  // a number or a text (targets may be ranges: "80 - 90")
    Decimal,  // a number, decimals allowed
    Rupiah,   // a whole, non-negative amount, shown with thousands separators
    Year,     // a whole number 1990-2100
    Whole,    // a whole, non-negative number
};

struct FormColumn {
    std::string header;
    std::string help;  // shown as the header cell's comment
    FormFormat format = FormFormat::Text;
    std::vector<std::string> choices;  // non-empty: a drop-down list
    bool required = false;             // the header says so (bold and marked)
    double width = 14.0;               // in Excel character widths
};

struct FormCell {
    enum class Kind { Empty, Text, Number };
    Kind kind = Kind::Empty;
    std::string text;
    double number = 0.0;

    static FormCell of_text(std::string s) { return {Kind::Text, std::move(s), 0.0}; }
    static FormCell of_number(double v) { return {Kind::Number, {}, v}; }
};

struct FormSheet {
    std::string name;
    std::string purpose;  // one line, listed on the instruction sheet
    std::vector<FormColumn> columns;
    std::vector<std::vector<FormCell>> rows;  // each as long as `columns`
};

struct InputForm {
    std::string title;                      // "Masukan lkjip: <OPD> <pemda> Tahun <N>"
    int tahun = 0;                          // the reporting year, when the profile states one
    std::vector<std::string> instructions;  // paragraphs of the instruction sheet
    std::vector<FormSheet> sheets;
};

}  // namespace lkjip::table
