#include "document/table_list.hpp"

#include <doctest/doctest.h>

using namespace lkjip::document;

TEST_CASE("listed_tables: each table once at its first reference, with the slot of that reference") {
    Document doc;
    doc.report.tables.resize(3);
    Section first;
    first.blocks = {Contents{Contents::Of::Tables}, TableRef{2}, TableRef{0}};
    Section second;
    second.blocks = {TableRef{2}, TableRef{1}};  // table 2 again (the PK annex shows it twice)
    doc.sections = {first, second};
    const std::vector<ListedTable> listed = listed_tables(doc);
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].index == 2);
    CHECK(listed[0].slot == 0);
    CHECK(listed[1].index == 0);
    CHECK(listed[1].slot == 1);
    CHECK(listed[2].index == 1);
    CHECK(listed[2].slot == 3);  // slot 2 is table 2's second reference
    CHECK(listed_tables(Document{}).empty());
}
