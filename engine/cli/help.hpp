#pragma once
// The help texts, made from the command table (command.hpp): `lkjip help` and `lkjip COMMAND --help`.
#include <string>
#include <string_view>

#include "cli/command.hpp"

namespace lkjip::cli {

// The option every command takes besides its own: -h, --help.
const OptionSpec& help_option();

// "-o, --output FOLDER" / "--json": how an option is written in help and in the man page.
std::string option_synopsis(const OptionSpec& option);

// `text` broken into lines of at most `width` columns (words are never split), each line after the first
// starting with `indent` spaces; the first line starts at column `first_column`.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent, std::size_t first_column);

// lkjip help COMMAND, lkjip COMMAND --help.
std::string command_help(const Command& command);

// The exit codes (exit_codes.hpp) as the help and the man page explain them.
struct ExitCodeHelp {
    int code;
    std::string meaning;
};
const std::vector<ExitCodeHelp>& exit_code_help();

// One line: what lkjip is.
extern const char* const kProgramSummary;

// lkjip help, lkjip --help: every command with its summary, the exit codes.
std::string overview_help();

}  // namespace lkjip::cli
