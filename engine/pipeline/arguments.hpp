#pragma once
// Command-line options, parsed by hand so every message is in Bahasa Indonesia and unknown flags get a
// "did you mean". Flags are English-style (--json, --config); values may follow as "--x V" or "--x=V".
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace lkjip::cli {

// A usage mistake: exit code 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// What a value (or a command's operand) is, so the shell completion can offer the right candidates.
enum class ValueKind {
    None,        // a flag, or a command without operands
    Text,        // free text or a number
    File,        // an existing file
    Folder,      // a folder (to read, or to write into)
    Input,       // an input: a folder or a workbook .xlsx
    Choice,      // one of OptionSpec::choices
    Convention,  // KEY=VALUE of the convention table (--set)
};

// One option, as the parser reads it and as --help, the man page and the completion describe it (the same
// entry for all of them, so they cannot disagree).
struct OptionSpec {
    std::string name;  // without the dashes
    bool takes_value = false;
    bool repeatable = false;
    char short_name = 0;       // e.g. 'o' for -o; 0 = none
    std::string value_name{};  // the placeholder shown in help, e.g. "BERKAS"
    std::string help{};        // one sentence in Bahasa Indonesia
    ValueKind kind = ValueKind::None;
    std::vector<std::string> choices{};  // for ValueKind::Choice
};

struct ParsedArguments {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;  // option -> values (flags get one "")

    bool has(const std::string& name) const { return values.count(name) > 0; }
    std::string value(const std::string& name) const;  // "" when absent
    std::vector<std::string> all(const std::string& name) const;
};

ParsedArguments parse_arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

// True when -h or --help stands among `args` as an option (not as the value of an option that takes one,
// nor after "--"). Checked before parsing, so help wins over any other mistake on the line.
bool asks_for_help(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

}  // namespace lkjip::cli
