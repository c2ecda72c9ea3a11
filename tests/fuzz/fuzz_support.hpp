#pragma once
// What every fuzz target checks with: a broken promise aborts, so that libFuzzer keeps the input that
// broke it; and text that reaches a terminal or a report must be UTF-8 whatever bytes came in.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/text.hpp"

namespace lkjip::fuzz {

inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

// The same, quoting the input (for targets whose inputs are short enough to read in a log).
inline void require(bool ok, const char* what, std::string_view input) {
    if (!ok) {
        std::fprintf(stderr, "fuzz: invariant broken: %s, input \"%.*s\"\n", what,
                     static_cast<int>(input.size()), input.data());
        std::abort();
    }
}

inline bool valid_utf8(std::string_view s) {
    return !text::find_invalid_utf8(s).has_value();
}

}  // namespace lkjip::fuzz
