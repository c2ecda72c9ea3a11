// lkjip check DIR: every problem in one pass; exit 0 only when there is none.
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "compute/performance.hpp"
#include "input/narrative_table.hpp"
#include "pipeline/load.hpp"

namespace lkjip::cli {

const Command& check_command_info() {
    static const Command command{
        .name = "check",
        .summary = "periksa semua data masukan dan daftar setiap masalah",
        .usage = {"MASUKAN [--config BERKAS] [--set KUNCI=NILAI]..."},
        .description =
            "Membaca MASUKAN dalam satu lintasan dan mendaftar setiap masalah dengan berkas, baris dan kolom "
            "(atau lembar dan sel): galat (data tidak dapat diolah) dan peringatan (data dapat diolah). Kode "
            "keluar 0 bila bersih, 1 bila hanya ada peringatan, 3 bila ada galat.",
        .options = convention_options(),
        .operands = ValueKind::Input,
        .run = check_command};
    return command;
}

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, check_command_info().options);
    if (parsed.positional.size() != 1)
        throw usage_error(check_command_info());

    Loaded loaded = load_input(parsed.positional.front(), parsed);
    Diagnostics all = loaded.diagnostics;
    if (!loaded.diagnostics.has_errors() && loaded.conventions) {
        // Consistency rules that need the computed roll-ups (parent vs children, belanja totals).
        const compute::Performance p = compute::compute(loaded.input.opd, *loaded.conventions);
        for (const Diagnostic& d : p.diagnostics.items())
            all.add(d);
        // The narrative blocks the document would show as placeholders.
        input::check_narrative_complete(loaded.input.opd, all);
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
