#include "rules/ordinal_capaian.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/number_format.hpp"

using lkjip::model::CapaianConventions;
using lkjip::model::CapScope;
using lkjip::model::OrdinalCapaian;
using lkjip::model::OrdinalScale;
using lkjip::model::Target;
using lkjip::rules::ordinal_capaian;
using lkjip::rules::ordinal_score;

namespace {

OrdinalScale opini_bpk() {
    OrdinalScale s;
    s.name = "opini_bpk";
    s.source = "UU 15/2004";
    s.levels = {{"WTP", 4}, {"WDP", 3}, {"TW", 2}, {"TMP", 1}};
    return s;
}

std::optional<Target> target(const std::string& label) {
    Target t;
    t.label = label;
    return t;
}

}  // namespace

TEST_CASE("ordinal capaian: score(R) / score(T) x 100 (rasio_skor, the default)") {
    const OrdinalScale s = opini_bpk();
    const CapaianConventions conv;
    CHECK(ordinal_capaian(s, target("WTP"), "WTP", conv).value == std::optional<double>(100.0));
    CHECK(ordinal_capaian(s, target("WTP"), "WDP", conv).value == std::optional<double>(75.0));
    CHECK(ordinal_capaian(s, target("WTP"), "TMP", conv).value == std::optional<double>(25.0));
    CHECK(ordinal_capaian(s, target("WDP"), "WTP", conv).value ==
          std::optional<double>(lkjip::format::clean(4.0 / 3.0 * 100.0)));  // 133,33: above the target
    CHECK(ordinal_capaian(s, target("wtp"), " wdp ", conv).value == std::optional<double>(75.0));
    SUBCASE("the cap applies as to any capaian") {
        CapaianConventions capped;
        capped.cap = 100.0;
        const auto c = ordinal_capaian(s, target("WDP"), "WTP", capped);
        CHECK(c.value == std::optional<double>(100.0));
        CHECK(c.capped);
        capped.cap_scope = CapScope::AggregationOnly;
        CHECK_FALSE(ordinal_capaian(s, target("WDP"), "WTP", capped).capped);
    }
}

TEST_CASE("ordinal capaian: tercapai_tidak gives 100 or 0") {
    OrdinalScale s = opini_bpk();
    s.capaian = OrdinalCapaian::MetOrNot;
    const CapaianConventions conv;
    CHECK(ordinal_capaian(s, target("WTP"), "WTP", conv).value == std::optional<double>(100.0));
    CHECK(ordinal_capaian(s, target("WDP"), "WTP", conv).value == std::optional<double>(100.0));
    CHECK(ordinal_capaian(s, target("WTP"), "WDP", conv).value == std::optional<double>(0.0));
}

TEST_CASE("ordinal capaian: n/a with the reason, never 0") {
    const OrdinalScale s = opini_bpk();
    const CapaianConventions conv;
    auto c = ordinal_capaian(s, std::nullopt, "WTP", conv);
    CHECK_FALSE(c.value);
    CHECK(c.na_reason == "tidak ada target");
    c = ordinal_capaian(s, target("WTP"), "", conv);
    CHECK_FALSE(c.value);
    CHECK(c.na_reason == "tidak ada realisasi");
    c = ordinal_capaian(s, target("WTP"), "Wajar", conv);
    CHECK_FALSE(c.value);
    CHECK(c.na_reason == "\"Wajar\" bukan tingkat skala opini_bpk");
    CHECK(ordinal_score(s, "TW") == std::optional<double>(2.0));
    CHECK_FALSE(ordinal_score(s, "W").has_value());
}
