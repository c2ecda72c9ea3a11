// lkjip audit FOLDER|WORKBOOK.xlsx [--printed FILE] [--json] [-o OUTDIR [--name NAME] [--force]] [--config
// FILE] [--set K=V]...
#include "audit/audit.hpp"
#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/load.hpp"
#include "cli/report_output.hpp"
#include "compute/performance.hpp"
#include "output/audit_output.hpp"
#include "output/output_set.hpp"

namespace lkjip::cli {

const Command& audit_command_info() {
    static const Command command{
        .name = "audit",
        .summary = "reviu angka tercetak sebuah draf terhadap data primer",
        .usage = {"MASUKAN [--printed BERKAS] [--json] [-o KELUARAN [--name NAMA] [--force]]"},
        .description =
            "Membandingkan setiap angka tercetak (angka_tercetak.csv di folder, lembar Angka Tercetak di "
            "buku "
            "kerja, atau --printed BERKAS) dengan nilai yang mengikuti dari data primer, dan angka tercetak "
            "satu sama lain. Temuan diurutkan menurut tingkat (galat, pembulatan, peringatan) dengan aturan "
            "dan sumbernya. Kode keluar 0 bila tidak ada temuan, 6 bila ada. Skema --json: "
            "schemas/audit.schema.json.",
        .options = with_convention_options(
            {{.name = "printed",
              .takes_value = true,
              .value_name = "BERKAS",
              .help = "angka tercetak dari BERKAS (CSV) alih-alih dari masukan",
              .kind = ValueKind::File},
             {.name = "json", .help = "tulis temuan sebagai JSON"},
             {.name = "output",
              .takes_value = true,
              .short_name = 'o',
              .value_name = "KELUARAN",
              .help = "tulis juga lembar reviu (XLSX dan PDF) ke folder KELUARAN",
              .kind = ValueKind::Folder},
             {.name = "name",
              .takes_value = true,
              .value_name = "NAMA",
              .help = "nama berkas lembar reviu tanpa akhiran (bawaan: reviu-<nama laporan>)",
              .kind = ValueKind::Text},
             {.name = "force",
              .help = "ganti berkas keluaran yang sudah ada (tidak pernah berkas masukan)"}}),
        .operands = ValueKind::Input,
        .run = audit_command};
    return command;
}

int audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArguments parsed = parse_arguments(args, audit_command_info().options);
    if (parsed.positional.size() != 1)
        throw usage_error(audit_command_info());
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
