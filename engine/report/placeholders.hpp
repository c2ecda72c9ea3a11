#pragma once
// The {names} a template's texts may hold (titles, sheet names, notes, chart titles), each defined once with
// its description and its value. Notes that state a rule use the rule's own words (rules/*: capaian_prose,
// scale_prose, ...), so they follow the conventions in force instead of being typed in the template.
#include <string>
#include <vector>

#include "compute/performance.hpp"

namespace lkjip::report {

struct Placeholder {
    const char* name;
    const char* description;  // for templates/README.md
    std::string (*value)(const compute::Performance& p, const std::string& nomor, int column_year);
};

const std::vector<Placeholder>& placeholders();

// The names alone, for the template checks and their suggestions.
const std::vector<std::string>& placeholder_names();

// Replaces every {name} of placeholders() in `text`; an unknown {name} is left as it is (the template checks
// refuse it when the template is read).
std::string expand_placeholders(const std::string& text, const compute::Performance& p,
                                const std::string& nomor, int column_year);

}  // namespace lkjip::report
