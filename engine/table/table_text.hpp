#pragma once
// A table as plain text, one line per row with cells separated by " | ": what `lkjip report --dump`
// prints and what the golden tests compare. Formulas are shown after their value in the table model's
// own notation ({R0C4} = body row 0, column 4), merged cells as "^" (covered from above) or "<" (from the
// left), n/a with its reason.
#include <string>

#include "table/table.hpp"

namespace lkjip::table {

std::string to_text(const Table& t);

}  // namespace lkjip::table
