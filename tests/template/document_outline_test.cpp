#include "template/document_outline.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "document/sentence_templates.hpp"
#include "generated_docs.hpp"

using namespace lkjip;
using namespace lkjip::templates;

TEST_CASE("outline texts: {{name}} tags are found and expanded; anything else is refused") {
    std::vector<std::string> bad;
    const auto collect = [&](std::string message) { bad.push_back(std::move(message)); };
    CHECK(outline_tags("3.1.{{urut_sasaran}}.{{urut_iku}}", collect) ==
          std::vector<std::string>{"urut_sasaran", "urut_iku"});
    CHECK(bad.empty());
    CHECK(outline_tags("{{#a}}{{ b }}{{", collect).empty());
    REQUIRE(bad.size() == 3);
    CHECK(bad[2] == "tag \"{{\" tidak ditutup dengan \"}}\"");
    const auto value = [](std::string_view name) { return name == "tahun" ? std::string("2023") : "?"; };
    CHECK(expand_outline_text("Tahun {{tahun}}.", value) == "Tahun 2023.");
    CHECK(expand_outline_text("{{tahun}}{{tahun}}", value) == "20232023");
    CHECK(expand_outline_text("tanpa", value) == "tanpa");
    CHECK(expand_outline_text("buka {{", value) == "buka {{");
}

TEST_CASE("outline names: scopes nest (a per_iku text may use the sasaran's and the document's names)") {
    CHECK(outline_text_name_in_scope("tahun", OutlineScope::Iku));
    CHECK(outline_text_name_in_scope("kode_sasaran", OutlineScope::Iku));
    CHECK_FALSE(outline_text_name_in_scope("kode_iku", OutlineScope::Sasaran));
    CHECK_FALSE(outline_text_name_in_scope("tidak_ada", OutlineScope::Iku));
}

TEST_CASE("every sentence the outline may place is a kind of generated sentence") {
    for (const OutlineName& n : outline_sentences()) {
        const bool known = std::any_of(document::sentence_kinds().begin(), document::sentence_kinds().end(),
                                       [&](const document::SentenceKind& k) { return k.name == n.name; });
        CHECK_MESSAGE(known, n.name);
    }
}

TEST_CASE(
    "templates/README.md lists the outline's sentences, generated blocks and names, from these tables") {
    const auto scope = [](OutlineScope s) { return "`" + std::string(scope_title(s)) + "`"; };
    std::string text = "| `kalimat` | tempat | isi |\n|---|---|---|\n";
    for (const OutlineName& n : outline_sentences())
        text +=
            "| `" + std::string(n.name) + "` | " + scope(n.scope) + " | " + std::string(n.purpose) + " |\n";
    text += "\n| `blok` | tempat | isi |\n|---|---|---|\n";
    for (const OutlineName& n : outline_generated_blocks())
        text +=
            "| `" + std::string(n.name) + "` | " + scope(n.scope) + " | " + std::string(n.purpose) + " |\n";
    text += "\n| `{{nama}}` | tempat | isi |\n|---|---|---|\n";
    for (const OutlineTextName& n : outline_text_names())
        text +=
            "| `" + std::string(n.name) + "` | " + scope(n.scope) + " | " + std::string(n.purpose) + " |\n";
    lkjip::test::check_generated_section("templates/README.md", "kerangka", text);
}
