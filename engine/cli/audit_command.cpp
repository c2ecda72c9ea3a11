// lkjip audit FOLDER|WORKBOOK.xlsx [--printed FILE] [--json] [-o OUTDIR [--name NAME] [--force]] [--config
// FILE] [--set K=V]...
#include "audit/audit.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/load.hpp"
#include "cli/report_output.hpp"
#include "compute/performance.hpp"
#include "output/audit_output.hpp"
#include "output/output_set.hpp"

namespace lkjip::cli {

int audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<OptionSpec> specs = convention_options();
    specs.push_back({"printed", true, false});
    specs.push_back({"json", false, false});
    specs.push_back({"output", true, false, 'o'});
    specs.push_back({"name", true, false});
    specs.push_back({"force", false, false});
    const ParsedArguments parsed = parse_arguments(args, specs);
    if (parsed.positional.size() != 1)
        throw UsageError(
            "pemakaian: lkjip audit FOLDER|BUKU.xlsx [--printed BERKAS] [--json] [-o FOLDER_KELUARAN] "
            "[--force]");
    const std::string& input = parsed.positional.front();
    if (parsed.has("output")) {
        if (parsed.has("name"))
            check_output_name(parsed.value("name"));
        check_source_date_epoch();
        output::refuse_output_into_inputs(parsed.value("output"),
                                          {input, parsed.value("printed"), parsed.value("config")});
    }
    Loaded loaded = load_input(input, parsed);
    std::string printed_file;
    const std::vector<model::PrintedFigure> printed =
        load_printed_figures(input, loaded, parsed.value("printed"), true, &printed_file);
    const compute::Performance performance = compute_loaded(loaded);
    print_diagnostics(performance.diagnostics, err);

    const std::vector<audit::Finding> findings = audit::audit(printed, performance);
    if (parsed.has("output")) {
        ReportFiles files;
        files.folder = parsed.value("output");
        files.name = parsed.has("name") ? parsed.value("name")
                                        : "reviu-" + default_report_name(loaded.input.opd.profile);
        files.inputs = {input, printed_file, parsed.value("config")};
        files.replace_existing = parsed.has("force");
        const table::Report sheet = output::audit_report(findings, printed.size(), performance);
        for (const std::string& path : write_report_files(sheet, files))
            err << "Lembar reviu ditulis: " << path << '\n';
    }
    out << (parsed.has("json") ? output::audit_json(findings, printed.size(), performance)
                               : output::audit_text(findings, printed.size(), performance));
    return findings.empty() ? kOk : kAuditFindings;
}

}  // namespace lkjip::cli
