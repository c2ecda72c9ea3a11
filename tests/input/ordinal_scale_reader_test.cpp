#include "input/ordinal_scale_reader.hpp"

#include <doctest/doctest.h>

using lkjip::input::default_ordinal_scales;
using lkjip::model::find_scale;
using lkjip::model::OrdinalCapaian;

TEST_CASE("config/skala-ordinal.json: every scale has its levels, best first, and cites a source") {
    const auto& scales = default_ordinal_scales();
    REQUIRE(scales.size() == 5);
    const auto* bpk = find_scale(scales, "opini_bpk");
    REQUIRE(bpk);
    CHECK(bpk->labels() == "WTP, WDP, TW, TMP");
    CHECK(bpk->capaian == OrdinalCapaian::ScoreRatio);
    CHECK(bpk->source.find("UU 15/2004") != std::string::npos);
    const auto* sakip = find_scale(scales, "nilai_sakip");
    REQUIRE(sakip);
    CHECK(sakip->labels() == "AA, A, BB, B, CC, C, D");
    CHECK(sakip->source.find("PermenPANRB 88/2021") != std::string::npos);
    const auto* ikm = find_scale(scales, "mutu_pelayanan_ikm");
    REQUIRE(ikm);
    CHECK(ikm->labels() == "A, B, C, D");
    CHECK(ikm->source.find("PermenPANRB 14/2017") != std::string::npos);
    const auto* patuh = find_scale(scales, "kepatuhan_pelayanan_publik");
    REQUIRE(patuh);
    CHECK(patuh->capaian == OrdinalCapaian::MetOrNot);
    for (const auto& s : scales) {
        CHECK_FALSE(s.source.empty());
        for (std::size_t i = 1; i < s.levels.size(); ++i)
            CHECK(s.levels[i].score < s.levels[i - 1].score);  // best first
    }
}
