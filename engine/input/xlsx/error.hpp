#pragma once
// How the .xlsx reader fails. Every problem is an InputError located at the workbook file: a line and
// column inside a zip entry mean nothing to someone looking at the spreadsheet, so the entry, the XML
// position or the cell ("IKU!D7") is written into the message instead.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"

namespace lkjip::input::xlsx {

[[noreturn]] inline void fail(const std::string& file, const std::string& message) {
    throw InputError(SourceLocation::in_file(file), message);
}

// "1.000.000": counts in messages use Indonesian grouping, like the CSV reader's.
std::string grouped_count(std::size_t n);

// "64 MiB", "48 KiB", "1000 byte": a size limit as it was most likely set.
std::string size_text(std::size_t bytes);

// `"value"` for a message, cut to 40 characters (on a UTF-8 boundary) so that a 10 MB cell does not become
// a 10 MB message.
std::string quoted_excerpt(std::string_view value);

}  // namespace lkjip::input::xlsx
