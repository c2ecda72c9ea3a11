#pragma once
// The reason the system gave for a failed file operation, in Bahasa Indonesia for the common cases
// ("izin ditolak", "disk penuh"), else the C library's text. Every message about a file that could not
// be read or written ends with it.
#include <string>

namespace lkjip {

std::string system_reason(int error_number);

}  // namespace lkjip
