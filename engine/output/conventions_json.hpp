#pragma once
// The `konvensi` block of `compute --json` and `audit --json`: every convention in force, written from the
// convention table (model/convention_table.hpp) in the shape of config/konvensi-bawaan.json, so no
// convention can be missing from it. "tidak_ada" (no bound) is null.
#include "model/conventions.hpp"
#include "output/json_writer.hpp"

namespace lkjip::output {

// Writes the value (an object) for a key the caller has written.
void write_conventions(JsonWriter& w, const model::Conventions& c);

}  // namespace lkjip::output
