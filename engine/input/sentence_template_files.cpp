#include "input/sentence_template_files.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "input/file_access.hpp"

namespace lkjip::input {

SentenceTemplateFiles read_sentence_template_files(const std::string& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> found;
    for (const fs::directory_entry& e : fs::directory_iterator(folder, ec)) {
        if (e.is_regular_file() && e.path().extension() == ".mustache")
            found.push_back(e.path());
    }
    std::sort(found.begin(), found.end());
    SentenceTemplateFiles out;
    for (const fs::path& p : found) {
        const std::string name = p.stem().string();
        out.texts[name] = read_text_file(p.string(), 256u * 1024u);
        out.paths[name] = p.string();
    }
    return out;
}

}  // namespace lkjip::input
