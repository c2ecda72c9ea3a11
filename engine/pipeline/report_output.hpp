#pragma once
// Writing a report model to its files (XLSX and PDF) as one all-or-nothing set.
#include <ctime>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "document/document.hpp"
#include "model/opd.hpp"
#include "pipeline/arguments.hpp"
#include "table/table.hpp"

namespace lkjip::cli {

// Which files a report is written as (`--format pdf,xlsx,docx`; all three by default).
struct Formats {
    bool xlsx = true;
    bool pdf = true;
    bool docx = true;
};

// Parses a comma-separated list of pdf, xlsx and docx (each at most once, at least one). Throws UsageError
// naming `option` and the closest name for a misspelt one.
Formats parse_formats(const std::string& list, const std::string& option = "--format");

struct ReportFiles {
    std::string folder;               // created when missing
    std::string name;                 // file name without extension
    std::vector<std::string> inputs;  // never overwritten
    bool replace_existing = false;    // --force
    std::string font_regular;         // --font / --font-bold; empty = bundled DejaVu Sans (PdfOptions)
    std::string font_bold;
    bool remove_stale = true;  // first remove the temporaries that dead lkjip runs left in `folder`
    // The whole LKjIP; null for a report that has no document (the audit's lembar reviu, batch's recap):
    // then the PDF holds the tables only and no DOCX is written.
    const document::Document* document = nullptr;
    // --tables-only: the PDF holds the tables only; the DOCX is still the whole document (staff finish the
    // whole LKjIP in Word).
    bool tables_only_pdf = false;
    Formats formats;        // the DOCX only where there is a document
    bool a3_paper = false;  // the tables-only PDF on A3 (the Renja evaluation form is too wide for A4)
    std::string document_name = "LKjIP";  // in the PDF's page footer
};

// The document date stored in every file (XLSX and PDF): fixed for a report so reviewers can compare files
// byte for byte. SOURCE_DATE_EPOCH (the reproducible-builds convention: whole seconds since 1970-01-01
// UTC, up to the end of year 9999) overrides it; otherwise 1 January of the year after the reporting
// year, when LKjIPs are written. 0 is stored as 00:00:01 of 1970-01-01: libxlsxwriter takes 0 for "now".
// Throws UsageError for a SOURCE_DATE_EPOCH that is not such a number.
std::time_t document_time(int tahun);

// Checks SOURCE_DATE_EPOCH before a command reads or writes anything. Throws UsageError.
void check_source_date_epoch();

// Checks a --name: a plain file name (no folder separators, not empty, not "." or "..", no control
// characters, not hidden). Throws UsageError naming the option.
void check_output_name(const std::string& name, const std::string& option = "--name");

// `own` followed by --font and --font-bold (the PDF's TrueType faces), for every command that writes a PDF.
std::vector<OptionSpec> with_font_options(std::vector<OptionSpec> own);

// Everything about a command's outputs that can be checked before any input is read (with -o): --name, the
// document date, the output folder against every one of `inputs`, and each --font file (read through
// input/file_access like every input). Throws UsageError, OutputError or InputError.
void check_outputs_before_reading(const ParsedArguments& parsed, const std::vector<std::string>& inputs);

// "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian": ASCII, lower case, no spaces.
std::string default_report_name(const model::Profile& profile);

// Throws `e` again with `temporary` replaced by `final_path`: a renderer's message names the temporary
// file it was given; the user knows the final name.
[[noreturn]] void rethrow_naming_final(const OutputError& e, const std::string& temporary,
                                       const std::string& final_path);

// Returns the paths written. Throws OutputError; on failure no file is left behind.
std::vector<std::string> write_report_files(const table::Report& report, const ReportFiles& files);

}  // namespace lkjip::cli
