#pragma once
// Capaian of an ordinal (text-valued) indicator: its target and realisasi are levels of a named scale
// (Opini BPK, nilai SAKIP, ...; config/skala-ordinal.json), compared through their scores.
#include <optional>
#include <string>

#include "model/conventions.hpp"
#include "model/opd.hpp"
#include "model/ordinal_scale.hpp"
#include "rules/capaian.hpp"

namespace lkjip::rules {

// rasio_skor: score(R) / score(T) x 100 (WDP against WTP: 3 / 4 x 100 = 75); tercapai_tidak: 100 when R
// is at least as good as T, else 0. The floor and cap of `conv` apply as to any capaian. n/a (with the
// reason) without a target or a realisasi, for a label not on the scale, or a target scored 0.
Capaian ordinal_capaian(const model::OrdinalScale& scale, const std::optional<model::Target>& target,
                        const std::string& realisasi_label, const model::CapaianConventions& conv);

// The score of a level of the scale written `label`, or nullopt.
std::optional<double> ordinal_score(const model::OrdinalScale& scale, const std::string& label);

}  // namespace lkjip::rules
