// lkjip audit FOLDER|WORKBOOK.xlsx [--printed FILE | --draft DRAFT.docx|DRAFT.pdf [--save-printed FILE]]
// [--json] [-o OUTDIR [--name NAME] [--force]] [--config FILE] [--set K=V]...
#include <optional>

#include "audit/audit.hpp"
#include "audit/draft_matching.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "compute/performance.hpp"
#include "input/draft/draft_reader.hpp"
#include "output/atomic_output.hpp"
#include "output/audit_output.hpp"
#include "output/output_set.hpp"
#include "output/printed_figures_csv.hpp"
#include "pipeline/arguments.hpp"
#include "pipeline/load.hpp"
#include "pipeline/report_output.hpp"
#include "report/audit_tables.hpp"

namespace lkjip::cli {

const Command& audit_command_info() {
    static const Command command{
        .name = "audit",
        .summary = "reviu angka tercetak sebuah draf terhadap data primer",
        .usage = {"MASUKAN [--printed BERKAS] [--json] [-o KELUARAN [--name NAMA] [--force]]",
                  "MASUKAN --draft DRAF.docx|DRAF.pdf [--save-printed BERKAS] [--json] [-o KELUARAN]"},
        .description =
            "Membandingkan setiap angka tercetak (angka_tercetak.csv di folder, lembar Angka Tercetak di "
            "buku "
            "kerja, atau --printed BERKAS) dengan nilai yang mengikuti dari data primer, dan angka tercetak "
            "satu sama lain. Temuan diurutkan menurut tingkat (galat, pembulatan, peringatan) dengan aturan "
            "dan sumbernya. Dengan --draft, angka tercetak dibaca langsung dari tabel draf (DOCX atau PDF): "
            "setiap angka dicocokkan dengan baris (indikator, sasaran, program, kode) dan kolomnya; angka "
            "yang "
            "tidak dikenal didaftar dengan tempatnya. Kode keluar 0 bila tidak ada temuan, 6 bila ada. Skema "
            "--json: schemas/audit.schema.json.",
        .options = with_convention_options(
            {{.name = "printed",
              .takes_value = true,
              .value_name = "BERKAS",
              .help = "angka tercetak dari BERKAS (CSV) alih-alih dari masukan",
              .kind = ValueKind::File},
             {.name = "draft",
              .takes_value = true,
              .value_name = "DRAF",
              .help =
                  "baca angka tercetak dari draf laporan (DOCX atau PDF) alih-alih dari angka_tercetak.csv",
              .kind = ValueKind::File},
             {.name = "save-printed",
              .takes_value = true,
              .value_name = "BERKAS",
              .help = "dengan --draft: simpan angka yang dicocokkan sebagai angka_tercetak.csv di BERKAS "
                      "(untuk dikoreksi dan dipakai lagi dengan --printed)",
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
    if (parsed.has("draft") && parsed.has("printed"))
        throw UsageError("audit: --draft dan --printed tidak dapat dipakai bersama");
    if (parsed.has("save-printed") && !parsed.has("draft"))
        throw UsageError("audit: --save-printed hanya bersama --draft");
    if (parsed.has("save-printed"))
        output::refuse_output_into_inputs(parsed.value("save-printed"),
                                          {input, parsed.value("draft"), parsed.value("config")});
    if (parsed.has("output")) {
        if (parsed.has("name"))
            check_output_name(parsed.value("name"));
        check_source_date_epoch();
        output::refuse_output_into_inputs(parsed.value("output"),
                                          {input, parsed.value("printed"), parsed.value("draft"),
                                           parsed.value("config"), parsed.value("save-printed")});
    }
    Loaded loaded = load_input(input, parsed);
    std::string printed_file;
    std::vector<model::PrintedFigure> printed;
    if (!parsed.has("draft"))
        printed = load_printed_figures(input, loaded, parsed.value("printed"), true, &printed_file);
    const compute::Performance performance = compute_loaded(loaded);
    print_diagnostics(performance.diagnostics, err);
    std::optional<audit::DraftFigures> draft;
    if (parsed.has("draft")) {
        printed_file = parsed.value("draft");
        draft = audit::match_draft(input::draft::read_draft(printed_file), performance);
        // "No finding" about a draft of which nothing was read would be a false all-clear.
        if (draft->read() == 0)
            throw InputError(
                SourceLocation::in_file(printed_file),
                "tidak ada angka yang terbaca dari tabel draf (tabel dikenali dari judulnya "
                "\"Tabel ...\" dan baris bernomor, berkode atau berangka); periksa berkasnya, atau "
                "tulis angkanya di angka_tercetak.csv dan pakai --printed");
        printed = draft->matched;
        if (parsed.has("save-printed")) {
            output::write_file_atomically(parsed.value("save-printed"), output::printed_figures_csv(printed),
                                          parsed.has("force"));
            err << "Angka tercetak disimpan: " << parsed.value("save-printed") << '\n';
        }
    }

    const audit::Result result = audit::audit(printed, performance);
    if (parsed.has("output")) {
        ReportFiles files;
        files.folder = parsed.value("output");
        files.name = parsed.has("name") ? parsed.value("name")
                                        : "reviu-" + default_report_name(loaded.input.opd.profile);
        files.inputs = {input, printed_file, parsed.value("config")};
        files.replace_existing = parsed.has("force");
        const table::Report sheet = report::audit_report(result, printed.size(), performance);
        for (const std::string& path : write_report_files(sheet, files))
            err << "Lembar reviu ditulis: " << path << '\n';
    }
    const audit::DraftFigures* read = draft ? &*draft : nullptr;
    out << (parsed.has("json") ? output::audit_json(result, printed.size(), performance, read)
                               : output::audit_text(result, printed.size(), performance, read));
    return result.findings.empty() ? kOk : kAuditFindings;
}

}  // namespace lkjip::cli
