#include "render/docx/docx_parts.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace lkjip::render::docx;

TEST_CASE("w3c_date writes UTC with seconds") {
    CHECK(w3c_date(1704067200) == "2024-01-01T00:00:00Z");
    CHECK(w3c_date(1) == "1970-01-01T00:00:01Z");
    CHECK(w3c_date(253402300799LL) == "9999-12-31T23:59:59Z");
}

TEST_CASE("the content types name every part and the relationships point at them from word/") {
    const std::vector<Part> parts = {
        {"word/document.xml", "main+xml", "", "", ""},
        {"word/styles.xml", "styles+xml", "http://x/styles", "rIdStyles", ""},
        {"word/charts/chart1.xml", "chart+xml", "http://x/chart", "rIdChart1", ""},
        {"docProps/app.xml", "app+xml", "", "", ""},
    };
    const std::string types = content_types_xml(parts);
    for (const Part& p : parts)
        CHECK(types.find("<Override PartName=\"/" + p.name + "\" ContentType=\"" + p.content_type + "\"/>") !=
              std::string::npos);
    CHECK(types.find("Extension=\"rels\"") != std::string::npos);
    const std::string rels = document_relationships_xml(parts);
    CHECK(rels.find("<Relationship Id=\"rIdStyles\" Type=\"http://x/styles\" Target=\"styles.xml\"/>") !=
          std::string::npos);
    CHECK(rels.find("Target=\"charts/chart1.xml\"") != std::string::npos);
    CHECK(rels.find("document.xml") == std::string::npos);  // not related to itself
    CHECK(rels.find("app.xml") == std::string::npos);
}

TEST_CASE("numbering: one bullet list and a restarting w:num per numbered list") {
    const std::string none = numbering_xml(0);
    CHECK(none.find("<w:num w:numId=\"1\">") != std::string::npos);
    CHECK(none.find("<w:num w:numId=\"2\">") == std::string::npos);
    const std::string three = numbering_xml(3);
    CHECK(three.find("<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                     "<w:startOverride w:val=\"1\"/>") != std::string::npos);
    CHECK(three.find("<w:num w:numId=\"5\">") == std::string::npos);
}

TEST_CASE("styles: headings with outline levels, the caption and contents styles") {
    const std::string styles = styles_xml();
    CHECK(styles.find("<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>") !=
          std::string::npos);
    CHECK(styles.find("<w:outlineLvl w:val=\"0\"/>") != std::string::npos);
    CHECK(styles.find("<w:outlineLvl w:val=\"2\"/>") != std::string::npos);
    CHECK(styles.find("w:styleId=\"Heading4\"><w:name w:val=\"heading 4\"/>") != std::string::npos);
    CHECK(styles.find("<w:outlineLvl w:val=\"3\"/>") != std::string::npos);
    CHECK(styles.find("w:styleId=\"Caption\"><w:name w:val=\"caption\"/>") != std::string::npos);
    CHECK(styles.find("w:styleId=\"TOC3\"") != std::string::npos);
    CHECK(styles.find("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"") != std::string::npos);
}
