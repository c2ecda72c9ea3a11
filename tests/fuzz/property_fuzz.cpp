// libFuzzer target: read_properties on arbitrary bytes as INI, JSON and XML, then what is built on a
// PropertyMap: the profile reader and the convention loader. Only InputError and InputErrors may leave
// them; a Boost exception, std::out_of_range or any other type escaping is a finding, since app.cpp turns
// only the documented types into a message and exit code 3.
// load_conventions reads its --config file from disk, so the fuzzed map goes in the way a profile's
// [konvensi] section does, and each input line also goes in as a --set KEY=VALUE argument.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "input/convention_reader.hpp"
#include "input/profile_reader.hpp"
#include "input/property_file.hpp"

namespace {

using lkjip::fuzz::require;
using lkjip::fuzz::valid_utf8;

using namespace lkjip;
using namespace lkjip::input;

void check_map(const PropertyMap& map, const char* file) {
    require(map.file == file, "the map names its file");
    for (const Property& p : map.entries) {
        require(!p.key.empty(), "keys are non-empty");
        require(valid_utf8(p.key) && valid_utf8(p.value), "keys and values are UTF-8");
        require(map.find(p.key) != nullptr, "every key can be found");
    }
}

// The profile, then the conventions as compute would load them: defaults, then the profile's section.
// The convention steps are skipped when they would only read the defaults again (a few hundred
// microseconds each under the sanitizers, and no new path).
void read_on_top(const PropertyMap& map) {
    Diagnostics diagnostics;
    const ProfileRead profile = read_profile(map, diagnostics);
    if (!profile.konvensi.entries.empty() || !profile.konvensi.lists.empty()) {
        try {
            (void)load_conventions(ConventionOverrides{"", profile.konvensi, {}});
        } catch (const InputErrors& e) {
            require(!e.diagnostics().empty(), "InputErrors holds at least one problem");
        }
    }
    if (map.entries.empty() && map.lists.empty())
        return;
    // load_conventions stops at unknown keys; the typed reading behind that gate is fuzzed directly.
    PropertyMap merged = default_convention_properties();
    merged.overlay(map);
    Diagnostics convention_problems;
    (void)conventions_from_properties(merged, convention_problems);
    for (const Diagnostic& d : convention_problems.items())
        require(!format_diagnostic(d).empty(), "diagnostics format");
}

std::vector<std::string> lines_of(std::string_view content) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < content.size() && out.size() < 64) {
        std::size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        out.emplace_back(content.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    struct Format {
        PropertyFormat format;
        const char* file;
    };
    static constexpr std::array<Format, 3> formats = {Format{PropertyFormat::Ini, "fuzz.ini"},
                                                      Format{PropertyFormat::Json, "fuzz.json"},
                                                      Format{PropertyFormat::Xml, "fuzz.xml"}};
    for (const Format& f : formats) {
        try {
            const PropertyMap map = read_properties(content, f.file, f.format);
            check_map(map, f.file);
            read_on_top(map);
        } catch (const InputError& e) {
            require(e.diagnostic().where.file == f.file, "errors name the file");
        } catch (const InputErrors&) {
        }
    }
    // --set arguments are what a user types, so they get the same checks as the files. A command line is
    // short: longer inputs skip this step, which re-reads the embedded defaults and costs a third of the
    // time of the whole target.
    if (size <= 512 && valid_utf8(content) && content.find('\0') == std::string_view::npos) {
        try {
            (void)load_conventions(ConventionOverrides{"", {}, lines_of(content)});
        } catch (const InputErrors& e) {
            require(!e.diagnostics().empty(), "InputErrors holds at least one problem");
        }
    }
    return 0;
}
