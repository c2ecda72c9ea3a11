#pragma once
// Reads one OPD-year input folder (see fixtures/README.md) into the model, collecting every problem
// instead of stopping at the first, so `lkjip check` can list them all.
#include <string>

#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "input/input_reader.hpp"

namespace lkjip::input {

// Never throws InputError for data problems: they go to `diagnostics` (the model then holds what could be
// read). Throws InputError only when the folder itself cannot be used (missing, not a folder).
InputRead read_folder(const std::string& folder, Diagnostics& diagnostics, const CsvLimits& limits = {});

}  // namespace lkjip::input
