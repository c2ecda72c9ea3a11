#pragma once
// Outputs appear whole or not at all: written to a temporary sibling, then renamed into place. A failure
// leaves nothing behind and throws OutputError with a message in Bahasa Indonesia.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lkjip::output {

// Refuses to replace an existing file unless `replace_existing`.
void write_file_atomically(const std::string& path, std::string_view content, bool replace_existing);

// Creates `folder` holding `files` (relative name -> content). Refuses when `folder` exists and is not an
// empty folder: lkjip never overwrites what the user has.
void create_folder_atomically(const std::string& folder,
                              const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace lkjip::output
