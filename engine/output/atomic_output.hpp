#pragma once
// Outputs appear whole or not at all: written to a temporary sibling, then moved into place with a rename
// that never replaces a file it does not mean to (RENAME_NOREPLACE), so that "never overwritten without
// --force" holds even when two runs write into one folder at once. A failure leaves nothing behind and
// throws OutputError with a message in Bahasa Indonesia that names the path and the system's reason.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lkjip::output {

// Moves `from` to `to` only if nothing is at `to`, atomically (renameat2 RENAME_NOREPLACE; on a file
// system without it, link + unlink, which fails the same way). Returns 0 or the errno (EEXIST when `to`
// exists).
int rename_without_replacing(const std::string& from, const std::string& to);

// "<path>: galat: berkas sudah ada; lkjip tidak menimpanya (pakai --force untuk mengganti)" and the like:
// the message for a failed move of a finished output into `path`.
std::string placing_failed(const std::string& path, int error_number);

// Refuses to replace an existing file unless `replace_existing`.
void write_file_atomically(const std::string& path, std::string_view content, bool replace_existing);

// Creates `folder` holding `files` (relative name -> content). Refuses when `folder` exists and is not an
// empty folder: lkjip never overwrites what the user has.
void create_folder_atomically(const std::string& folder,
                              const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace lkjip::output
