#include "pipeline/arguments.hpp"

#include <doctest/doctest.h>

using namespace lkjip::cli;

TEST_CASE("asks_for_help finds -h/--help only where it stands as an option") {
    const std::vector<OptionSpec> specs = {{.name = "name", .takes_value = true},
                                           {.name = "output", .takes_value = true, .short_name = 'o'},
                                           {.name = "json"}};
    CHECK(asks_for_help({"x", "--help"}, specs));
    CHECK(asks_for_help({"-h"}, specs));
    CHECK(asks_for_help({"--json", "--bukan-opsi", "-h"}, specs));  // help wins over an unknown option
    CHECK_FALSE(asks_for_help({"x", "--name", "-h"}, specs));       // the value of --name
    CHECK_FALSE(asks_for_help({"-o", "--help"}, specs));            // the value of -o
    CHECK(asks_for_help({"--name=-h", "--help"}, specs));           // an inline value takes nothing after
    CHECK_FALSE(asks_for_help({"--", "--help"}, specs));            // after "--" all is operands
    CHECK_FALSE(asks_for_help({"x", "--helpme"}, specs));
}

TEST_CASE("a short option takes its value attached or apart") {
    const std::vector<OptionSpec> specs = {{.name = "jobs", .takes_value = true, .short_name = 'j'},
                                           {.name = "output", .takes_value = true, .short_name = 'o'}};
    CHECK(parse_arguments({"-j4"}, specs).value("jobs") == "4");
    CHECK(parse_arguments({"-j", "4"}, specs).value("jobs") == "4");
    CHECK(parse_arguments({"-j=4"}, specs).value("jobs") == "4");
    CHECK(parse_arguments({"-okeluaran"}, specs).value("output") == "keluaran");
    CHECK_THROWS_AS(parse_arguments({"-x4"}, specs), UsageError);
}
