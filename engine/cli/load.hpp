#pragma once
// What compute, check (and later report and audit) share: an input folder read and its conventions
// resolved, with every problem collected.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "compute/performance.hpp"
#include "core/diagnostic.hpp"
#include "input/folder_reader.hpp"
#include "model/conventions.hpp"

namespace lkjip::cli {

struct Loaded {
    input::FolderRead folder;
    std::optional<model::Conventions> conventions;  // absent when they could not be read
    Diagnostics diagnostics;                        // reading and convention problems
};

// Options every command that reads a folder accepts: --config, --set, and the input limits --max-file-mb
// (largest input file, MiB; default 64) and --max-rows (rows per CSV table; default 1.000.000).
std::vector<OptionSpec> convention_options();

// The limits given on the command line, or the defaults. Throws UsageError for a bad value.
input::CsvLimits input_limits(const ParsedArguments& args);

Loaded load_folder(const std::string& dir, const ParsedArguments& args);

// Computes a loaded folder, refusing it (InputErrors) when reading or the roll-up found an error. The
// result's diagnostics hold every warning in one list, the reading ones first. `loaded` must outlive it.
compute::Performance compute_loaded(const Loaded& loaded);

// Writes each warning of `diagnostics` as a line on `err`.
void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err);

// Conventions without a folder (for calc): default, --config, --set.
model::Conventions load_conventions_only(const ParsedArguments& args);

}  // namespace lkjip::cli
