#pragma once
// The input workbook of `lkjip init --xlsx`: every table of the input catalogue as a sheet, filled in
// from an input folder (`--from DIR`) or from the bundled example, so that a folder and a workbook hold
// the same data and read back to the same model.
#include <functional>
#include <optional>
#include <string>

#include "table/input_form.hpp"

namespace lkjip::input {

// The content of a file of an input folder by its name ("profil.ini"), or nothing when it is absent.
using InputFiles = std::function<std::optional<std::string>(const std::string& name)>;

// `source` names the folder in messages. Throws InputError when a file cannot be read as CSV or as a
// profile: a workbook cannot carry what a broken file meant (run `lkjip check` on the folder first).
table::InputForm build_input_form(const InputFiles& files, const std::string& source);

// The files of an input folder on disk, and of the bundled example (templates/kerangka-masukan/).
InputFiles folder_files(const std::string& folder);
InputFiles example_files();

}  // namespace lkjip::input
