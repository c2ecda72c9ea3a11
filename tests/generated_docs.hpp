#pragma once
// Documentation lists generated from the code's own tables (the vocabulary of quantities, the template
// fields): a test compares the section of a Markdown file between `<!-- NAME:begin -->` and
// `<!-- NAME:end -->` with what the code says, and rewrites it when LKJIP_UPDATE_DOCS=1 is set, so the list
// is typed nowhere and cannot drift.
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include <doctest/doctest.h>

namespace lkjip::test {

inline void check_generated_section(const std::string& relative_path, const std::string& name,
                                    const std::string& expected) {
    const std::string path = std::string(LKJIP_SOURCE_DIR) + "/" + relative_path;
    std::string text;
    {
        std::ifstream in(path, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::string begin = "<!-- " + name + ":begin -->\n";
    const std::string end = "<!-- " + name + ":end -->";
    const std::size_t b = text.find(begin);
    const std::size_t e = text.find(end);
    INFO(relative_path << ": section " << name);
    REQUIRE(b != std::string::npos);
    REQUIRE(e != std::string::npos);
    const std::size_t from = b + begin.size();
    const std::string actual = text.substr(from, e - from);
    const char* update = std::getenv("LKJIP_UPDATE_DOCS");
    if (update && std::string(update) == "1" && actual != expected) {
        text.replace(from, e - from, expected);
        std::ofstream(path, std::ios::binary) << text;
        return;
    }
    INFO("regenerate with LKJIP_UPDATE_DOCS=1 build/tests/lkjip_tests");
    CHECK(actual == expected);
}

}  // namespace lkjip::test
