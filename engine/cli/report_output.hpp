#pragma once
// Writing a report model to its files (XLSX and PDF) as one all-or-nothing set.
#include <ctime>
#include <string>
#include <vector>

#include "model/opd.hpp"
#include "table/table.hpp"

namespace lkjip::cli {

struct ReportFiles {
    std::string folder;               // created when missing
    std::string name;                 // file name without extension
    std::vector<std::string> inputs;  // never overwritten
    bool replace_existing = false;    // --force
    std::string font_regular;         // --font / --font-bold; empty = bundled DejaVu Sans (PdfOptions)
    std::string font_bold;
};

// The document date stored in the files: fixed for a report so reviewers can compare files byte for byte.
// SOURCE_DATE_EPOCH (the reproducible-builds convention) overrides it; otherwise 1 January of the year
// after the reporting year, when LKjIPs are written.
std::time_t document_time(int tahun);

// "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian": ASCII, lower case, no spaces.
std::string default_report_name(const model::Profile& profile);

// Returns the paths written. Throws OutputError; on failure no file is left behind.
std::vector<std::string> write_report_files(const table::Report& report, const ReportFiles& files);

}  // namespace lkjip::cli
