// lkjip compute DIR [--json] [--config FILE] [--set KEY=VALUE]...
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "compute/performance.hpp"
#include "output/performance_json.hpp"
#include "output/summary_text.hpp"
#include "pipeline/load.hpp"

namespace lkjip::cli {

const Command& compute_command_info() {
    static const Command command{
        .name = "compute",
        .summary = "capaian, predikat, atribut, serapan dan efisiensi dari data primer",
        .usage = {"MASUKAN [--json] [--config BERKAS] [--set KUNCI=NILAI]..."},
        .description =
            "Membaca MASUKAN (folder masukan, atau buku kerja .xlsx dari init --xlsx), menerapkan konvensi "
            "yang "
            "berlaku, dan menampilkan ringkasan: capaian tiap IKU, sasaran dan OPD dengan predikat dan "
            "atributnya, serapan anggaran dan efisiensi. Dengan --json, seluruh model hasil hitungan (angka "
            "tanpa pembulatan, null bila tidak terdefinisi beserta alasannya); skemanya di "
            "schemas/compute.schema.json.",
        .options = with_convention_options(
            {{.name = "json", .help = "tulis seluruh model hasil hitungan sebagai JSON"}}),
        .operands = ValueKind::Input,
        .run = compute_command};
    return command;
}

int compute_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, compute_command_info().options);
    if (parsed.positional.size() != 1)
        throw usage_error(compute_command_info());

    const Loaded loaded = load_input(parsed.positional.front(), parsed);
    const compute::Performance performance = compute_loaded(loaded);

    out << (parsed.has("json") ? output::performance_json(performance) : output::summary_text(performance));
    return kOk;
}

}  // namespace lkjip::cli
