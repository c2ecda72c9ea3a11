// lkjip compute DIR [--json] [--config FILE] [--set KEY=VALUE]...
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/load.hpp"
#include "compute/performance.hpp"
#include "output/performance_json.hpp"
#include "output/summary_text.hpp"

namespace lkjip::cli {

int compute_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    std::vector<OptionSpec> specs = convention_options();
    specs.push_back({"json", false, false});
    const ParsedArguments parsed = parse_arguments(args, specs);
    if (parsed.positional.size() != 1)
        throw UsageError("pemakaian: lkjip compute FOLDER [--json] [--config BERKAS] [--set KUNCI=NILAI]");

    const Loaded loaded = load_input(parsed.positional.front(), parsed);
    const compute::Performance performance = compute_loaded(loaded);

    out << (parsed.has("json") ? output::performance_json(performance) : output::summary_text(performance));
    return kOk;
}

}  // namespace lkjip::cli
