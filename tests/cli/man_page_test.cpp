#include "cli/man_page.hpp"

#include <doctest/doctest.h>

#include "cli/command.hpp"
#include "model/convention_table.hpp"

using namespace lkjip;
using lkjip::cli::roff_escape;

TEST_CASE("roff_escape: backslashes and a leading dot or quote cannot become roff requests") {
    CHECK(roff_escape("biasa saja") == "biasa saja");
    CHECK(roff_escape("C:\\data") == "C:\\edata");
    CHECK(roff_escape(".xlsx di awal") == "\\&.xlsx di awal");
    CHECK(roff_escape("'kutip") == "\\&'kutip");
    CHECK(roff_escape("a\n.b\n'c") == "a\n\\&.b\n\\&'c");
    CHECK(roff_escape("a.b 'c'") == "a.b 'c'");  // only at the start of a line
}

TEST_CASE("the man page has a section per command with every option, and every convention key") {
    const std::string page = cli::man_page();
    CHECK(page.find(".TH LKJIP 1 ") != std::string::npos);
    for (const cli::Command* c : cli::all_commands()) {
        CAPTURE(c->name);
        const std::size_t section = page.find(".SS \"lkjip " + c->name + "\"\n");
        REQUIRE(section != std::string::npos);
        const std::size_t next = page.find(".SS ", section + 1);
        const std::string body = page.substr(section, next - section);
        for (const cli::OptionSpec& o : c->options) {
            std::string name;
            for (const char ch : o.name)
                name += ch == '-' ? std::string("\\-") : std::string(1, ch);
            CHECK(body.find("\\fB\\-\\-" + name + "\\fR") != std::string::npos);
        }
        CHECK(body.find("\\fB\\-\\-help\\fR") != std::string::npos);
    }
    for (const model::ConventionEntry& e : model::convention_table()) {
        if (e.kind == model::ConventionKind::Text)
            continue;
        std::string key;
        for (const char ch : e.key)
            key += ch == '-' ? std::string("\\-") : std::string(1, ch);
        CHECK(page.find(".TP\n\\fB" + key + "\\fR\n") != std::string::npos);
    }
}
