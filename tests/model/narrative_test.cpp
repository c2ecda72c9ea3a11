#include <doctest/doctest.h>

#include "generated_docs.hpp"
#include "model/narrative.hpp"

using namespace lkjip::model;

TEST_CASE("narrative sections: found by key; blocks by section and code") {
    REQUIRE(find_narrative_section("faktor_pendukung"));
    CHECK(find_narrative_section("faktor_pendukung")->scope == NarrativeScope::Iku);
    CHECK(find_narrative_section("kata_pengantar")->scope == NarrativeScope::Opd);
    CHECK(find_narrative_section("faktor") == nullptr);
    const std::vector<NarrativeBlock> blocks = {{"upaya", "IKU1.1", "a", {}}, {"kesimpulan", "", "b", {}}};
    CHECK(find_narrative(blocks, "upaya", "IKU1.1")->teks == "a");
    CHECK(find_narrative(blocks, "upaya", "IKU1.2") == nullptr);
    CHECK(find_narrative(blocks, "upaya") == nullptr);
    CHECK(find_narrative(blocks, "kesimpulan")->teks == "b");
}

TEST_CASE("fixtures/README.md lists every narasi.csv section, from this table") {
    std::string table = "| bagian | per | isi |\n|---|---|---|\n";
    for (const NarrativeSection& s : narrative_sections())
        table += "| `" + std::string(s.key) + "` | " +
                 (s.scope == NarrativeScope::Iku        ? "IKU (kode)"
                  : s.scope == NarrativeScope::Triwulan ? "triwulan (kode 1-4)"
                                                        : "OPD") +
                 " | " + std::string(s.title) + " |\n";
    lkjip::test::check_generated_section("fixtures/README.md", "narasi", table);
}
