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
