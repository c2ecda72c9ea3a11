#pragma once
// The profile file of an input folder (profil.ini, profil.json or profil.xml): the OPD, its head, the
// Renstra period, visi/misi, and the [konvensi] overrides for this OPD.
#include "core/diagnostic.hpp"
#include "input/property_file.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

struct ProfileRead {
    model::Profile profile;
    PropertyMap konvensi;  // keys below "konvensi." with the prefix removed
};

ProfileRead read_profile(const PropertyMap& map, Diagnostics& diagnostics);

}  // namespace lkjip::input
