#include <doctest/doctest.h>

#include "document/sentence_templates.hpp"

using namespace lkjip;
using namespace lkjip::document;

TEST_CASE("the default sentence templates are valid and use only their declared names") {
    CHECK_NOTHROW(SentenceTemplates::defaults());
}

TEST_CASE("an unknown name in a sentence template is an error with file, line and name") {
    Diagnostics d;
    SentenceTemplates::from({{"program", "Program {{program}}\n({{kode}}): {{pagu_total}}."}},
                            {{"program", "t/dokumen/program.mustache"}}, d);
    REQUIRE(d.error_count() == 1);
    const Diagnostic& e = d.items().front();
    CHECK(e.where.file == "t/dokumen/program.mustache");
    CHECK(e.where.line == 2);
    CHECK(e.message.find("\"pagu_total\" tidak dikenal") != std::string::npos);
    CHECK(e.message.find("realisasi_anggaran") != std::string::npos);  // the names it may use
}

TEST_CASE("section names are checked too; partials and delimiter changes are refused") {
    Diagnostics d;
    SentenceTemplates::from({{"program", "{{#ada}}x{{/ada}}"}, {"tanpa_program", "{{> lain}}"}}, {}, d);
    CHECK(d.error_count() == 3);  // #ada, /ada, and the partial
    Diagnostics e;
    SentenceTemplates::from({{"tanpa_program", "{{=<% %>=}}"}}, {}, e);
    CHECK(e.error_count() == 1);
}

TEST_CASE("an unclosed tag and an invalid section are errors") {
    Diagnostics d;
    SentenceTemplates::from({{"tanpa_program", "{{indikator"}}, {}, d);
    CHECK(d.has_errors());
    Diagnostics e;
    SentenceTemplates::from({{"tanpa_program", "{{#indikator}}x"}}, {}, e);
    CHECK(e.has_errors());
}

TEST_CASE("rendering: plain text (no HTML escaping), sections on flags, white space collapsed") {
    Diagnostics d;
    const SentenceTemplates t = SentenceTemplates::from(
        {{"program",
          "{{program}}  ({{kode}}):\n pagu {{pagu}}{{#ada_serapan}}, serapan {{serapan}}{{/ada_serapan}}"
          "{{^ada_serapan}}; {{alasan_serapan}}{{/ada_serapan}} ."}},
        {}, d);
    REQUIRE_FALSE(d.has_errors());
    SentenceValues v{{"kode", std::string("2.17.03")},   {"program", std::string("Program A & B <x>")},
                     {"pagu", std::string("Rp 1.000")},  {"realisasi_anggaran", std::string("Rp 900")},
                     {"serapan", std::string("90,00%")}, {"ada_serapan", true},
                     {"alasan_serapan", std::string("")}};
    CHECK(t.render("program", v) == "Program A & B <x> (2.17.03): pagu Rp 1.000, serapan 90,00%.");
    v["ada_serapan"] = false;
    v["alasan_serapan"] = std::string("pagu 0");
    CHECK(t.render("program", v) == "Program A & B <x> (2.17.03): pagu Rp 1.000; pagu 0.");
    v.erase("kode");
    CHECK_THROWS_AS(t.render("program", v), std::logic_error);
}

#include "generated_docs.hpp"

TEST_CASE("templates/README.md lists every kind of generated sentence and its names, from this table") {
    std::string table = "| templat | kalimat | nama |\n|---|---|---|\n";
    for (const SentenceKind& k : sentence_kinds()) {
        std::string names;
        for (std::string_view n : k.keys)
            names += (names.empty() ? "`" : ", `") + std::string(n) + "`";
        table +=
            "| `" + std::string(k.name) + ".mustache` | " + std::string(k.purpose) + " | " + names + " |\n";
    }
    lkjip::test::check_generated_section("templates/README.md", "kalimat", table);
}
