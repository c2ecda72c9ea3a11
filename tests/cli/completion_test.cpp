#include "cli/completion.hpp"

#include <doctest/doctest.h>

#include "cli/command.hpp"
#include "model/convention_table.hpp"

using namespace lkjip;

// What the script offers is tested in bash (completion_test.sh); here: it is made from the tables.
TEST_CASE("the completion script lists every command, its options, and every --set key and choice") {
    const std::string script = cli::bash_completion();
    CHECK(script.find("complete -F _lkjip lkjip\n") != std::string::npos);
    for (const cli::Command* c : cli::all_commands()) {
        CAPTURE(c->name);
        std::string options;
        for (const cli::OptionSpec& o : c->options) {
            options += (options.empty() ? "--" : " --") + o.name;
            if (o.short_name != 0)
                options += std::string(" -") + o.short_name;
        }
        CHECK(script.find("        " + c->name + ")\n            options=\"" + options + " --help\"\n") !=
              std::string::npos);
    }
    for (const model::ConventionEntry& e : model::convention_table()) {
        CAPTURE(e.key);
        const std::string word = e.key + (e.kind == model::ConventionKind::Scale ? ".1.label=" : "=");
        CHECK(
            (script.find(" " + word) != std::string::npos || script.find("\"" + word) != std::string::npos));
        if (e.kind == model::ConventionKind::Choice) {
            std::string choices;
            for (const std::string& name : e.choices)
                choices += (choices.empty() ? "" : " ") + name;
            CHECK(script.find(e.key + ") _lkjip_words \"" + choices + "\" ;;") != std::string::npos);
        }
    }
}
