#include "input/input_reader.hpp"

#include <algorithm>
#include <filesystem>

#include "core/text.hpp"
#include "input/budget_tables.hpp"
#include "input/folder_reader.hpp"
#include "input/profile_reader.hpp"
#include "input/workbook_reader.hpp"

namespace lkjip::input {

namespace {

// Checks that need the whole folder read.
void check_year_n(const model::Opd& opd, Diagnostics& diagnostics) {
    const int n = opd.profile.tahun;
    if (!n)
        return;
    for (const model::Indicator& ind : opd.indicators) {
        if (ind.level != model::IndicatorLevel::Sasaran)
            continue;
        auto it = ind.years.find(n);
        const bool has_target =
            it != ind.years.end() && (!it->second.pk.empty() || it->second.target_renstra);
        const auto given = [](const auto& v) {
            return v.realisasi || !v.realisasi_label.empty() || (v.pembilang && v.penyebut);
        };
        // Quarters alone give the year's realisasi through the indicator's akumulasi.
        const bool has_realisasi =
            it != ind.years.end() &&
            (given(it->second) ||
             (ind.akumulasi && std::any_of(it->second.triwulan.begin(), it->second.triwulan.end(),
                                           [&](const auto& q) { return q && given(*q); })));
        if (!has_target) {
            diagnostics.warning(ind.where, "IKU \"" + ind.kode + "\" tidak memiliki target tahun " +
                                               std::to_string(n) +
                                               " (perjanjian_kinerja.csv atau renstra.csv): capaian n/a");
        }
        if (!has_realisasi) {
            diagnostics.warning(ind.where, "IKU \"" + ind.kode + "\" tidak memiliki realisasi tahun " +
                                               std::to_string(n) + ": capaian n/a");
        }
        if (has_target) {
            const auto& y = it->second;
            const model::Target t = y.pk.empty() ? *y.target_renstra : y.pk.back().target;
            if (t.label.empty() && !t.is_range() && t.lower == 0.0) {
                diagnostics.warning(y.pk.empty() ? ind.where : y.pk.back().where,
                                    "target IKU \"" + ind.kode + "\" tahun " + std::to_string(n) +
                                        " bernilai 0: capaian tidak dapat diukur (n/a)");
            }
        }
    }
}

}  // namespace

bool is_workbook_path(std::string_view path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    return text::normalize_key(extension) == ".xlsx";
}

InputRead read_input(const std::string& path, Diagnostics& diagnostics, const CsvLimits& limits) {
    return is_workbook_path(path) ? read_workbook_input(path, diagnostics, limits)
                                  : read_folder(path, diagnostics, limits);
}

void read_opd_tables(ReadContext& ctx, const std::function<std::optional<CsvTable>(const InputTable&)>& fetch,
                     const std::function<void(const InputTable&)>& report_missing) {
    for (const InputTable& t : input_tables()) {
        if (!t.read)
            continue;  // angka_tercetak: the audit's, not the model's
        try {
            const std::optional<CsvTable> table = fetch(t);
            if (!table) {
                // An optional table left out is empty, not broken: references into it are still checked.
                if (t.required) {
                    report_missing(t);
                    ctx.mark_unreadable(t.file);
                }
                continue;
            }
            t.read(*table, ctx);
        } catch (const InputError& e) {
            ctx.diagnostics.add(e.diagnostic());
            ctx.mark_unreadable(t.file);
        }
    }
}

void apply_profile(const PropertyMap& map, InputRead& out, Diagnostics& diagnostics) {
    ProfileRead profile = read_profile(map, diagnostics);
    out.opd.profile = std::move(profile.profile);
    out.konvensi = std::move(profile.konvensi);
}

void finish_opd(ReadContext& ctx) {
    check_program_links(ctx);
    // Missing-data warnings would only echo the errors of a file that could not be read.
    if (!ctx.diagnostics.has_errors())
        check_year_n(ctx.opd, ctx.diagnostics);
}

}  // namespace lkjip::input
