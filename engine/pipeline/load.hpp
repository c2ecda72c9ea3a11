#pragma once
// What compute, check, report, audit and batch share: an input (folder or workbook) read and its
// conventions resolved, with every problem collected.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "compute/performance.hpp"
#include "core/diagnostic.hpp"
#include "input/input_reader.hpp"
#include "model/conventions.hpp"
#include "model/printed_figure.hpp"
#include "pipeline/arguments.hpp"

namespace lkjip::cli {

struct Loaded {
    input::InputRead input;
    std::optional<model::Conventions> conventions;  // absent when they could not be read
    Diagnostics diagnostics;                        // reading and convention problems
};

// Options every command that reads a folder accepts: --config, --set, and the input limits --max-file-mb
// (largest input file, MiB; default 64) and --max-rows (rows per CSV table; default 1.000.000).
std::vector<OptionSpec> convention_options();

// A command's own options followed by convention_options().
std::vector<OptionSpec> with_convention_options(std::vector<OptionSpec> own);

// The limits given on the command line, or the defaults. Throws UsageError for a bad value.
input::CsvLimits input_limits(const ParsedArguments& args);

// Reads an input folder, or an input workbook when `path` ends in .xlsx.
Loaded load_input(const std::string& path, const ParsedArguments& args);

// Computes a loaded folder, refusing it (InputErrors) when reading or the roll-up found an error. The
// result's diagnostics hold every warning in one list, the reading ones first. `loaded` must outlive it.
compute::Performance compute_loaded(const Loaded& loaded);

// The figures as printed in a draft, for the audit: from `printed_file` when given (--printed), else the
// input workbook's "Angka Tercetak" sheet, else the folder's angka_tercetak.csv. Problems go to
// loaded.diagnostics; when there are none to read and `required`, that is an error too. `source` is set
// to the file they were read from (to keep outputs from overwriting it).
std::vector<model::PrintedFigure> load_printed_figures(const std::string& input_path, Loaded& loaded,
                                                       const std::string& printed_file, bool required,
                                                       std::string* source = nullptr);

// Writes each warning of `diagnostics` as a line on `err`.
void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err);

// Conventions without a folder (for calc): default, --config, --set.
model::Conventions load_conventions_only(const ParsedArguments& args);

}  // namespace lkjip::cli
