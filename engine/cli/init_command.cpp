// lkjip init FOLDER: a commented, valid example of every input file (templates/kerangka-masukan/).
// lkjip init --templates FOLDER: the default report table templates (templates/laporan/), to customise.
#include <string_view>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/embedded_files.hpp"
#include "output/atomic_output.hpp"

namespace lkjip::cli {

namespace {
constexpr std::string_view kSkeletonFolder = "templates/kerangka-masukan/";
constexpr std::string_view kReportTemplates = "templates/laporan/";
}  // namespace

int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, {{"templates", false, false}});
    if (parsed.positional.size() != 1)
        throw UsageError("pemakaian: lkjip init FOLDER\n       lkjip init --templates FOLDER");
    // --templates: a copy of the default report tables, to edit and pass back with report --templates.
    const std::string_view source = parsed.has("templates") ? kReportTemplates : kSkeletonFolder;
    std::vector<std::pair<std::string, std::string>> files;
    for (const embedded::File& f : embedded::all()) {
        if (f.path.substr(0, source.size()) != source)
            continue;
        files.emplace_back(std::string(f.path.substr(source.size())), std::string(f.content));
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
