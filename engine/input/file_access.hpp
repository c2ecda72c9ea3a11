#pragma once
// Reading the user's files: a clear message for a missing, unreadable or oversized file.
#include <cstddef>
#include <string>

namespace lkjip::input {

// Throws InputError naming the path. Files larger than max_bytes are refused before they are read.
std::string read_text_file(const std::string& path, std::size_t max_bytes = 64u * 1024u * 1024u);

bool file_exists(const std::string& path);

}  // namespace lkjip::input
