#include "output/atomic_output.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/diagnostic.hpp"

namespace lkjip::output {

namespace fs = std::filesystem;

namespace {

std::string temporary_sibling(const fs::path& target) {
    return (target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid())))
        .string();
}

void write_whole(const fs::path& path, std::string_view content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw OutputError(path.string() + ": galat: tidak dapat membuat berkas");
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out)
        throw OutputError(path.string() + ": galat: gagal menulis berkas (disk penuh?)");
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content, bool replace_existing) {
    const fs::path target(path);
    std::error_code ec;
    if (fs::exists(target, ec)) {
        if (fs::is_directory(target, ec))
            throw OutputError(path + ": galat: sudah ada folder dengan nama ini");
        if (!replace_existing) {
            throw OutputError(
                path + ": galat: berkas sudah ada; lkjip tidak menimpanya (pakai --force untuk mengganti)");
        }
    }
    const fs::path temp = temporary_sibling(target);
    try {
        write_whole(temp, content);
        fs::rename(temp, target);
    } catch (const fs::filesystem_error& e) {
        fs::remove(temp, ec);
        throw OutputError(path + ": galat: tidak dapat menulis berkas (" + e.code().message() + ")");
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
}

void create_folder_atomically(const std::string& folder,
                              const std::vector<std::pair<std::string, std::string>>& files) {
    const fs::path target = fs::path(folder).lexically_normal();
    std::error_code ec;
    if (fs::exists(target, ec)) {
        if (!fs::is_directory(target, ec) || !fs::is_empty(target, ec)) {
            throw OutputError(folder + ": galat: sudah ada dan tidak kosong; lkjip tidak menimpanya");
        }
        fs::remove(target, ec);  // an empty folder is replaced by the complete one
    }
    const fs::path temp = temporary_sibling(target.has_filename() ? target : target.parent_path());
    try {
        fs::create_directories(temp);
        for (const auto& [name, content] : files)
            write_whole(temp / name, content);
        fs::rename(temp, target);
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(temp, ec);
        throw OutputError(folder + ": galat: tidak dapat membuat folder (" + e.code().message() + ")");
    } catch (...) {
        fs::remove_all(temp, ec);
        throw;
    }
}

}  // namespace lkjip::output
