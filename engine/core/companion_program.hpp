#pragma once
// The programs installed with lkjip that do one job apart from it: lkjip-pdf-words (reads a draft PDF with
// poppler) and lkjip-serve (the web page, with cpp-httplib). Keeping their libraries out of the `lkjip`
// binary keeps every other command's start-up free of loading them.
#include <optional>
#include <string>

namespace lkjip {

// Where `name` is: in $LKJIP_LIBEXECDIR when it is set, beside the running executable (the build tree and a
// plain copy), one folder up (the test programs under build/tests), or in ../libexec/lkjip (an installed
// lkjip: bin/ and libexec/lkjip/). Empty when none of these holds an executable file of that name.
std::optional<std::string> find_companion_program(const std::string& name);

// The same, or a std::runtime_error saying lkjip is installed incompletely and where it looked.
std::string companion_program(const std::string& name);

}  // namespace lkjip
