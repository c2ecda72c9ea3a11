#include "input/xlsx/relationships.hpp"

#include <doctest/doctest.h>

using namespace lkjip::input::xlsx;

TEST_CASE("the relationships part of a part") {
    CHECK(relationships_part("xl/workbook.xml") == "xl/_rels/workbook.xml.rels");
    CHECK(relationships_part("excel/book.xml") == "excel/_rels/book.xml.rels");
    CHECK(relationships_part("workbook.xml") == "_rels/workbook.xml.rels");
    CHECK(relationships_part("") == "_rels/.rels");
}

TEST_CASE("targets resolve against the source part's folder, or the root when absolute") {
    CHECK(resolve_target("xl/workbook.xml", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
    CHECK(resolve_target("xl/workbook.xml", "/xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
    CHECK(resolve_target("xl/workbook.xml", "./worksheets/../worksheets//sheet1.xml") ==
          "xl/worksheets/sheet1.xml");
    CHECK(resolve_target("xl/workbook.xml", "../data/sheet.xml") == "data/sheet.xml");
    CHECK(resolve_target("", "xl/workbook.xml") == "xl/workbook.xml");
    CHECK(resolve_target("", "/xl/workbook.xml") == "xl/workbook.xml");
    CHECK(resolve_target("xl/workbook.xml", "worksheets/Lembar%201.xml") == "xl/worksheets/Lembar 1.xml");
    CHECK(resolve_target("xl/workbook.xml", "worksheets\\sheet1.xml") == "xl/worksheets/sheet1.xml");
    CHECK(resolve_target("xl/workbook.xml", "100%.xml") == "xl/100%.xml");
    CHECK(resolve_target("xl/workbook.xml", "a%FF.xml") == "xl/a%FF.xml");  // %FF alone is no UTF-8
    CHECK_FALSE(resolve_target("xl/workbook.xml", "../../x.xml"));
    CHECK_FALSE(resolve_target("", "/"));
    CHECK_FALSE(resolve_target("", ""));
}

TEST_CASE("relationship types in the transitional and strict vocabularies") {
    Relationship r;
    r.type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    CHECK(has_type(r, "worksheet"));
    r.type = "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet";
    CHECK(has_type(r, "worksheet"));
    r.type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet";
    CHECK_FALSE(has_type(r, "worksheet"));
    r.type = "http://example.org/xworksheet";
    CHECK_FALSE(has_type(r, "worksheet"));
    r.type = "worksheet";
    CHECK_FALSE(has_type(r, "worksheet"));
}
