#include "model/ordinal_scale.hpp"

#include <doctest/doctest.h>

#include <vector>

using lkjip::model::find_scale;
using lkjip::model::OrdinalScale;

TEST_CASE("ordinal scale: a label is found ignoring case and surrounding spaces") {
    OrdinalScale s;
    s.name = "nilai_sakip";
    s.levels = {{"AA", 7}, {"A", 6}, {"BB", 5}};
    REQUIRE(s.find(" bb ") != nullptr);
    CHECK(s.find(" bb ")->label == "BB");
    CHECK(s.find("a")->score == 6.0);
    CHECK(s.find("B") == nullptr);
    CHECK(s.find("") == nullptr);
    CHECK(s.labels() == "AA, A, BB");
    const std::vector<OrdinalScale> all = {s};
    CHECK(find_scale(all, "nilai_sakip") == &all[0]);
    CHECK(find_scale(all, "opini_bpk") == nullptr);
    CHECK(find_scale(all, "") == nullptr);
}

TEST_CASE("ordinal scale: the OPD's own scale comes before the configured one of the same name") {
    OrdinalScale configured;
    configured.name = "opini_bpk";
    configured.levels = {{"WTP", 4}, {"WDP", 3}};
    OrdinalScale own = configured;
    own.levels = {{"WTP", 2}, {"WDP", 1}};
    OrdinalScale spip;
    spip.name = "nilai_spip";
    const std::vector<OrdinalScale> own_scales = {own, spip};
    const std::vector<OrdinalScale> configured_scales = {configured};
    CHECK(find_scale(own_scales, configured_scales, "opini_bpk") == &own_scales[0]);
    CHECK(find_scale(own_scales, configured_scales, "nilai_spip") == &own_scales[1]);
    CHECK(find_scale({}, configured_scales, "opini_bpk") == &configured_scales[0]);
    CHECK(find_scale(own_scales, configured_scales, "nilai_rb") == nullptr);
}
