#include "pipeline/arguments.hpp"

#include "input/property_file.hpp"

namespace lkjip::cli {

std::string ParsedArguments::value(const std::string& name) const {
    auto it = values.find(name);
    return it == values.end() || it->second.empty() ? std::string() : it->second.back();
}

std::vector<std::string> ParsedArguments::all(const std::string& name) const {
    auto it = values.find(name);
    return it == values.end() ? std::vector<std::string>() : it->second;
}

ParsedArguments parse_arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    ParsedArguments out;
    bool only_positional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positional || arg.size() < 2 || arg[0] != '-' || arg == "-") {
            out.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        std::string name = arg.substr(arg[1] == '-' ? 2 : 1);
        std::string inline_value;
        bool has_inline = false;
        if (const std::size_t eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
            has_inline = true;
        }
        // "-j4": a short option with its value attached, as getopt reads it.
        if (arg[1] != '-' && !has_inline && name.size() > 1) {
            for (const OptionSpec& s : specs) {
                if (s.takes_value && s.short_name == name[0]) {
                    inline_value = name.substr(1);
                    name = name.substr(0, 1);
                    has_inline = true;
                }
            }
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& s : specs) {
            if (s.name == name || (name.size() == 1 && s.short_name != 0 && name[0] == s.short_name))
                spec = &s;
        }
        if (!spec) {
            std::vector<std::string> known;
            for (const OptionSpec& s : specs)
                known.push_back(s.name);
            std::string message = "opsi tidak dikenal: " + arg;
            if (const std::string hint = suggest(name, known); !hint.empty()) {
                message += "; maksud Anda --" + hint + "?";
            }
            throw UsageError(message);
        }
        if (out.has(spec->name) && !spec->repeatable)
            throw UsageError("opsi --" + spec->name + " diberikan dua kali");
        if (spec->takes_value) {
            if (!has_inline) {
                if (i + 1 >= args.size())
                    throw UsageError("opsi --" + spec->name + " memerlukan nilai");
                inline_value = args[++i];
            }
            out.values[spec->name].push_back(inline_value);
        } else {
            if (has_inline)
                throw UsageError("opsi --" + spec->name + " tidak menerima nilai");
            out.values[spec->name].push_back("");
        }
    }
    return out;
}

bool asks_for_help(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h")
            return true;
        if (arg.size() < 2 || arg[0] != '-' || arg.find('=') != std::string::npos)
            continue;
        const std::string name = arg.substr(arg[1] == '-' ? 2 : 1);
        for (const OptionSpec& s : specs) {
            if (s.takes_value && (s.name == name || (name.size() == 1 && name[0] == s.short_name)))
                ++i;  // its value, whatever it looks like
        }
    }
    return false;
}

}  // namespace lkjip::cli
