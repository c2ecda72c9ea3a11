#include "output/atomic_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "core/diagnostic.hpp"
#include "core/system_error.hpp"
#include "core/temporary_files.hpp"

namespace lkjip::output {

namespace fs = std::filesystem;

namespace {

void write_whole(const fs::path& path, std::string_view content) {
    const TemporaryWrite written = write_temporary_file(path.string(), content);
    if (written.failed == TemporaryWrite::Failed::Creating)
        throw OutputError(path.string() +
                          ": galat: tidak dapat membuat berkas: " + system_reason(written.error));
    if (written.failed == TemporaryWrite::Failed::Writing)
        throw OutputError(path.string() + ": galat: gagal menulis berkas: " + system_reason(written.error));
}

std::string parent_folder(const fs::path& target) {
    const fs::path parent = target.parent_path();
    return parent.empty() ? "." : parent.string();
}

}  // namespace

int rename_without_replacing(const std::string& from, const std::string& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    const int error = errno;
    if (error != EINVAL && error != ENOSYS && error != ENOTSUP)
        return error;
    // A file system without RENAME_NOREPLACE: link() fails with EEXIST just as atomically.
    if (::link(from.c_str(), to.c_str()) != 0)
        return errno;
    ::unlink(from.c_str());
    return 0;
}

std::string placing_failed(const std::string& path, int error_number) {
    if (error_number == EEXIST || error_number == ENOTEMPTY)
        return path + ": galat: berkas sudah ada; lkjip tidak menimpanya (pakai --force untuk mengganti)";
    return path + ": galat: tidak dapat menulis berkas: " + system_reason(error_number);
}

void write_file_atomically(const std::string& path, std::string_view content, bool replace_existing) {
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec))
        throw OutputError(path + ": galat: sudah ada folder dengan nama ini");
    if (!replace_existing && fs::exists(fs::symlink_status(target, ec)))
        throw OutputError(placing_failed(path, EEXIST));
    remove_stale_temporaries(parent_folder(target));
    const std::string temp = temporary_path_for(path);
    register_temporary(temp);  // before it exists: an interruption while it is written removes it
    try {
        write_whole(temp, content);
        int error = 0;
        {
            const auto lock = hold_temporaries();
            if (replace_existing)
                error = std::rename(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
            else
                error = rename_without_replacing(temp, path);
        }
        if (error != 0)
            throw OutputError(placing_failed(path, error));
    } catch (...) {
        fs::remove(temp, ec);
        forget_temporary(temp);
        throw;
    }
    forget_temporary(temp);
}

void create_folder_atomically(const std::string& folder,
                              const std::vector<std::pair<std::string, std::string>>& files) {
    const fs::path target = fs::path(folder).lexically_normal();
    std::error_code ec;
    const fs::path named = target.has_filename() ? target : target.parent_path();
    if (fs::exists(fs::symlink_status(named, ec))) {
        if (!fs::is_directory(fs::symlink_status(named, ec)) || !fs::is_empty(named, ec)) {
            throw OutputError(folder + ": galat: sudah ada dan tidak kosong; lkjip tidak menimpanya");
        }
        fs::remove(named, ec);  // an empty folder is replaced by the complete one
    }
    remove_stale_temporaries(parent_folder(named));
    const std::string temp = temporary_path_for(named.string());
    if (const fs::path parent = named.parent_path(); !parent.empty())
        fs::create_directories(parent, ec);  // a failure is told by the next step
    if (const int error = create_temporary_folder(temp, TemporaryKind::Folder))
        throw OutputError(folder + ": galat: tidak dapat membuat folder: " + system_reason(error));
    try {
        for (const auto& [name, content] : files)
            write_whole(fs::path(temp) / name, content);
        int error = 0;
        {
            const auto lock = hold_temporaries();
            error = rename_without_replacing(temp, named.string());
        }
        if (error == EEXIST || error == ENOTEMPTY)
            throw OutputError(folder + ": galat: sudah ada dan tidak kosong; lkjip tidak menimpanya");
        if (error != 0)
            throw OutputError(folder + ": galat: tidak dapat membuat folder: " + system_reason(error));
    } catch (...) {
        fs::remove_all(temp, ec);
        forget_temporary(temp);
        throw;
    }
    forget_temporary(temp);
}

}  // namespace lkjip::output
