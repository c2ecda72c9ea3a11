#include "quantity/vocabulary.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "generated_docs.hpp"

using namespace lkjip::quantity;

TEST_CASE("every quantity is defined once, with a kind, a subject, a description and a source") {
    std::set<std::string_view> seen;
    for (const Quantity& q : vocabulary()) {
        INFO(q.key);
        CHECK(seen.insert(q.key).second);
        CHECK(q.subjects != 0u);
        CHECK_FALSE(q.description.empty());
        CHECK_FALSE(q.source.empty());
        if (q.kind == Kind::Words) {
            const Quantity* amount = find(q.spelled_from);
            REQUIRE(amount != nullptr);
            CHECK(amount->kind == Kind::Money);
            CHECK((amount->subjects & q.subjects) == q.subjects);
        } else {
            CHECK(q.spelled_from.empty());
        }
    }
}

TEST_CASE("find knows every key and the old spelling selisih_anggaran; nothing else") {
    REQUIRE(find("capaian") != nullptr);
    CHECK(find("capaian")->kind == Kind::Percent);
    CHECK(find("pagu")->kind == Kind::Money);
    CHECK(find("selisih_anggaran") == find("sisa_anggaran"));
    CHECK(canonical_key("selisih_anggaran") == "sisa_anggaran");
    CHECK(canonical_key("capaian") == "capaian");
    CHECK(find("realisasi_nasional") == nullptr);  // lkjip has no national realisasi to check it against
    CHECK(find("") == nullptr);
    CHECK(keys().size() == vocabulary().size());
}

TEST_CASE("subjects_text names the subjects in a fixed order") {
    CHECK(subjects_text(kIndicator) == "indikator");
    CHECK(subjects_text(kOpd | kSasaran) == "sasaran, OPD");
    CHECK(subjects_text(0) == "");
}

TEST_CASE("fixtures/README.md lists the vocabulary as besaran, generated from this table") {
    std::string table = "| besaran | tentang | arti | sumber |\n|---|---|---|---|\n";
    for (const Quantity& q : vocabulary()) {
        table += "| `" + std::string(q.key) + "` | " + subjects_text(q.subjects) + " | " +
                 std::string(q.description) + " | " + std::string(q.source) + " |\n";
    }
    lkjip::test::check_generated_section("fixtures/README.md", "besaran", table);
}

TEST_CASE("quarterly quantities: one definition, a key per quarter (issue 19 item 7)") {
    CHECK(quarterly_key("realisasi", 2) == "realisasi_tw2");
    for (const std::string_view base : {"target", "realisasi", "realisasi_anggaran"}) {
        for (int tw = 1; tw <= 4; ++tw) {
            const Quantity* q = find(quarterly_key(base, tw));
            REQUIRE(q != nullptr);
            CHECK(q->kind == find(base)->kind);
            const auto split = split_quarterly_key(q->key);
            REQUIRE(split.has_value());
            CHECK(split->base == base);
            CHECK(split->triwulan == tw);
        }
    }
    CHECK(std::string(find("realisasi_tw3")->description).find("TW III") != std::string::npos);
    CHECK(find("capaian_tw1") == nullptr);  // a capaian per quarter is not a figure lkjip defines
    CHECK_FALSE(split_quarterly_key("realisasi_tw5").has_value());
    CHECK_FALSE(split_quarterly_key("realisasi_tw0").has_value());
    CHECK_FALSE(split_quarterly_key("realisasi").has_value());
    CHECK_FALSE(split_quarterly_key("_tw1").has_value());
}
