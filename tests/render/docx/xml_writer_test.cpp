#include "render/docx/xml_writer.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

using lkjip::render::docx::xml_escape;
using lkjip::render::docx::XmlWriter;

namespace {
const std::string kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}

TEST_CASE("xml_escape escapes the five markup characters") {
    CHECK(xml_escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    CHECK(xml_escape("&amp;") == "&amp;amp;");  // already escaped text is text, escaped again
    CHECK(xml_escape("") == "");
}

TEST_CASE("xml_escape removes the control characters XML 1.0 cannot hold and keeps tab and newlines") {
    CHECK(xml_escape(std::string("a\x01"
                                 "b\x1f"
                                 "c\x7f"
                                 "d",
                                 7)) == "abcd");
    CHECK(xml_escape(std::string("x\0y", 3)) == "xy");
    CHECK(xml_escape("a\tb\nc\rd") == "a\tb\nc\rd");
    CHECK(xml_escape("\x1b[31m") == "[31m");
}

TEST_CASE("xml_escape passes UTF-8 through unchanged") {
    CHECK(xml_escape("Rp 1.000 — capaian ≥ 90% ∑") == "Rp 1.000 — capaian ≥ 90% ∑");
}

TEST_CASE("XmlWriter nests elements and escapes attributes and text") {
    XmlWriter x;
    x.open("w:p", {{"w:rsid", "a\"<b"}});
    x.empty("w:br");
    x.element("w:t", "1 < 2 & 3", {{"xml:space", "preserve"}});
    x.close();
    CHECK(x.depth() == 0);
    CHECK(x.str() ==
          kDeclaration +
              "<w:p w:rsid=\"a&quot;&lt;b\"><w:br/><w:t xml:space=\"preserve\">1 &lt; 2 &amp; 3</w:t></w:p>");
}

TEST_CASE("XmlWriter refuses an unclosed element and a close without an open one") {
    XmlWriter x;
    x.open("a").open("b");
    CHECK(x.depth() == 2);
    CHECK_THROWS_AS(x.str(), std::logic_error);
    x.close().close();
    CHECK(x.str() == kDeclaration + "<a><b></b></a>");
    CHECK_THROWS_AS(x.close(), std::logic_error);
}
