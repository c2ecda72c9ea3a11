#include "core/suggest.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace lkjip {

std::string suggest(std::string_view key, const std::vector<std::string>& known) {
    // Close enough to be a typo: a third of the key's length, at least 2 edits.
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
    std::string best;
    std::size_t best_distance = 0;
    bool tie = false;
    for (const std::string& k : known) {
        // The distance is at least the difference in length, so a name that cannot be within the limit
        // is not measured: a pasted line as a key would cost its length times each name's length for
        // every known name (a 64 KiB key took 12 s in the fuzz build). The result is unchanged, since
        // such a name could neither be returned nor tie with one that is.
        if ((k.size() > key.size() ? k.size() - key.size() : key.size() - k.size()) > limit)
            continue;
        const std::size_t d = text::edit_distance(key, k);
        if (best.empty() || d < best_distance) {
            best = k;
            best_distance = d;
            tie = false;
        } else if (d == best_distance && k != best) {
            tie = true;
        }
    }
    if (tie)
        return "";  // two equally close codes: a guess would mislead
    if (best.empty() || best_distance > limit)
        return "";
    return best;
}

namespace {

// At most this many keys are offered; more would be a list, not a suggestion.
constexpr std::size_t kMostSuggested = 4;

std::string_view section_of(std::string_view key) {
    const std::size_t dot = key.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
}

std::string_view leaf_of(std::string_view key) {
    const std::size_t dot = key.rfind('.');
    return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

// "a, b atau c", or "" when there are none or too many.
std::string one_of(const std::vector<std::string>& keys) {
    if (keys.empty() || keys.size() > kMostSuggested)
        return "";
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i)
        out += (i == 0 ? "" : i + 1 == keys.size() ? " atau " : ", ") + keys[i];
    return out;
}

std::string suggest_in_place(std::string_view key, const std::vector<std::string>& known) {
    if (std::string hint = suggest(key, known); !hint.empty())
        return hint;
    // A path cut short: the keys it begins, at a part boundary or inside the last part.
    std::vector<std::string> longer;
    for (const std::string& k : known) {
        if (k.size() > key.size() && k.compare(0, key.size(), key) == 0)
            longer.push_back(k);
    }
    if (std::string hint = one_of(longer); !hint.empty())
        return hint;
    // The right name in the wrong section (or with none).
    const std::string_view leaf = leaf_of(key);
    std::vector<std::string> same_leaf;
    for (const std::string& k : known) {
        if (leaf_of(k) == leaf && k != key)
            same_leaf.push_back(k);
    }
    return one_of(same_leaf);
}

}  // namespace

std::string suggest_key(std::string_view key, const std::vector<std::string>& known) {
    if (std::string hint = suggest_in_place(key, known); !hint.empty())
        return hint;
    // A misspelt section: correct it, then try again below it ("capaain.batas" -> "capaian.batas_...").
    const std::string_view section = section_of(key);
    if (section.empty())
        return "";
    std::vector<std::string> sections;
    for (const std::string& k : known) {
        for (std::string_view s = section_of(k); !s.empty(); s = section_of(s)) {
            if (std::find(sections.begin(), sections.end(), s) == sections.end())
                sections.emplace_back(s);
        }
    }
    if (std::find(sections.begin(), sections.end(), section) != sections.end())
        return "";
    const std::string corrected = suggest(section, sections);
    if (corrected.empty())
        return "";
    return suggest_in_place(corrected + std::string(key.substr(section.size())), known);
}

}  // namespace lkjip
