// lkjip report FOLDER -o OUTDIR [--templates DIR] [--name NAME] [--force] [--table NOMOR]... [--dump]
//              [--font TTF] [--font-bold TTF]
//              [--config FILE] [--set KEY=VALUE]...
#include <algorithm>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/load.hpp"
#include "cli/report_output.hpp"
#include "compute/performance.hpp"
#include "input/file_access.hpp"
#include "input/template_reader.hpp"
#include "output/output_set.hpp"
#include "report/report_builder.hpp"
#include "report/table_builder.hpp"
#include "table/table_text.hpp"

namespace lkjip::cli {

int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<OptionSpec> specs = convention_options();
    specs.push_back({"output", true, false, 'o'});
    specs.push_back({"templates", true, false});
    specs.push_back({"name", true, false});
    specs.push_back({"force", false, false});
    specs.push_back({"dump", false, false});
    specs.push_back({"font", true, false});
    specs.push_back({"font-bold", true, false});
    specs.push_back({"table", true, true});
    const ParsedArguments parsed = parse_arguments(args, specs);
    if (parsed.positional.size() != 1 || (!parsed.has("output") && !parsed.has("dump"))) {
        throw UsageError(
            "pemakaian: lkjip report FOLDER -o FOLDER_KELUARAN [--templates FOLDER] [--name NAMA] "
            "[--force]\n       lkjip report FOLDER --dump [--table NOMOR]...");
    }
    const std::string& input_folder = parsed.positional.front();
    // Everything about the outputs that can be checked before reading: the name, the document date, the
    // output folder against every input, the fonts (read through input/file_access like every input).
    const std::vector<std::string> inputs = {input_folder, parsed.value("config"), parsed.value("templates"),
                                             parsed.value("font"), parsed.value("font-bold")};
    if (parsed.has("output")) {
        if (parsed.has("name"))
            check_output_name(parsed.value("name"));
        check_source_date_epoch();
        output::refuse_output_into_inputs(parsed.value("output"), inputs);
        for (const char* font : {"font", "font-bold"}) {
            if (!parsed.has(font))
                continue;
            try {
                input::check_readable_file(parsed.value(font));
            } catch (const InputError& e) {
                throw InputError(e.diagnostic().where,
                                 std::string("berkas huruf (--") + font + "): " + e.diagnostic().message);
            }
        }
    }

    Loaded loaded = load_input(input_folder, parsed);
    std::vector<report::TableTemplate> templates =
        parsed.has("templates") ? input::read_table_templates(parsed.value("templates"), loaded.diagnostics)
                                : input::default_table_templates(loaded.diagnostics);
    for (const report::TableTemplate& t : templates)
        report::validate_template(t, loaded.diagnostics);  // every template problem in the same pass
    const compute::Performance performance = compute_loaded(loaded);
    table::Report model = report::build_report(templates, performance);
    print_diagnostics(performance.diagnostics, err);
    if (parsed.has("table")) {
        const std::vector<std::string> wanted = parsed.all("table");
        for (const std::string& w : wanted) {
            if (std::none_of(model.tables.begin(), model.tables.end(),
                             [&](const table::Table& t) { return t.nomor == w; }))
                throw UsageError("tabel \"" + w + "\" tidak ada di templat");
        }
        std::erase_if(model.tables, [&](const table::Table& t) {
            return std::find(wanted.begin(), wanted.end(), t.nomor) == wanted.end();
        });
    }
    if (parsed.has("dump")) {
        for (const table::Table& t : model.tables)
            out << table::to_text(t) << '\n';
        return kOk;
    }

    ReportFiles files;
    files.folder = parsed.value("output");
    files.name = parsed.has("name") ? parsed.value("name") : default_report_name(loaded.input.opd.profile);
    files.inputs = inputs;
    files.replace_existing = parsed.has("force");
    files.font_regular = parsed.value("font");
    files.font_bold = parsed.value("font-bold");
    const std::vector<std::string> written = write_report_files(model, files);
    out << "Laporan ditulis (" << model.tables.size() << " tabel):\n";
    for (const std::string& path : written)
        out << "  " << path << '\n';
    return kOk;
}

}  // namespace lkjip::cli
