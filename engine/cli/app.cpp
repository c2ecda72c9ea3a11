#include "cli/app.hpp"

#include <clocale>
#include <exception>

#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/help.hpp"
#include "core/diagnostic.hpp"
#include "core/version.hpp"
#include "input/property_file.hpp"
#include "pipeline/arguments.hpp"

namespace lkjip::cli {

// The command table: a new command is one entry here (its help and options live beside its code).
const std::vector<const Command*>& all_commands() {
    static const std::vector<const Command*> commands = {
        &compute_command_info(), &check_command_info(), &calc_command_info(),
        &report_command_info(),  &audit_command_info(), &batch_command_info(),
        &init_command_info(),    &serve_command_info(), &evaluasi_command_info(),
    };
    return commands;
}

const Command* find_command(const std::string& name) {
    for (const Command* c : all_commands()) {
        if (c->name == name)
            return c;
    }
    return nullptr;
}

UsageError usage_error(const Command& command) {
    std::string message = "pemakaian:";
    for (std::size_t i = 0; i < command.usage.size(); ++i) {
        message += std::string(i == 0 ? " " : "\n           ") + "lkjip " + command.name;
        if (!command.usage[i].empty())
            message += " " + command.usage[i];
    }
    return UsageError(message);
}

namespace {

// The command named `name`, or a UsageError with the closest name as a suggestion.
const Command& command_named(const std::string& name) {
    if (const Command* c = find_command(name))
        return *c;
    std::vector<std::string> names;
    for (const Command* c : all_commands())
        names.push_back(c->name);
    std::string message = "perintah tidak dikenal: " + name;
    if (const std::string hint = suggest(name, names); !hint.empty())
        message += "; maksud Anda " + hint + "?";
    throw UsageError(message);
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Numbers are formatted by lkjip itself; the C library must never write "82,5" into a file.
    std::setlocale(LC_NUMERIC, "C");
    std::string help_hint = "lkjip --help";  // where a usage error sends the reader
    try {
        if (args.empty()) {
            out << overview_help();
            return kUsage;
        }
        const std::string& first = args.front();
        const bool help_alone =
            first == "help" && (args.size() == 1 || args[1] == "--help" || args[1] == "-h");
        if (first == "--help" || first == "-h" || help_alone) {
            out << overview_help();
            return kOk;
        }
        if (first == "help") {
            if (args.size() > 2)
                throw UsageError("pemakaian: lkjip help [PERINTAH]");
            out << command_help(command_named(args[1]));
            return kOk;
        }
        if (first == "--version") {
            out << "lkjip " << kVersion << '\n';
            return kOk;
        }
        const Command& command = command_named(first);
        help_hint = "lkjip " + command.name + " --help";
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (asks_for_help(rest, command.options)) {
            out << command_help(command);
            return kOk;
        }
        return command.run(rest, out, err);
    } catch (const UsageError& e) {
        err << "lkjip: " << e.what() << "\n(lihat " << help_hint << ")\n";
        return kUsage;
    } catch (const InputErrors& e) {
        for (const Diagnostic& d : e.diagnostics())
            err << format_diagnostic(d) << '\n';
        return kInvalidInput;
    } catch (const InputError& e) {
        err << format_diagnostic(e.diagnostic()) << '\n';
        return kInvalidInput;
    } catch (const OutputError& e) {
        err << e.what() << '\n';
        return kOutputFailed;
    } catch (const std::exception& e) {
        err << "lkjip: galat internal: " << e.what()
            << "\nMohon laporkan beserta masukan yang menyebabkannya.\n";
        return kInternal;
    }
}

}  // namespace lkjip::cli
