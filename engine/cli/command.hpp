#pragma once
// A command of lkjip as data: its name, what it does, its usage lines and its options. The parser, `--help`,
// `lkjip help`, the man page and the bash completion all read the same entry, so adding a command is one
// entry in the table of app.cpp and its help is written once, beside the command's code.
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/arguments.hpp"

namespace lkjip::cli {

struct Command {
    std::string name{};                 // "compute"
    std::string summary{};              // one line, for the list of commands
    std::vector<std::string> usage{};   // each line of the synopsis after "lkjip NAME "
    std::string description{};          // paragraphs separated by "\n\n", wrapped when printed
    std::vector<OptionSpec> options{};  // everything the command accepts (-h/--help is added by app.cpp)
    ValueKind operands = ValueKind::None;
    int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) = nullptr;
};

// Every command, in the order `lkjip help` lists them (defined in app.cpp).
const std::vector<const Command*>& all_commands();

// The command named `name`, or nullptr.
const Command* find_command(const std::string& name);

// "pemakaian: lkjip NAME ..." with every usage line of `command`, as a UsageError.
UsageError usage_error(const Command& command);

}  // namespace lkjip::cli
