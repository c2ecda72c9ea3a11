#include "input/file_access.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/diagnostic.hpp"

namespace lkjip::input {

namespace fs = std::filesystem;

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw InputError(SourceLocation::in_file(path), "berkas tidak ditemukan");
    if (fs::is_directory(status))
        throw InputError(SourceLocation::in_file(path), "berkas diharapkan, ditemukan folder");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) {
        throw InputError(SourceLocation::in_file(path),
                         "berkas terlalu besar (" + std::to_string(size / (1024 * 1024)) + " MiB; batas " +
                             std::to_string(max_bytes / (1024 * 1024)) + " MiB; ubah dengan --max-file-mb)");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(SourceLocation::in_file(path), "berkas tidak dapat dibuka untuk dibaca");
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        throw InputError(SourceLocation::in_file(path), "berkas tidak dapat dibaca");
    return content.str();
}

bool file_exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

}  // namespace lkjip::input
