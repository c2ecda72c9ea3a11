#include "input/folder_reader.hpp"

#include <algorithm>
#include <filesystem>

#include "input/file_access.hpp"

namespace lkjip::input {

namespace fs = std::filesystem;

namespace {

std::string display_path(const std::string& folder, const std::string& name) {
    return (fs::path(folder) / name).lexically_normal().string();
}

void read_profile_file(const std::string& folder, InputRead& out, Diagnostics& diagnostics) {
    std::vector<std::string> found;
    for (const std::string& name : profile_file_names()) {
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
        apply_profile(read_properties(read_text_file(path), path, format_from_extension(path), "profil"), out,
                      diagnostics);
    } catch (const InputError& e) {
        diagnostics.add(e.diagnostic());
    }
}

void warn_unknown_files(const std::string& folder, Diagnostics& diagnostics) {
    std::vector<std::string> known;
    for (const InputTable& t : input_tables())
        known.push_back(t.file);  // angka_tercetak.csv among them: read by `lkjip audit`
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

InputRead read_folder(const std::string& folder, Diagnostics& diagnostics, const CsvLimits& limits) {
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        // A link that points at itself (or round a circle) exists, but never resolves: say so.
        if (ec == std::errc::too_many_symbolic_link_levels)
            throw InputError(
                SourceLocation::in_file(folder),
                "tautan simbolik berputar (menunjuk ke dirinya sendiri); folder tidak dapat dibaca");
        throw InputError(SourceLocation::in_file(folder), "folder tidak ditemukan");
    }
    if (!fs::is_directory(folder, ec)) {
        throw InputError(SourceLocation::in_file(folder), "folder masukan diharapkan, ditemukan berkas");
    }
    InputRead out;
    out.opd.folder = folder;
    read_profile_file(folder, out, diagnostics);
    ReadContext ctx{out.opd, diagnostics, {}};
    read_opd_tables(
        ctx,
        [&](const InputTable& t) -> std::optional<CsvTable> {
            const std::string path = display_path(folder, t.file);
            if (!file_exists(path))
                return std::nullopt;
            return read_csv(read_text_file(path, limits.max_file_bytes), path, limits);
        },
        [&](const InputTable& t) {
            diagnostics.error(SourceLocation::in_file(display_path(folder, t.file)),
                              "berkas wajib tidak ada");
        });
    finish_opd(ctx);
    warn_unknown_files(folder, diagnostics);
    return out;
}

}  // namespace lkjip::input
