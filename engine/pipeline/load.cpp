#include "pipeline/load.hpp"

#include <charconv>
#include <filesystem>

#include "input/convention_reader.hpp"
#include "input/file_access.hpp"
#include "input/printed_figures_reader.hpp"
#include "rules/aggregation.hpp"

namespace lkjip::cli {

std::vector<OptionSpec> convention_options() {
    return {{.name = "config",
             .takes_value = true,
             .value_name = "BERKAS",
             .help = "set konvensi (JSON, INI atau XML) yang menimpa config/konvensi-bawaan.json; cukup "
                     "kunci yang diubah",
             .kind = ValueKind::File},
            {.name = "set",
             .takes_value = true,
             .repeatable = true,
             .value_name = "KUNCI=NILAI",
             .help = "ganti satu konvensi untuk run ini, mis. --set capaian.batas_atas=100; boleh berulang, "
                     "yang terakhir menang",
             .kind = ValueKind::Convention},
            {.name = "max-file-mb",
             .takes_value = true,
             .value_name = "N",
             .help = "batas ukuran satu berkas masukan dalam MiB (bawaan 64)",
             .kind = ValueKind::Text},
            {.name = "max-rows",
             .takes_value = true,
             .value_name = "N",
             .help = "batas baris per tabel CSV atau lembar (bawaan 1.000.000)",
             .kind = ValueKind::Text}};
}

std::vector<OptionSpec> with_convention_options(std::vector<OptionSpec> own) {
    for (OptionSpec& o : convention_options())
        own.push_back(std::move(o));
    return own;
}

namespace {

// A positive whole number for a limit option, or a usage error naming the option.
std::size_t limit_value(const ParsedArguments& args, const std::string& name, std::size_t fallback) {
    if (!args.has(name))
        return fallback;
    const std::string v = args.value(name);
    std::size_t n = 0;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || ptr != v.data() + v.size() || n == 0 || n > 1'000'000'000)
        throw UsageError("--" + name + ": bilangan bulat positif diharapkan, ditemukan \"" + v + "\"");
    return n;
}

}  // namespace

input::CsvLimits input_limits(const ParsedArguments& args) {
    input::CsvLimits limits;
    limits.max_file_bytes =
        limit_value(args, "max-file-mb", limits.max_file_bytes / (1024u * 1024u)) * 1024u * 1024u;
    limits.max_rows = limit_value(args, "max-rows", limits.max_rows);
    return limits;
}

Loaded load_input(const std::string& path, const ParsedArguments& args) {
    Loaded loaded;
    loaded.input = input::read_input(path, loaded.diagnostics, input_limits(args));
    input::ConventionOverrides overrides;
    overrides.config_file = args.value("config");
    overrides.profile_section = loaded.input.konvensi;
    overrides.set_arguments = args.all("set");
    try {
        loaded.conventions = input::load_conventions(overrides);
    } catch (const InputErrors& e) {
        for (const Diagnostic& d : e.diagnostics())
            loaded.diagnostics.add(d);
    } catch (const InputError& e) {
        loaded.diagnostics.add(e.diagnostic());
    }
    // Weighted means need a bobot on every indicator they average.
    if (loaded.conventions)
        rules::check_weights(loaded.input.opd, loaded.conventions->aggregation, loaded.diagnostics);
    return loaded;
}

compute::Performance compute_loaded(const Loaded& loaded) {
    loaded.diagnostics.throw_if_errors();
    compute::Performance performance = compute::compute(loaded.input.opd, *loaded.conventions);
    performance.diagnostics.throw_if_errors();  // a parent amount that contradicts its children
    Diagnostics all = loaded.diagnostics;
    for (const Diagnostic& d : performance.diagnostics.items())
        all.add(d);
    performance.diagnostics = all;
    return performance;
}

namespace {
const char* const kWhatAuditReads =
    "audit membandingkan angka draf laporan dengan data primer (format: fixtures/README.md, "
    "angka_tercetak.csv)";
}  // namespace

std::vector<model::PrintedFigure> load_printed_figures(const std::string& input_path, Loaded& loaded,
                                                       const std::string& printed_file, bool required,
                                                       std::string* source) {
    if (printed_file.empty() && loaded.input.workbook) {
        if (source)
            *source = input_path;
        for (const Diagnostic& d : loaded.input.printed_sheet_diagnostics.items())
            loaded.diagnostics.add(d);
        if (loaded.input.printed_sheet)
            return input::read_printed_figures(*loaded.input.printed_sheet, loaded.diagnostics);
        if (required) {
            loaded.diagnostics.error(SourceLocation::in_file(input_path),
                                     std::string("lembar \"Angka Tercetak\" tidak ada; ") + kWhatAuditReads);
        }
        return {};
    }
    const std::string file = printed_file.empty()
                                 ? (std::filesystem::path(input_path) / "angka_tercetak.csv").string()
                                 : printed_file;
    if (source)
        *source = file;
    if (input::file_exists(file))
        return input::read_printed_figures(input::read_text_file(file), file, loaded.diagnostics);
    if (required) {
        loaded.diagnostics.error(SourceLocation::in_file(file),
                                 std::string("berkas angka tercetak tidak ditemukan; ") + kWhatAuditReads);
    }
    return {};
}

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
    for (const Diagnostic& d : diagnostics.items())
        err << format_diagnostic(d) << '\n';
}

model::Conventions load_conventions_only(const ParsedArguments& args) {
    input::ConventionOverrides overrides;
    overrides.config_file = args.value("config");
    overrides.set_arguments = args.all("set");
    return input::load_conventions(overrides);
}

}  // namespace lkjip::cli
