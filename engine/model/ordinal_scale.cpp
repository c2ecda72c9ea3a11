#include "model/ordinal_scale.hpp"

#include <algorithm>
#include <cctype>

namespace lkjip::model {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

const OrdinalLevel* OrdinalScale::find(std::string_view label) const {
    const std::string_view wanted = trimmed(label);
    for (const OrdinalLevel& level : levels) {
        if (same_ignoring_case(level.label, wanted))
            return &level;
    }
    return nullptr;
}

std::string OrdinalScale::labels() const {
    std::string out;
    for (const OrdinalLevel& level : levels)
        out += (out.empty() ? "" : ", ") + level.label;
    return out;
}

const OrdinalScale* find_scale(const std::vector<OrdinalScale>& scales, std::string_view name) {
    for (const OrdinalScale& s : scales) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const OrdinalScale* find_scale(const std::vector<OrdinalScale>& own,
                               const std::vector<OrdinalScale>& configured, std::string_view name) {
    const OrdinalScale* s = find_scale(own, name);
    return s ? s : find_scale(configured, name);
}

}  // namespace lkjip::model
