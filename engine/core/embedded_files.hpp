#pragma once
// Files from config/ and templates/ (the report templates, the example input folder, the bundled fonts)
// compiled into the engine, so the lkjip binary needs no installation step to find its defaults.
#include <optional>
#include <string_view>
#include <vector>

namespace lkjip::embedded {

struct File {
    std::string_view path;  // relative to the repository root, e.g. "config/konvensi-bawaan.json"
    std::string_view content;
};

const std::vector<File>& all();

inline std::optional<std::string_view> find(std::string_view path) {
    for (const File& f : all()) {
        if (f.path == path)
            return f.content;
    }
    return std::nullopt;
}

}  // namespace lkjip::embedded
