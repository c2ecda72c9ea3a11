#pragma once
// The bash completion script, written from the command table (command.hpp) and the convention table:
// commands, each command's options, option values (files, folders, choices), --set keys and their choices,
// and operands (input folders and .xlsx workbooks). Generated at build time by lkjip_docs (docs_main.cpp)
// and installed as share/bash-completion/completions/lkjip.
#include <string>

namespace lkjip::cli {

std::string bash_completion();

}  // namespace lkjip::cli
