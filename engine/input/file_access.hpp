#pragma once
// The one place where lkjip opens the user's files (CSV tables, the profile, input workbooks, --printed,
// --config, --font, table templates). Only a regular file is read: a FIFO, a device (/dev/zero), a socket
// or a folder is refused by name before anything could block or grow without end, and no read goes past
// the size limit whatever the file turns out to be. Every refusal is an InputError naming the path.
#include <cstddef>
#include <string>

namespace lkjip::input {

inline constexpr std::size_t kDefaultMaxFileBytes = 64u * 1024u * 1024u;

// Reads the whole file. Throws InputError naming the path: missing, a broken or looping symbolic link,
// not a regular file, unreadable, or larger than max_bytes (checked while reading, not only from stat).
std::string read_text_file(const std::string& path, std::size_t max_bytes = kDefaultMaxFileBytes);

// The checks of read_text_file without the reading, for a file a library opens itself (a --font file):
// a regular file, readable, not larger than max_bytes. Throws InputError naming the path.
void check_readable_file(const std::string& path, std::size_t max_bytes = kDefaultMaxFileBytes);

// True when something is at `path`, even when it cannot be read (a broken or looping link, a FIFO): the
// caller then reads it and gets the precise refusal instead of "missing".
bool file_exists(const std::string& path);

// "1,9 MiB", "512 KiB", "73 B": a size as the messages show it.
std::string size_text(unsigned long long bytes);

}  // namespace lkjip::input
