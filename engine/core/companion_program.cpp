#include "core/companion_program.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace lkjip {
namespace {

std::string executable_folder() {
    std::string path(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", path.data(), path.size() - 1);
    if (n <= 0)
        return ".";
    path.resize(static_cast<std::size_t>(n));
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
}

std::vector<std::string> candidates(const std::string& name) {
    std::vector<std::string> paths;
    // A packager's layout, or a program built elsewhere than beside its companions (the fuzz targets).
    if (const char* folder = std::getenv("LKJIP_LIBEXECDIR"); folder != nullptr && *folder != '\0')
        paths.push_back(std::string(folder) + "/" + name);
    const std::string folder = executable_folder();
    for (const char* place : {"/", "/../", "/../libexec/lkjip/"})
        paths.push_back(folder + place + name);
    return paths;
}

bool is_executable_file(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::optional<std::string> find_companion_program(const std::string& name) {
    for (const std::string& path : candidates(name))
        if (is_executable_file(path))
            return path;
    return std::nullopt;
}

std::string companion_program(const std::string& name) {
    if (std::optional<std::string> path = find_companion_program(name))
        return *path;
    std::string looked;
    for (const std::string& path : candidates(name))
        looked += (looked.empty() ? "" : ", ") + path;
    throw std::runtime_error("program pembantu " + name + " tidak ditemukan (dicari di " + looked +
                             "); lkjip terpasang tidak lengkap, pasang ulang");
}

}  // namespace lkjip
