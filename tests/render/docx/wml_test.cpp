#include "render/docx/wml.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace lkjip;
using render::docx::RunStyle;
using render::docx::XmlWriter;

namespace {
std::string run_xml(const std::string& text, const RunStyle& style = {}) {
    XmlWriter x;
    render::docx::run(x, text, style);
    const std::string& s = x.str();
    return s.substr(s.find('\n') + 1);
}
}  // namespace

TEST_CASE("run: newline and tab become w:br and w:tab, text keeps its spaces") {
    CHECK(run_xml("a\nb\tc") ==
          "<w:r><w:t xml:space=\"preserve\">a</w:t><w:br/><w:t xml:space=\"preserve\">b</w:t><w:tab/>"
          "<w:t xml:space=\"preserve\">c</w:t></w:r>");
    CHECK(run_xml(" x ") == "<w:r><w:t xml:space=\"preserve\"> x </w:t></w:r>");
    CHECK(run_xml("") == "<w:r></w:r>");
    CHECK(run_xml("\n") == "<w:r><w:br/></w:r>");
}

TEST_CASE("run: direct formatting in the schema's order") {
    CHECK(run_xml("N", RunStyle{true, true, "C00000", 16}) ==
          "<w:r><w:rPr><w:b/><w:color w:val=\"C00000\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"
          "<w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">N</w:t></w:r>");
}

TEST_CASE("page geometry: A4 with 2 cm margins in twips") {
    CHECK(render::docx::content_width(table::Orientation::Portrait) == 9638);
    CHECK(render::docx::content_width(table::Orientation::Landscape) == 14570);
    CHECK(render::docx::page_height(table::Orientation::Landscape) == 11906);
    CHECK(render::docx::justification(table::Align::Right) == "right");
    CHECK(render::docx::justification(table::Align::Left) == "left");
}
