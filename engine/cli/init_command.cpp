// lkjip init FOLDER: a commented, valid example of every input file (templates/kerangka-masukan/).
// lkjip init --templates FOLDER: the default report table templates (templates/laporan/), to customise.
// lkjip init --xlsx BUKU.xlsx [--from FOLDER] [--force]: an input workbook to fill in Excel or LibreOffice,
// with the example data or a folder's data.
#include <filesystem>
#include <string_view>

#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/embedded_files.hpp"
#include "core/temporary_files.hpp"
#include "input/input_form.hpp"
#include "input/input_reader.hpp"
#include "output/atomic_output.hpp"
#include "output/output_set.hpp"
#include "pipeline/arguments.hpp"
#include "pipeline/report_output.hpp"
#include "render/xlsx/input_form_writer.hpp"

namespace lkjip::cli {

namespace {
constexpr std::string_view kSkeletonFolder = "templates/kerangka-masukan/";
constexpr std::string_view kReportTemplates = "templates/laporan/";
// The generated sentences' templates, copied beside the table templates (report --templates reads both).
constexpr std::string_view kSentenceTemplates = "templates/dokumen/";
}  // namespace

namespace {

int init_workbook(const ParsedArguments& parsed, std::ostream& out) {
    const std::string& file = parsed.value("xlsx");
    if (!input::is_workbook_path(file))
        throw UsageError("--xlsx: nama berkas berakhiran .xlsx diharapkan, ditemukan \"" + file + "\"");
    const std::string from = parsed.value("from");
    check_source_date_epoch();
    std::error_code ec;
    if (!from.empty() && !std::filesystem::is_directory(from, ec))
        throw InputError(
            SourceLocation::in_file(from),
            std::filesystem::exists(from, ec)
                ? "--from: folder masukan diharapkan, ditemukan berkas (buku kerja dibaca langsung "
                  "oleh check, compute, report, audit dan batch)"
                : "folder masukan tidak ditemukan");
    const table::InputForm form = from.empty() ? input::build_input_form(input::example_files(), "contoh")
                                               : input::build_input_form(input::folder_files(from), from);
    output::OutputSet outputs(from.empty() ? std::vector<std::string>{} : std::vector<std::string>{from},
                              parsed.has("force"));
    const std::string temporary = outputs.reserve(file);
    remove_stale_temporaries(std::filesystem::path(file).parent_path().string());
    try {
        render::xlsx::render_input_form(form, temporary, document_time(form.tahun ? form.tahun : 2024));
    } catch (const OutputError& e) {
        rethrow_naming_final(e, temporary, file);
    }
    outputs.commit();
    out << "Buku kerja masukan dibuat: " << file << " (" << form.sheets.size() << " lembar"
        << (from.empty() ? ", berisi contoh" : ", berisi data " + from) << ").\n"
        << "Isi di Excel atau LibreOffice, simpan sebagai .xlsx, lalu jalankan: lkjip check " << file << "\n";
    return kOk;
}

}  // namespace

const Command& init_command_info() {
    static const Command command{
        .name = "init",
        .summary = "buat kerangka masukan, buku kerja masukan, atau salinan templat tabel",
        .usage = {"FOLDER", "--xlsx BUKU.xlsx [--from FOLDER] [--force]", "--templates FOLDER"},
        .description =
            "init FOLDER menulis contoh yang sah dan berkomentar untuk setiap berkas masukan. --xlsx menulis "
            "buku kerja masukan untuk diisi di Excel atau LibreOffice (satu lembar per tabel), berisi contoh "
            "atau data folder --from. --templates menyalin templat tabel laporan bawaan untuk diubah lalu "
            "dipakai dengan report --templates. Folder yang sudah ada tidak pernah ditimpa.",
        .options =
            {{.name = "xlsx",
              .takes_value = true,
              .value_name = "BUKU.xlsx",
              .help = "tulis buku kerja masukan BUKU.xlsx",
              .kind = ValueKind::File},
             {.name = "from",
              .takes_value = true,
              .value_name = "FOLDER",
              .help = "isi buku kerja dengan data folder masukan FOLDER (bersama --xlsx)",
              .kind = ValueKind::Folder},
             {.name = "force", .help = "ganti buku kerja yang sudah ada (bersama --xlsx)"},
             {.name = "templates",
              .help =
                  "salin templat tabel laporan dan templat kalimat dokumen (*.mustache) bawaan ke FOLDER"}},
        .operands = ValueKind::Folder,
        .run = init_command};
    return command;
}

int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, init_command_info().options);
    if (parsed.has("xlsx")) {
        if (!parsed.positional.empty() || parsed.has("templates"))
            throw usage_error(init_command_info());
        return init_workbook(parsed, out);
    }
    if (parsed.has("from") || parsed.has("force"))
        throw UsageError("--from dan --force hanya untuk --xlsx: lkjip init --xlsx BUKU.xlsx --from FOLDER");
    if (parsed.positional.size() != 1)
        throw usage_error(init_command_info());
    // --templates: a copy of the default report tables, to edit and pass back with report --templates.
    const std::string_view source = parsed.has("templates") ? kReportTemplates : kSkeletonFolder;
    std::vector<std::pair<std::string, std::string>> files;
    for (const embedded::File& f : embedded::all()) {
        for (std::string_view from :
             {source, parsed.has("templates") ? kSentenceTemplates : std::string_view()}) {
            if (!from.empty() && f.path.substr(0, from.size()) == from)
                files.emplace_back(std::string(f.path.substr(from.size())), std::string(f.content));
        }
    }
    const std::string& folder = parsed.positional.front();
    output::create_folder_atomically(folder, files);
    if (parsed.has("templates")) {
        out << "Templat tabel laporan disalin ke " << folder << " (" << files.size() << " berkas).\n"
            << "Ubah judul atau kolomnya (lihat templates/README.md), lalu jalankan: lkjip report FOLDER -o "
               "KELUARAN --templates "
            << folder << "\n";
        return kOk;
    }
    out << "Kerangka masukan dibuat di " << folder << " (" << files.size() << " berkas).\n"
        << "Isi berkas-berkasnya, lalu jalankan: lkjip check " << folder << "\n";
    return kOk;
}

}  // namespace lkjip::cli
