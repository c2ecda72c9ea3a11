#pragma once
// An input workbook (.xlsx, as `lkjip init --xlsx` writes it and Excel or LibreOffice save it) read into
// the same model as an input folder. Each sheet becomes the table it holds, found by its name or, when the
// user renamed it, by its header row; cells keep their place, so messages say "Indikator!D7".
#include <string>

#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "input/input_reader.hpp"
#include "input/xlsx/workbook.hpp"

namespace lkjip::input {

// Throws InputError when the file is not a readable workbook; data problems go to `diagnostics`.
InputRead read_workbook_input(const std::string& path, Diagnostics& diagnostics,
                              const CsvLimits& limits = {});

// The same from a workbook already read into sheets (what the tests build in memory).
InputRead read_workbook_sheets(const xlsx::Workbook& workbook, Diagnostics& diagnostics);

}  // namespace lkjip::input
