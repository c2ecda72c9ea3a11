// lkjip check DIR: every problem in one pass; exit 0 only when there is none.
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/load.hpp"
#include "compute/performance.hpp"

namespace lkjip::cli {

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, convention_options());
    if (parsed.positional.size() != 1)
        throw UsageError("pemakaian: lkjip check FOLDER [--config BERKAS] [--set KUNCI=NILAI]");

    Loaded loaded = load_input(parsed.positional.front(), parsed);
    Diagnostics all = loaded.diagnostics;
    if (!loaded.diagnostics.has_errors() && loaded.conventions) {
        // Consistency rules that need the computed roll-ups (parent vs children, belanja totals).
        const compute::Performance p = compute::compute(loaded.input.opd, *loaded.conventions);
        for (const Diagnostic& d : p.diagnostics.items())
            all.add(d);
    }
    for (const Diagnostic& d : all.items())
        out << format_diagnostic(d) << '\n';
    const std::size_t errors = all.error_count();
    const std::size_t warnings = all.warning_count();
    if (errors == 0 && warnings == 0) {
        out << "Tidak ada masalah: " << parsed.positional.front() << " siap diolah.\n";
        return kOk;
    }
    out << "Hasil: " << errors << " galat, " << warnings << " peringatan.\n";
    return errors > 0 ? kInvalidInput : kFindings;
}

}  // namespace lkjip::cli
