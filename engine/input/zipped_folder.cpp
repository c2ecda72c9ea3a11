#include "input/zipped_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/xlsx/error.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input {

namespace {

// Input files are named like "realisasi.csv" or "profil.ini": anything else (spaces, control characters,
// non-ASCII, a leading dot) is not a file lkjip reads, and refusing it keeps every written name harmless.
bool plain_file_name(std::string_view name) {
    if (name.empty() || name.size() > 100 || name.front() == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
               c == '_' || c == '-';
    });
}

// Files that archivers add beside the folder's own (macOS resource forks, Windows thumbnails).
bool archiver_litter(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.ends_with("/.DS_Store") || name == ".DS_Store" ||
           name.ends_with("Thumbs.db");
}

struct Placed {
    std::string entry;  // name in the archive
    std::string file;   // base name written in the folder
};

std::vector<Placed> place_entries(const std::vector<std::string>& names, const std::string& display_name) {
    auto refuse = [&](const std::string& entry, const std::string& why) {
        throw InputError(SourceLocation::in_file(display_name), "entri \"" + entry + "\": " + why);
    };
    std::vector<Placed> placed;
    std::set<std::string> top_folders;
    for (const std::string& name : names) {
        if (archiver_litter(name))
            continue;
        if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
            name.find(':') != std::string::npos || name.find('\0') != std::string::npos)
            refuse(name, "jalur mutlak atau tidak sah; zip harus berisi berkas folder masukan saja");
        std::vector<std::string> parts;
        std::size_t start = 0;
        while (start <= name.size()) {
            const std::size_t slash = name.find('/', start);
            parts.push_back(
                name.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
            if (slash == std::string::npos)
                break;
            start = slash + 1;
        }
        for (const std::string& part : parts) {
            if (part == "..")
                refuse(name, "jalur keluar dari folder (\"..\") tidak diizinkan");
        }
        const bool directory = parts.back().empty();
        if (directory)
            parts.pop_back();
        if (parts.size() > 2)
            refuse(name,
                   "folder bertingkat tidak didukung; zip satu folder masukan berisi berkas CSV dan profil");
        if (parts.size() == 2)
            top_folders.insert(parts.front());
        if (directory)
            continue;
        if (!plain_file_name(parts.back()))
            refuse(name,
                   "nama berkas tidak dikenal (hanya huruf, angka, titik, garis bawah dan tanda hubung)");
        placed.push_back({name, parts.back()});
    }
    if (top_folders.size() > 1)
        throw InputError(SourceLocation::in_file(display_name),
                         "zip berisi lebih dari satu folder; kirim satu folder masukan per zip");
    std::set<std::string> seen;
    for (const Placed& p : placed) {
        if (!seen.insert(p.file).second)
            refuse(p.entry, "berkas \"" + p.file + "\" ada lebih dari sekali dalam zip");
    }
    return placed;
}

}  // namespace

UploadKind upload_kind(std::string_view bytes) {
    // A zip starts with a local file header (PK\3\4) or, when empty, the end of the central directory.
    if (!bytes.starts_with(std::string_view("PK\x03\x04", 4)) &&
        !bytes.starts_with(std::string_view("PK\x05\x06", 4)))
        return UploadKind::Unknown;
    const std::unique_ptr<xlsx::ZipArchive> zip = xlsx::ZipArchive::open(bytes, "masukan", {0, 0});
    if (!zip)
        return UploadKind::Unknown;
    return zip->contains("xl/workbook.xml") ? UploadKind::Workbook : UploadKind::ZippedFolder;
}

void extract_zipped_folder(std::string_view bytes, const std::string& display_name, const std::string& folder,
                           const ZippedFolderLimits& limits) {
    const std::unique_ptr<xlsx::ZipArchive> zip =
        xlsx::ZipArchive::open(bytes, display_name, {limits.max_entry_bytes, limits.max_total_bytes});
    if (!zip)
        throw InputError(SourceLocation::in_file(display_name), "bukan arsip zip yang dapat dibaca");
    const std::vector<std::string> names = zip->names();
    if (names.size() > limits.max_entries)
        throw InputError(SourceLocation::in_file(display_name),
                         "zip berisi " + std::to_string(names.size()) + " entri; paling banyak " +
                             std::to_string(limits.max_entries) + " untuk satu folder masukan");
    const std::vector<Placed> placed = place_entries(names, display_name);
    if (placed.empty())
        throw InputError(SourceLocation::in_file(display_name), "zip tidak berisi berkas");
    for (const Placed& p : placed) {
        const std::filesystem::path target = std::filesystem::path(folder) / p.file;
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        if (!out)
            throw OutputError("tidak dapat menulis berkas sementara " + p.file);
        zip->read(p.entry, [&out](std::string_view chunk) {
            out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        });
        out.close();
        if (!out)
            throw OutputError("tidak dapat menulis berkas sementara " + p.file);
    }
}

}  // namespace lkjip::input
