// lkjip init FOLDER: a commented, valid example of every input file (templates/kerangka-masukan/).
#include <string_view>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/embedded_files.hpp"
#include "output/atomic_output.hpp"

namespace lkjip::cli {

namespace {
constexpr std::string_view kSkeletonFolder = "templates/kerangka-masukan/";
}

int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, {});
    if (parsed.positional.size() != 1)
        throw UsageError("pemakaian: lkjip init FOLDER");
    std::vector<std::pair<std::string, std::string>> files;
    for (const embedded::File& f : embedded::all()) {
        if (f.path.substr(0, kSkeletonFolder.size()) != kSkeletonFolder)
            continue;
        files.emplace_back(std::string(f.path.substr(kSkeletonFolder.size())), std::string(f.content));
    }
    const std::string& folder = parsed.positional.front();
    output::create_folder_atomically(folder, files);
    out << "Kerangka masukan dibuat di " << folder << " (" << files.size() << " berkas).\n"
        << "Isi berkas-berkasnya, lalu jalankan: lkjip check " << folder << "\n";
    return kOk;
}

}  // namespace lkjip::cli
