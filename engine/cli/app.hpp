#pragma once
// The lkjip command line as a library function, so tests can run commands without a process.
#include <ostream>
#include <string>
#include <vector>

namespace lkjip::cli {

// args excludes the program name. Returns the exit code (see exit_codes.hpp).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace lkjip::cli
