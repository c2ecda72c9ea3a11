#pragma once
// What the table readers of one folder share: the model being filled, the problems found, and which
// tables could not be read, so that a broken file is reported once instead of as every reference into it.
#include <filesystem>
#include <set>
#include <string>

#include "core/diagnostic.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

struct ReadContext {
    model::Opd& opd;
    Diagnostics& diagnostics;
    std::set<std::string>
        unreadable;  // file names ("sasaran.csv") not read, or read without a required column

    // "Did you mean" compares a code with every known one: with a million rows of unknown codes that is a
    // trillion comparisons. Suggestions stop once about 20 million codes have been compared.
    std::size_t suggestion_work = 0;
    bool may_suggest(std::size_t known) {
        constexpr std::size_t kBudget = 20'000'000;
        if (suggestion_work + known > kBudget)
            return false;
        suggestion_work += known;
        return true;
    }

    bool readable(const std::string& name) const { return unreadable.count(name) == 0; }
    void mark_unreadable(const std::string& path) {
        unreadable.insert(std::filesystem::path(path).filename().string());
    }
};

}  // namespace lkjip::input
