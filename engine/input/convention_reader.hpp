#pragma once
// Reads the convention set: config/konvensi-bawaan.json (embedded at build time), overlaid in order by a
// --config file, by the profile's [konvensi] section and by --set KEY=VALUE. Unknown keys and values
// outside the allowed choices are errors that name the file and key and suggest the closest name.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/property_file.hpp"
#include "model/conventions.hpp"

namespace lkjip::input {

struct ConventionOverrides {
    std::string config_file;                 // --config FILE, or empty
    PropertyMap profile_section;             // [konvensi] of the profile (may be empty)
    std::vector<std::string> set_arguments;  // --set KEY=VALUE, in order
};

// The embedded default set as properties (the source of truth for the known keys).
PropertyMap default_convention_properties();

// Throws InputErrors listing every problem found.
model::Conventions load_conventions(const ConventionOverrides& overrides);

// Reads conventions from properties already merged; reports problems into `diagnostics`.
model::Conventions conventions_from_properties(const PropertyMap& merged, Diagnostics& diagnostics);

}  // namespace lkjip::input
