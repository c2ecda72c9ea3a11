#pragma once
// lkjip.1, the manual page, written in roff from the command table (command.hpp), the exit codes and the
// convention table: the same text as --help, so the two cannot disagree. Generated at build time by
// lkjip_docs (docs_main.cpp) and installed by `cmake --install`.
#include <string>
#include <string_view>

namespace lkjip::cli {

// `text` safe as roff running text: backslashes escaped, a leading "." or "'" neutralised.
std::string roff_escape(std::string_view text);

std::string man_page();

}  // namespace lkjip::cli
