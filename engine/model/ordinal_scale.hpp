#pragma once
// A named scale of text values (an ordinal indicator's target and realisasi): Opini BPK, nilai SAKIP, ...
// Defined in config/skala-ordinal.json, each citing its source; an indicator names its scale in
// indikator.csv (`skala`). Plain data: the rule that turns two labels into a capaian is
// rules/ordinal_capaian.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::model {

// How an ordinal indicator's capaian is measured: "rasio_skor" = score(R) / score(T) x 100 (the default),
// "tercapai_tidak" = 100 when the realisasi is at least as good as the target, else 0.
enum class OrdinalCapaian { ScoreRatio, MetOrNot };

struct OrdinalLevel {
    std::string label;  // as the documents write it: "WTP", "BB"
    double score = 0;   // higher is better
};

struct OrdinalScale {
    std::string name;         // "opini_bpk"
    std::string description;  // "Opini BPK atas laporan keuangan"
    std::string source;       // the regulation that defines the levels
    OrdinalCapaian capaian = OrdinalCapaian::ScoreRatio;
    std::vector<OrdinalLevel> levels;  // best first

    // The level written `label` (letter case and surrounding spaces ignored), or nullptr.
    const OrdinalLevel* find(std::string_view label) const;
    // "WTP, WDP, TW, TMP": the labels, for messages.
    std::string labels() const;
};

const OrdinalScale* find_scale(const std::vector<OrdinalScale>& scales, std::string_view name);
// The OPD's own scale of that name, else the configured one.
const OrdinalScale* find_scale(const std::vector<OrdinalScale>& own,
                               const std::vector<OrdinalScale>& configured, std::string_view name);

}  // namespace lkjip::model
