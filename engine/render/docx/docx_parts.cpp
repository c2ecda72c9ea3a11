#include "render/docx/docx_parts.hpp"

#include <cstdio>
#include <optional>

#include "core/utc_time.hpp"
#include "render/docx/wml.hpp"
#include "render/docx/xml_writer.hpp"

namespace lkjip::render::docx {

namespace {

constexpr std::string_view kNsContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr std::string_view kNsRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kGrey = "595959";

// A paragraph style as data: what differs between Normal, the headings, the caption and the contents.
struct StyleSpec {
    std::string_view id;
    std::string_view name;
    int half_points = 0;  // 0: inherit
    bool bold = false;
    std::optional<int> outline_level;  // 0 = level 1, for the navigation pane and TOC \o / \u
    std::string_view jc;               // empty: inherit
    bool keep_next = false;
    int before = -1;  // spacing, twips; -1: inherit
    int after = -1;
    int indent = 0;
    bool toc_tab = false;  // a right tab with dot leader at the text's right edge, for the page number
    std::string_view color;
};

const StyleSpec kStyles[] = {
    {"Title", "Title", 40, true, std::nullopt, "center", true, 0, 240, 0, false, {}},
    {"Heading1", "heading 1", 28, true, 0, "center", true, 0, 240, 0, false, {}},
    {"Heading2", "heading 2", 24, true, 1, {}, true, 280, 100, 0, false, {}},
    {"Heading3", "heading 3", 22, true, 2, {}, true, 200, 80, 0, false, {}},
    {"Heading4", "heading 4", 21, true, 3, {}, true, 160, 80, 0, false, {}},
    {"Caption", "caption", 20, true, std::nullopt, "center", true, 200, 120, 0, false, {}},
    {"TOC1", "toc 1", 0, true, std::nullopt, {}, false, 60, 30, 0, true, {}},
    {"TOC2", "toc 2", 0, false, std::nullopt, {}, false, 0, 30, 280, true, {}},
    {"TOC3", "toc 3", 0, false, std::nullopt, {}, false, 0, 30, 560, true, {}},
    {"TOC4", "toc 4", 0, false, std::nullopt, {}, false, 0, 30, 840, true, {}},
    {"TableNote", "Catatan Tabel", 15, false, std::nullopt, {}, false, 40, 0, 0, false, kGrey},
    {"TableText", "Teks Tabel", 17, false, std::nullopt, {}, false, 0, 0, 0, false, {}},
    {"HeaderFooter", "Kepala dan Kaki", 15, false, std::nullopt, {}, false, 0, 0, 0, false, kGrey},
};

void paragraph_style(XmlWriter& x, const StyleSpec& s) {
    x.open("w:style", {{"w:type", "paragraph"}, {"w:styleId", s.id}});
    x.empty("w:name", {{"w:val", s.name}});
    x.empty("w:basedOn", {{"w:val", "Normal"}});
    x.empty("w:next", {{"w:val", "Normal"}});
    x.empty("w:qFormat");
    x.open("w:pPr");
    if (s.keep_next)
        x.empty("w:keepNext");
    if (s.keep_next)
        x.empty("w:keepLines");
    if (s.toc_tab) {
        const std::string right = std::to_string(content_width(table::Orientation::Portrait));
        x.open("w:tabs").empty("w:tab", {{"w:val", "right"}, {"w:leader", "dot"}, {"w:pos", right}}).close();
    }
    if (s.before >= 0 || s.after >= 0) {
        const std::string before = std::to_string(s.before < 0 ? 0 : s.before);
        const std::string after = std::to_string(s.after < 0 ? 0 : s.after);
        x.empty("w:spacing", {{"w:before", before}, {"w:after", after}});
    }
    if (s.indent > 0)
        x.empty("w:ind", {{"w:left", std::to_string(s.indent)}});
    if (!s.jc.empty())
        x.empty("w:jc", {{"w:val", s.jc}});
    if (s.outline_level)
        x.empty("w:outlineLvl", {{"w:val", std::to_string(*s.outline_level)}});
    x.close();
    if (s.bold || s.half_points > 0 || !s.color.empty()) {
        x.open("w:rPr");
        if (s.bold) {
            x.empty("w:b");
            x.empty("w:bCs");
        }
        if (!s.color.empty())
            x.empty("w:color", {{"w:val", s.color}});
        if (s.half_points > 0) {
            x.empty("w:sz", {{"w:val", std::to_string(s.half_points)}});
            x.empty("w:szCs", {{"w:val", std::to_string(s.half_points)}});
        }
        x.close();
    }
    x.close();
}

void border(XmlWriter& x, std::string_view side, std::string_view size, std::string_view color) {
    x.empty(side, {{"w:val", "single"}, {"w:sz", size}, {"w:space", "0"}, {"w:color", color}});
}

}  // namespace

std::string styles_xml() {
    XmlWriter x;
    x.open("w:styles", {{"xmlns:w", kNsW}});
    x.open("w:docDefaults");
    x.open("w:rPrDefault").open("w:rPr");
    x.empty("w:rFonts", {{"w:ascii", kFont}, {"w:hAnsi", kFont}, {"w:eastAsia", kFont}, {"w:cs", kFont}});
    x.empty("w:sz", {{"w:val", "20"}});
    x.empty("w:szCs", {{"w:val", "20"}});
    x.empty("w:lang", {{"w:val", "id-ID"}, {"w:eastAsia", "id-ID"}, {"w:bidi", "ar-SA"}});
    x.close().close();
    x.open("w:pPrDefault").open("w:pPr");
    x.empty("w:spacing", {{"w:after", "100"}, {"w:line", "264"}, {"w:lineRule", "auto"}});
    x.close().close();
    x.close();  // docDefaults

    x.open("w:style", {{"w:type", "paragraph"}, {"w:default", "1"}, {"w:styleId", "Normal"}});
    x.empty("w:name", {{"w:val", "Normal"}}).empty("w:qFormat").close();
    x.open("w:style", {{"w:type", "character"}, {"w:default", "1"}, {"w:styleId", "DefaultParagraphFont"}});
    x.empty("w:name", {{"w:val", "Default Paragraph Font"}}).empty("w:uiPriority", {{"w:val", "1"}});
    x.empty("w:semiHidden").empty("w:unhideWhenUsed").close();
    x.open("w:style", {{"w:type", "table"}, {"w:default", "1"}, {"w:styleId", "TableNormal"}});
    x.empty("w:name", {{"w:val", "Normal Table"}}).empty("w:semiHidden").empty("w:unhideWhenUsed");
    x.open("w:tblPr").empty("w:tblInd", {{"w:w", "0"}, {"w:type", "dxa"}});
    x.open("w:tblCellMar");
    x.empty("w:top", {{"w:w", "0"}, {"w:type", "dxa"}});
    x.empty("w:left", {{"w:w", "85"}, {"w:type", "dxa"}});
    x.empty("w:bottom", {{"w:w", "0"}, {"w:type", "dxa"}});
    x.empty("w:right", {{"w:w", "85"}, {"w:type", "dxa"}});
    x.close().close().close();
    x.open("w:style", {{"w:type", "numbering"}, {"w:default", "1"}, {"w:styleId", "NoList"}});
    x.empty("w:name", {{"w:val", "No List"}}).empty("w:semiHidden").empty("w:unhideWhenUsed").close();

    for (const StyleSpec& s : kStyles)
        paragraph_style(x, s);

    // The report tables: a grid in the PDF's border grey, cells close to the PDF's padding.
    x.open("w:style", {{"w:type", "table"}, {"w:styleId", "TableGrid"}});
    x.empty("w:name", {{"w:val", "Table Grid"}}).empty("w:basedOn", {{"w:val", "TableNormal"}});
    x.open("w:pPr").empty("w:spacing",
                          {{"w:before", "20"}, {"w:after", "20"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
    x.close();
    x.open("w:rPr").empty("w:sz", {{"w:val", "17"}}).empty("w:szCs", {{"w:val", "17"}}).close();
    x.open("w:tblPr").open("w:tblBorders");
    for (std::string_view side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        border(x, side, "4", kGrey);
    x.close().close().close();
    x.close();  // styles
    return x.str();
}

std::string settings_xml() {
    XmlWriter x;
    x.open("w:settings", {{"xmlns:w", kNsW}});
    // In the order the schema requires (CT_Settings is a sequence): Word refuses a part out of order.
    x.empty("w:zoom", {{"w:percent", "100"}});
    x.empty("w:defaultTabStop", {{"w:val", "720"}});
    x.empty("w:characterSpacingControl", {{"w:val", "doNotCompress"}});
    // Off: Word would otherwise ask, on every opening, whether to update the fields; the contents already
    // hold lkjip's entries, and F9 (or References > Update Table) updates them on request.
    x.empty("w:updateFields", {{"w:val", "false"}});
    x.open("w:compat");
    x.empty("w:compatSetting", {{"w:name", "compatibilityMode"},
                                {"w:uri", "http://schemas.microsoft.com/office/word"},
                                {"w:val", "15"}});
    x.close();
    x.close();
    return x.str();
}

std::string numbering_xml(std::size_t numbered_lists) {
    XmlWriter x;
    x.open("w:numbering", {{"xmlns:w", kNsW}});
    auto abstract = [&](std::string_view id, std::string_view format, std::string_view text) {
        x.open("w:abstractNum", {{"w:abstractNumId", id}});
        x.empty("w:multiLevelType", {{"w:val", "singleLevel"}});
        x.open("w:lvl", {{"w:ilvl", "0"}});
        x.empty("w:start", {{"w:val", "1"}});
        x.empty("w:numFmt", {{"w:val", format}});
        x.empty("w:lvlText", {{"w:val", text}});
        x.empty("w:lvlJc", {{"w:val", "left"}});
        x.open("w:pPr").empty("w:ind", {{"w:left", "360"}, {"w:hanging", "360"}}).close();
        x.close().close();
    };
    abstract("0", "bullet", "\xE2\x80\xA2");
    abstract("1", "decimal", "%1.");
    x.open("w:num", {{"w:numId", "1"}}).empty("w:abstractNumId", {{"w:val", "0"}}).close();
    for (std::size_t k = 0; k < numbered_lists; ++k) {
        const std::string id = std::to_string(k + 2);
        x.open("w:num", {{"w:numId", id}}).empty("w:abstractNumId", {{"w:val", "1"}});
        x.open("w:lvlOverride", {{"w:ilvl", "0"}}).empty("w:startOverride", {{"w:val", "1"}}).close();
        x.close();
    }
    x.close();
    return x.str();
}

std::string header_xml(const std::string& text) {
    XmlWriter x;
    x.open("w:hdr", {{"xmlns:w", kNsW}});
    x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", "HeaderFooter"}});
    x.open("w:pBdr");
    border(x, "w:bottom", "4", kGrey);
    x.close().close();
    run(x, text);
    x.close().close();
    return x.str();
}

std::string footer_xml(const std::string& text, table::Orientation orientation) {
    XmlWriter x;
    x.open("w:ftr", {{"xmlns:w", kNsW}});
    x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", "HeaderFooter"}});
    x.open("w:pBdr");
    border(x, "w:top", "4", kGrey);
    x.close();
    const std::string right = std::to_string(content_width(orientation));
    x.open("w:tabs").empty("w:tab", {{"w:val", "right"}, {"w:pos", right}}).close();
    x.close();
    run(x, text + "\tHalaman ");
    x.open("w:r").empty("w:fldChar", {{"w:fldCharType", "begin"}}).close();
    x.open("w:r").element("w:instrText", " PAGE ", {{"xml:space", "preserve"}}).close();
    x.open("w:r").empty("w:fldChar", {{"w:fldCharType", "separate"}}).close();
    run(x, "1");
    x.open("w:r").empty("w:fldChar", {{"w:fldCharType", "end"}}).close();
    x.close().close();
    return x.str();
}

std::string w3c_date(std::time_t utc) {
    const UtcTime t = utc_time(utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour,
                  t.minute, t.second);
    return text;
}

std::string core_properties_xml(const std::string& title, const std::string& author,
                                const std::string& subject, std::time_t created) {
    XmlWriter x;
    x.open("cp:coreProperties",
           {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
            {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
            {"xmlns:dcterms", "http://purl.org/dc/terms/"},
            {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    x.element("dc:title", title);
    x.element("dc:subject", subject);
    x.element("dc:creator", author);
    x.element("cp:lastModifiedBy", author);
    x.element("dc:language", "id-ID");
    const std::string date = w3c_date(created);
    x.element("dcterms:created", date, {{"xsi:type", "dcterms:W3CDTF"}});
    x.element("dcterms:modified", date, {{"xsi:type", "dcterms:W3CDTF"}});
    x.close();
    return x.str();
}

std::string app_properties_xml() {
    XmlWriter x;
    x.open("Properties",
           {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
    x.element("Application", "lkjip");
    x.close();
    return x.str();
}

std::string content_types_xml(const std::vector<Part>& parts) {
    XmlWriter x;
    x.open("Types", {{"xmlns", kNsContentTypes}});
    x.empty("Default", {{"Extension", "rels"},
                        {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
    x.empty("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
    for (const Part& p : parts) {
        if (!p.content_type.empty())
            x.empty("Override", {{"PartName", "/" + p.name}, {"ContentType", p.content_type}});
    }
    x.close();
    return x.str();
}

std::string document_relationships_xml(const std::vector<Part>& parts) {
    XmlWriter x;
    x.open("Relationships", {{"xmlns", kNsRelationships}});
    for (const Part& p : parts) {
        if (p.relationship.empty())
            continue;
        // Targets are relative to word/.
        const std::string target = p.name.rfind("word/", 0) == 0 ? p.name.substr(5) : "../" + p.name;
        x.empty("Relationship", {{"Id", p.id}, {"Type", p.relationship}, {"Target", target}});
    }
    x.close();
    return x.str();
}

std::string root_relationships_xml() {
    XmlWriter x;
    x.open("Relationships", {{"xmlns", kNsRelationships}});
    x.empty("Relationship",
            {{"Id", "rId1"},
             {"Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"},
             {"Target", "word/document.xml"}});
    x.empty(
        "Relationship",
        {{"Id", "rId2"},
         {"Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"},
         {"Target", "docProps/core.xml"}});
    x.empty(
        "Relationship",
        {{"Id", "rId3"},
         {"Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"},
         {"Target", "docProps/app.xml"}});
    x.close();
    return x.str();
}

}  // namespace lkjip::render::docx
