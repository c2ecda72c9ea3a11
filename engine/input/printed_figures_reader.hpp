#pragma once
// angka_tercetak.csv: the figures as printed in a draft LKjIP (format: fixtures/README.md).
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "model/printed_figure.hpp"

namespace lkjip::input {

// The besaran the audit knows (the vocabulary of quantities); anything else is refused with a suggestion.
const std::vector<std::string>& printed_quantities();

// Reads the file's text; problems go to `diagnostics` (file:line:column, in Bahasa Indonesia).
std::vector<model::PrintedFigure> read_printed_figures(std::string_view content, const std::string& file,
                                                       Diagnostics& diagnostics);
// The same from a table already read (a workbook's "Angka Tercetak" sheet).
std::vector<model::PrintedFigure> read_printed_figures(const CsvTable& table, Diagnostics& diagnostics);

}  // namespace lkjip::input
