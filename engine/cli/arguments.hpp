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

struct OptionSpec {
    std::string name;  // without the dashes
    bool takes_value = false;
    bool repeatable = false;
    char short_name = 0;  // e.g. 'o' for -o; 0 = none
};

struct ParsedArguments {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;  // option -> values (flags get one "")

    bool has(const std::string& name) const { return values.count(name) > 0; }
    std::string value(const std::string& name) const;  // "" when absent
    std::vector<std::string> all(const std::string& name) const;
};

ParsedArguments parse_arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

}  // namespace lkjip::cli
