#pragma once
// The input workbook (`lkjip init --xlsx`) as an .xlsx file: an instruction sheet, one sheet per table
// with a frozen, coloured header whose comments explain each column, text-formatted code columns, number
// formats and validation on number columns, drop-down lists for choices.
#include <ctime>
#include <string>

#include "table/input_form.hpp"

namespace lkjip::render::xlsx {

// Writes `path` (the caller passes a temporary path and renames it on success); `created` is the
// document's creation time, fixed so that the same input gives the same bytes. Throws OutputError.
void render_input_form(const table::InputForm& form, const std::string& path, std::time_t created);

}  // namespace lkjip::render::xlsx
