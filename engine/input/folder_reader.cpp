#include "input/folder_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "input/budget_tables.hpp"
#include "input/file_access.hpp"
#include "input/plan_tables.hpp"
#include "input/profile_reader.hpp"

namespace lkjip::input {

namespace fs = std::filesystem;

namespace {

using TableFn = std::function<void(const CsvTable&, ReadContext&)>;

struct TableFile {
    const char* name;
    bool required;
    TableFn read;
};

// Reading order matters: references point to what was read before.
const std::vector<TableFile>& table_files() {
    static const std::vector<TableFile> files = {
        {"tujuan.csv", true, read_tujuan},       {"sasaran.csv", true, read_sasaran},
        {"anggaran.csv", true, read_anggaran},   {"indikator.csv", true, read_indicators},
        {"renstra.csv", false, read_renstra},    {"perjanjian_kinerja.csv", false, read_perjanjian_kinerja},
        {"realisasi.csv", true, read_realisasi}, {"belanja.csv", false, read_belanja},
    };
    return files;
}

const char* const kProfileNames[] = {"profil.ini", "profil.json", "profil.xml"};

std::string display_path(const std::string& folder, const std::string& name) {
    return (fs::path(folder) / name).lexically_normal().string();
}

void read_profile_file(const std::string& folder, FolderRead& out, Diagnostics& diagnostics) {
    std::vector<std::string> found;
    for (const char* name : kProfileNames) {
        if (file_exists(display_path(folder, name)))
            found.push_back(name);
    }
    if (found.empty()) {
        diagnostics.error(SourceLocation::in_file(folder),
                          "profil tidak ada: diharapkan profil.ini, profil.json atau profil.xml");
        return;
    }
    if (found.size() > 1) {
        diagnostics.error(SourceLocation::in_file(folder),
                          "lebih dari satu profil (" + found[0] + ", " + found[1] + "): simpan satu saja");
        return;
    }
    const std::string path = display_path(folder, found.front());
    try {
        const PropertyMap map = read_properties(read_text_file(path), path, format_from_extension(path));
        ProfileRead profile = read_profile(map, diagnostics);
        out.opd.profile = std::move(profile.profile);
        out.konvensi = std::move(profile.konvensi);
    } catch (const InputError& e) {
        diagnostics.add(e.diagnostic());
    }
}

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
        const bool has_realisasi =
            it != ind.years.end() && (it->second.realisasi || (it->second.pembilang && it->second.penyebut));
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
            if (!t.is_range() && t.lower == 0.0) {
                diagnostics.warning(y.pk.empty() ? ind.where : y.pk.back().where,
                                    "target IKU \"" + ind.kode + "\" tahun " + std::to_string(n) +
                                        " bernilai 0: capaian tidak dapat diukur (n/a)");
            }
        }
    }
}

void warn_unknown_files(const std::string& folder, Diagnostics& diagnostics) {
    std::vector<std::string> known;
    for (const TableFile& t : table_files())
        known.push_back(t.name);
    known.emplace_back("angka_tercetak.csv");  // the figures as printed in a draft: read by `lkjip audit`
    std::error_code ec;
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        if (name.size() < 4 || name.substr(name.size() - 4) != ".csv")
            continue;
        if (std::find(known.begin(), known.end(), name) != known.end())
            continue;
        std::string message = "berkas CSV tidak dikenal, diabaikan";
        if (const std::string hint = suggest(name, known); !hint.empty())
            message += "; maksud Anda " + hint + "?";
        diagnostics.warning(SourceLocation::in_file(display_path(folder, name)), message);
    }
}

}  // namespace

FolderRead read_folder(const std::string& folder, Diagnostics& diagnostics, const CsvLimits& limits) {
    std::error_code ec;
    if (!fs::exists(folder, ec))
        throw InputError(SourceLocation::in_file(folder), "folder tidak ditemukan");
    if (!fs::is_directory(folder, ec)) {
        throw InputError(SourceLocation::in_file(folder), "folder masukan diharapkan, ditemukan berkas");
    }
    FolderRead out;
    out.opd.folder = folder;
    read_profile_file(folder, out, diagnostics);
    ReadContext ctx{out.opd, diagnostics, {}};
    for (const TableFile& t : table_files()) {
        const std::string path = display_path(folder, t.name);
        if (!file_exists(path)) {
            if (t.required)
                diagnostics.error(SourceLocation::in_file(path), "berkas wajib tidak ada");
            ctx.mark_unreadable(path);
            continue;
        }
        try {
            const CsvTable table = read_csv(read_text_file(path, limits.max_file_bytes), path, limits);
            t.read(table, ctx);
        } catch (const InputError& e) {
            diagnostics.add(e.diagnostic());
            ctx.mark_unreadable(path);
        }
    }
    check_program_links(ctx);
    // Missing-data warnings would only echo the errors of a file that could not be read.
    if (!diagnostics.has_errors())
        check_year_n(out.opd, diagnostics);
    warn_unknown_files(folder, diagnostics);
    return out;
}

}  // namespace lkjip::input
