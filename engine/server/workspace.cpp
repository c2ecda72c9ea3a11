#include "server/workspace.hpp"

#include <stdlib.h>

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"

namespace lkjip::server {

Workspace::Workspace() {
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    std::string pattern = ((ec ? std::filesystem::path("/tmp") : base) / "lkjip-serve-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (::mkdtemp(buffer.data()) == nullptr)
        throw OutputError("lkjip serve: folder sementara tidak dapat dibuat di " + base.string());
    path_ = buffer.data();
}

Workspace::~Workspace() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);  // nothing to report to: the response has been made
}

std::string Workspace::file(const std::string& name) const {
    return (std::filesystem::path(path_) / name).string();
}

std::string Workspace::relative(std::string text) const {
    const std::string prefix = path_ + "/";
    for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at))
        text.erase(at, prefix.size());
    return text;
}

}  // namespace lkjip::server
