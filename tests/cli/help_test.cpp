#include "cli/help.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "cli/app.hpp"
#include "cli/command.hpp"

using namespace lkjip::cli;

namespace {

struct Run {
    int code;
    std::string out;
    std::string err;
};

Run run_lkjip(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = run(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("wrap breaks between words at the width and indents the following lines") {
    CHECK(wrap("satu dua tiga empat", 9, 2, 0) == "satu dua\n  tiga\n  empat");
    CHECK(wrap("satu dua", 8, 0, 0) == "satu dua");                    // exactly the width: one line
    CHECK(wrap("satu dua", 7, 0, 0) == "satu\ndua");                   // one over: broken
    CHECK(wrap("sebuahkatapanjang", 5, 0, 0) == "sebuahkatapanjang");  // a word is never split
    CHECK(wrap("a  b", 80, 0, 0) == "a b");
    CHECK(wrap("satu\n\ndua", 80, 4, 0) == "satu\n\n    dua");  // a blank line carries no indent
    CHECK(wrap("ab cd", 6, 0, 3) == "ab\ncd");                  // the first line starts at column 3
    // Characters, not bytes: "−" is 3 bytes but one column.
    CHECK(wrap("a−b cd", 6, 0, 0) == "a−b cd");
}

TEST_CASE("an option is written with its short name and its value placeholder") {
    CHECK(option_synopsis(
              {.name = "output", .takes_value = true, .short_name = 'o', .value_name = "KELUARAN"}) ==
          "-o, --output KELUARAN");
    CHECK(option_synopsis({.name = "json"}) == "--json");
    CHECK(option_synopsis(help_option()) == "-h, --help");
}

TEST_CASE("every command answers --help, -h and help COMMAND with its own help, exit 0") {
    for (const Command* c : all_commands()) {
        CAPTURE(c->name);
        const Run long_form = run_lkjip({c->name, "--help"});
        CHECK(long_form.code == 0);
        CHECK(long_form.err.empty());
        CHECK(long_form.out == command_help(*c));
        CHECK(long_form.out.rfind("lkjip " + c->name + ": " + c->summary + "\n", 0) == 0);
        CHECK(run_lkjip({c->name, "-h"}).out == long_form.out);
        CHECK(run_lkjip({"help", c->name}).out == long_form.out);
        // Every option the parser accepts is described, once; none takes -h or --help away.
        for (const OptionSpec& o : c->options) {
            CAPTURE(o.name);
            CHECK(o.name != "help");
            CHECK(o.short_name != 'h');
            CHECK_FALSE(o.help.empty());
            CHECK(o.takes_value == !o.value_name.empty());
            const std::string line = "\n  " + option_synopsis(o);
            const std::size_t at = long_form.out.find(line);
            REQUIRE(at != std::string::npos);
            CHECK((long_form.out[at + line.size()] == ' ' || long_form.out[at + line.size()] == '\n'));
            CHECK(long_form.out.find(line + ' ', at + 1) == std::string::npos);
            CHECK(long_form.out.find(line + '\n', at + 1) == std::string::npos);
        }
        // The overview lists it.
        CHECK(overview_help().find("\n  " + c->name + " ") != std::string::npos);
    }
}

TEST_CASE("lkjip help and --help list the commands; no argument is a usage error") {
    CHECK(run_lkjip({"help"}).code == 0);
    CHECK(run_lkjip({"--help"}).out == overview_help());
    CHECK(run_lkjip({"-h"}).code == 0);
    CHECK(run_lkjip({"help", "--help"}).out == overview_help());
    const Run none = run_lkjip({});
    CHECK(none.code == 2);
    CHECK(none.out == overview_help());
}

TEST_CASE("an unknown command, in help too, is exit 2 with the closest name") {
    const Run typo = run_lkjip({"help", "audti"});
    CHECK(typo.code == 2);
    CHECK(typo.err == "lkjip: perintah tidak dikenal: audti; maksud Anda audit?\n(lihat lkjip --help)\n");
    const Run far = run_lkjip({"terbitkan"});
    CHECK(far.code == 2);
    CHECK(far.err == "lkjip: perintah tidak dikenal: terbitkan\n(lihat lkjip --help)\n");
    CHECK(run_lkjip({"help", "check", "compute"}).code == 2);
}

TEST_CASE("a usage error names the command's own help and shows its usage lines") {
    const Run r = run_lkjip({"report"});
    CHECK(r.code == 2);
    CHECK(r.err ==
          "lkjip: pemakaian: lkjip report MASUKAN -o KELUARAN [--format pdf,xlsx,docx] [--templates FOLDER] "
          "[--name NAMA] [--force] "
          "[--font TTF] [--font-bold TTF]\n"
          "           lkjip report MASUKAN --dump [--table NOMOR]...\n"
          "           lkjip report MASUKAN --dump-document\n(lihat lkjip report --help)\n");
}
