// lkjip calc --target T --realisasi R [--arah positif|negatif] [--pagu P --realisasi-anggaran RA] [--json]
// One indicator on the spot, for a reviewer checking a figure in a draft.
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "input/number_parser.hpp"
#include "output/json_writer.hpp"
#include "pipeline/load.hpp"
#include "rules/budget_rollup.hpp"
#include "rules/capaian.hpp"
#include "rules/efficiency.hpp"
#include "rules/rating.hpp"

namespace lkjip::cli {

namespace {

double decimal_option(const ParsedArguments& args, const std::string& name) {
    const input::DecimalParse parsed = input::parse_decimal(args.value(name));
    if (parsed.status == input::ParseStatus::Empty)
        throw UsageError("opsi --" + name + " memerlukan angka");
    if (parsed.status == input::ParseStatus::Error)
        throw UsageError("--" + name + ": " + parsed.error);
    return parsed.value;
}

model::Target target_option(const ParsedArguments& args) {
    const input::TargetParse parsed = input::parse_target(args.value("target"));
    if (parsed.status == input::ParseStatus::Empty)
        throw UsageError("opsi --target memerlukan angka atau rentang (contoh: 80 - 90)");
    if (parsed.status == input::ParseStatus::Error)
        throw UsageError("--target: " + parsed.error);
    return model::Target{parsed.lower, parsed.upper, parsed.decimals};
}

std::int64_t rupiah_option(const ParsedArguments& args, const std::string& name) {
    const input::RupiahParse parsed = input::parse_rupiah(args.value(name));
    if (parsed.status == input::ParseStatus::Empty)
        throw UsageError("opsi --" + name + " memerlukan jumlah rupiah");
    if (parsed.status == input::ParseStatus::Error)
        throw UsageError("--" + name + ": " + parsed.error);
    if (parsed.rupiah < 0)
        throw UsageError("--" + name + ": jumlah rupiah tidak boleh negatif");
    return parsed.rupiah;
}

}  // namespace

const Command& calc_command_info() {
    static const Command command{
        .name = "calc",
        .summary = "hitung satu indikator: capaian, predikat, atribut, serapan, efisiensi",
        .usage = {"--target T --realisasi R [--arah positif|negatif] [--pagu P --realisasi-anggaran RA] "
                  "[--json]",
                  "--pagu P --realisasi-anggaran RA [--json]"},
        .description =
            "Untuk pereviu yang memeriksa satu angka draf. Angka boleh ditulis 70,58 atau 70.58, rupiah "
            "sebagai Rp. 185.128.000, target rentang sebagai \"80 - 90\"; --pagu dan --realisasi-anggaran "
            "saja "
            "memberi serapan. Konvensi yang berlaku sama dengan perintah lain (--config, --set).",
        .options =
            with_convention_options({{.name = "target",
                                      .takes_value = true,
                                      .value_name = "T",
                                      .help = "target indikator, atau rentang \"80 - 90\"",
                                      .kind = ValueKind::Text},
                                     {.name = "realisasi",
                                      .takes_value = true,
                                      .value_name = "R",
                                      .help = "realisasi indikator (bersama --target)",
                                      .kind = ValueKind::Text},
                                     {.name = "arah",
                                      .takes_value = true,
                                      .value_name = "ARAH",
                                      .help = "positif (makin tinggi makin baik, bawaan) atau negatif",
                                      .kind = ValueKind::Choice,
                                      .choices = {"positif", "negatif"}},
                                     {.name = "pagu",
                                      .takes_value = true,
                                      .value_name = "P",
                                      .help = "pagu anggaran dalam rupiah (bersama --realisasi-anggaran)",
                                      .kind = ValueKind::Text},
                                     {.name = "realisasi-anggaran",
                                      .takes_value = true,
                                      .value_name = "RA",
                                      .help = "realisasi anggaran dalam rupiah (bersama --pagu)",
                                      .kind = ValueKind::Text},
                                     {.name = "json", .help = "tulis hasil sebagai JSON"}}),
        .run = calc_command};
    return command;
}

int calc_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& /*err*/) {
    const ParsedArguments parsed = parse_arguments(args, calc_command_info().options);
    if (!parsed.positional.empty())
        throw UsageError("calc tidak menerima argumen posisi: " + parsed.positional.front());
    const bool with_indicator = parsed.has("target") || parsed.has("realisasi");
    const bool with_budget = parsed.has("pagu") || parsed.has("realisasi-anggaran");
    if (!with_indicator && !with_budget)
        throw usage_error(calc_command_info());
    if (with_indicator && !(parsed.has("target") && parsed.has("realisasi")))
        throw UsageError("--target dan --realisasi harus diberikan keduanya");
    if (with_budget && !(parsed.has("pagu") && parsed.has("realisasi-anggaran")))
        throw UsageError("--pagu dan --realisasi-anggaran harus diberikan keduanya");
    if (!with_indicator && parsed.has("arah"))
        throw UsageError("--arah hanya berlaku bersama --target dan --realisasi");
    model::Arah arah = model::Arah::Positif;
    if (parsed.has("arah")) {
        const std::string a = text::normalize_key(parsed.value("arah"));
        if (a == "negatif") {
            arah = model::Arah::Negatif;
        } else if (a != "positif") {
            throw UsageError("--arah: \"positif\" atau \"negatif\" diharapkan, ditemukan \"" +
                             parsed.value("arah") + "\"");
        }
    }
    const model::Conventions conv = load_conventions_only(parsed);

    std::optional<model::Target> target;
    std::optional<double> realisasi;
    rules::Capaian capaian;
    std::optional<std::string> predikat;
    std::optional<std::string> atribut;
    if (with_indicator) {
        target = target_option(parsed);
        realisasi = decimal_option(parsed, "realisasi");
        capaian = rules::capaian(target, realisasi, arah, conv.capaian);
        predikat = rules::rate(capaian.value, conv.predikat, conv.display);
        atribut = rules::rate(capaian.value, conv.atribut, conv.display);
    }
    std::optional<double> serapan;
    rules::Efficiency efisiensi;
    if (with_budget) {
        serapan = rules::serapan(rupiah_option(parsed, "pagu"), rupiah_option(parsed, "realisasi-anggaran"));
        if (with_indicator)
            efisiensi = rules::efficiency(capaian.value, serapan, conv.efficiency, conv.display);
    }

    if (parsed.has("json")) {
        output::JsonWriter w;
        w.begin_object();
        if (with_indicator) {
            if (target->is_range())
                w.field("target_bawah", target->lower).field("target_atas", target->upper);
            else
                w.field("target", target->lower);
            w.field("realisasi", realisasi);
            w.field("arah", arah == model::Arah::Positif ? "positif" : "negatif");
            w.field("capaian", capaian.value);
            if (!capaian.value)
                w.field("capaian_na", capaian.na_reason);
            w.field("predikat", predikat).field("atribut", atribut);
        }
        if (with_budget) {
            w.field("serapan", serapan);
            if (!serapan)
                w.field("serapan_na", "pagu 0: serapan tidak dapat dihitung");
        }
        if (with_indicator && with_budget) {
            w.field("efisiensi", efisiensi.shown).field("kategori_efisiensi", efisiensi.category);
            if (!efisiensi.shown)
                w.field("efisiensi_na", efisiensi.na_reason);
        }
        w.end_object();
        out << w.str();
        return kOk;
    }
    const auto& d = conv.display;
    if (with_indicator) {
        out << "Capaian   : " << format::persen_atau_na(capaian.value, d.decimals, d.rounding);
        if (!capaian.value)
            out << " (" << capaian.na_reason << ")";
        out << "\nPredikat  : " << predikat.value_or("n/a") << "\nAtribut   : " << atribut.value_or("n/a")
            << '\n';
    }
    if (with_budget) {
        out << "Serapan   : " << format::persen_atau_na(serapan, d.decimals, d.rounding);
        if (!serapan)
            out << " (pagu 0: serapan tidak dapat dihitung)";
        out << '\n';
    }
    if (with_indicator && with_budget) {
        out << "Efisiensi : " << format::angka_atau_na(efisiensi.shown, d.decimals, d.rounding);
        if (efisiensi.category)
            out << " (" << *efisiensi.category << ")";
        if (!efisiensi.shown)
            out << " (" << efisiensi.na_reason << ")";
        out << '\n';
    }
    return kOk;
}

}  // namespace lkjip::cli
