#pragma once
// `lkjip compute --json`: the whole computed model. Every figure is a quantity of the vocabulary, under its
// key, with its value from quantity::value_of; the other keys (kode, nama, satuan, the structure) name and
// place them. Numbers are unrounded; an undefined percentage is null and carries the reason in a sibling
// "*_na" field.
#include <string>

#include "compute/performance.hpp"

namespace lkjip::output {

// The "versi_skema" of this JSON (schemas/compute.schema.json): raised when a key is renamed, removed or
// changes type, so programs reading it can tell.
// 2: every figure under its vocabulary key (nasional.target_nasional, nasional.capaian_nasional,
// renstra.target_akhir_renstra, target_tahunan[].target_renstra, anggaran.realisasi_anggaran), an ordinal
// indicator's realisasi as its level (was the score, with the level in realisasi_tertulis).
inline constexpr const char* kPerformanceJsonSchemaVersion = "2";

std::string performance_json(const compute::Performance& p);

}  // namespace lkjip::output
