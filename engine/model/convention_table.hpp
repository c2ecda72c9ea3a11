#pragma once
// The one table of conventions: every key of config/konvensi-bawaan.json with its kind and, for a choice,
// its names. The convention reader reads by it, `compute --json` writes its `konvensi` block by it, and the
// bash completion offers its keys and choices for --set: a convention added here is read, shown and
// completed, and one missing here is reported as an unknown key (a test checks the default file against
// this table).
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/conventions.hpp"

namespace lkjip::model {

enum class ConventionKind {
    Text,     // free text (names, sources)
    Choice,   // one of `choices`
    Number,   // a number, or "tidak_ada" for none
    Integer,  // a whole number from `min` to `max`
    Scale,    // a list of bands {label, lebih_dari | minimal}
};

// Text: std::string; Choice: the index into `choices`; Integer: int; Number: std::optional<double>;
// Scale: BandScale (its bands; its source comes from the section's "sumber").
using ConventionValue = std::variant<std::string, int, std::optional<double>, BandScale>;

struct ConventionEntry {
    std::string key;  // the dotted path in the configuration, "capaian.batas_atas"
    ConventionKind kind = ConventionKind::Text;
    std::vector<std::string> choices{};  // for Choice, in the order of the enum's values
    int min = 0;                         // for Integer
    int max = 0;
    std::function<ConventionValue(const Conventions&)> get{};
    std::function<void(Conventions&, const ConventionValue&)> set{};
};

// In the order of config/konvensi-bawaan.json (the order `compute --json` shows them in).
const std::vector<ConventionEntry>& convention_table();

}  // namespace lkjip::model
