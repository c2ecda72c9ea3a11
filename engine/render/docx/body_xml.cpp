#include "render/docx/body_xml.hpp"

#include <algorithm>
#include <optional>
#include <type_traits>
#include <variant>

#include "document/table_list.hpp"
#include "render/docx/chart_xml.hpp"
#include "render/docx/table_xml.hpp"
#include "render/docx/wml.hpp"
#include "render/docx/xml_writer.hpp"

namespace lkjip::render::docx {

namespace {

constexpr std::string_view kPlaceholderColor = "C00000";
constexpr int kSignatureSpace = 1120;  // twips above the name: room for the signature and the stamp

std::string upper(const std::string& s) {
    std::string out = s;
    for (char& c : out)
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return out;
}

// Paragraph properties in the order the schema requires (pStyle, keepNext, keepLines, numPr, tabs,
// spacing, ind, jc).
struct ParagraphLook {
    std::string_view style{};
    bool keep_next = false;
    bool keep_lines = false;
    int num_id = 0;
    std::optional<int> before{};
    std::optional<int> after{};
    int indent_left = 0;
    std::string_view jc{};
};

void paragraph_properties(XmlWriter& x, const ParagraphLook& p) {
    x.open("w:pPr");
    if (!p.style.empty())
        x.empty("w:pStyle", {{"w:val", p.style}});
    if (p.keep_next)
        x.empty("w:keepNext");
    if (p.keep_lines)
        x.empty("w:keepLines");
    if (p.num_id > 0) {
        x.open("w:numPr").empty("w:ilvl", {{"w:val", "0"}});
        x.empty("w:numId", {{"w:val", std::to_string(p.num_id)}}).close();
    }
    if (p.before || p.after) {
        const std::string before = std::to_string(p.before.value_or(0));
        const std::string after = std::to_string(p.after.value_or(100));
        x.empty("w:spacing", {{"w:before", before}, {"w:after", after}});
    }
    if (p.indent_left > 0)
        x.empty("w:ind", {{"w:left", std::to_string(p.indent_left)}});
    if (!p.jc.empty())
        x.empty("w:jc", {{"w:val", p.jc}});
    x.close();
}

void simple_paragraph(XmlWriter& x, const ParagraphLook& look, std::string_view text,
                      const RunStyle& style = {}) {
    x.open("w:p");
    paragraph_properties(x, look);
    if (!text.empty())
        run(x, text, style);
    x.close();
}

// The orientation a block is laid out in, as the PDF decides: a table in its own; a heading in that of
// the table it introduces (so that it is not left alone on the page before); everything else portrait.
table::Orientation orientation_of(const document::Document& doc, const document::Section& s, std::size_t i) {
    for (std::size_t k = i; k < s.blocks.size(); ++k) {
        if (const auto* t = std::get_if<document::TableRef>(&s.blocks[k]))
            return doc.report.tables[t->index].orientation;
        if (!std::holds_alternative<document::Heading>(s.blocks[k]))
            break;
    }
    return table::Orientation::Portrait;
}

class BodyWriter {
  public:
    BodyWriter(const document::Document& doc, const BodyOptions& options) : doc_(doc), options_(options) {}

    Body run() {
        x_.open("w:document", {{"xmlns:w", kNsW},
                               {"xmlns:r", kNsR},
                               {"xmlns:wp", kNsWp},
                               {"xmlns:a", kNsA},
                               {"xmlns:c", kNsC}});
        x_.open("w:body");
        bool first_numbered = true;
        for (std::size_t si = 0; si < doc_.sections.size(); ++si) {
            const document::Section& s = doc_.sections[si];
            Page page{table::Orientation::Portrait, s.numbered_pages, s.numbered_pages && first_numbered};
            if (s.numbered_pages)
                first_numbered = false;
            break_section();
            if (s.cover) {
                cover();
                ended_ = page;
                continue;
            }
            for (std::size_t i = 0; i < s.blocks.size(); ++i) {
                const table::Orientation o = orientation_of(doc_, s, i);
                if (i > 0 && o != page.orientation) {
                    ended_ = page;
                    break_section();
                    page.restart_numbers = false;
                }
                page.orientation = o;
                std::visit([&](const auto& b) { block(b); }, s.blocks[i]);
            }
            ended_ = page;
        }
        // The last section's properties are the body's last child, not a paragraph's.
        if (ended_)
            section_properties(*ended_);
        x_.close().close();
        Body out;
        out.xml = x_.str();
        out.numbered_lists = numbered_lists_;
        out.charts = std::move(charts_);
        return out;
    }

  private:
    struct Page {
        table::Orientation orientation;
        bool numbered;
        bool restart_numbers;
    };

    // A section's properties go in its last paragraph, but whether a section is the last one (whose
    // properties are the body's last child instead) is known only when the next one starts: so the
    // paragraph that ends the section before is written then, as small as a paragraph can be.
    void break_section() {
        if (!ended_)
            return;
        x_.open("w:p").open("w:pPr");
        x_.empty("w:spacing",
                 {{"w:before", "0"}, {"w:after", "0"}, {"w:line", "20"}, {"w:lineRule", "exact"}});
        section_properties(*ended_);
        x_.close().close();
        ended_.reset();
    }

    void section_properties(const Page& page) {
        x_.open("w:sectPr");
        if (page.numbered) {
            x_.empty("w:headerReference", {{"w:type", "default"}, {"r:id", kHeaderId}});
            const bool wide = page.orientation == table::Orientation::Landscape;
            x_.empty("w:footerReference",
                     {{"w:type", "default"}, {"r:id", wide ? kLandscapeFooterId : kFooterId}});
        }
        x_.empty("w:type", {{"w:val", "nextPage"}});
        const bool landscape = page.orientation == table::Orientation::Landscape;
        x_.empty("w:pgSz", {{"w:w", std::to_string(page_width(page.orientation))},
                            {"w:h", std::to_string(page_height(page.orientation))},
                            {"w:orient", landscape ? "landscape" : "portrait"}});
        const std::string margin = std::to_string(kMargin);
        const std::string distance = std::to_string(kHeaderDistance);
        x_.empty("w:pgMar", {{"w:top", margin},
                             {"w:right", margin},
                             {"w:bottom", margin},
                             {"w:left", margin},
                             {"w:header", distance},
                             {"w:footer", distance},
                             {"w:gutter", "0"}});
        if (page.restart_numbers)
            x_.empty("w:pgNumType", {{"w:start", "1"}});
        x_.close();
    }

    // Title, year and owner centred as the PDF's cover: the title at about a third of the page, the OPD
    // and pemda at about two thirds.
    void cover() {
        const table::Report& r = doc_.report;
        ParagraphLook title{"Title", true, true, 0, 3200, 240, 0, "center"};
        simple_paragraph(x_, title, r.title);
        const std::string year = std::to_string(r.tahun);
        if (r.tahun > 0 && r.title.find(year) == std::string::npos)
            simple_paragraph(x_, ParagraphLook{{}, true, false, 0, 200, 100, 0, "center"}, "Tahun " + year,
                             RunStyle{true, false, {}, 26});
        simple_paragraph(x_, ParagraphLook{{}, false, false, 0, 4600, 120, 0, "center"}, r.opd,
                         RunStyle{true, false, {}, 28});
        if (!r.pemda.empty() &&
            std::find(r.cover_lines.begin(), r.cover_lines.end(), r.pemda) == r.cover_lines.end())
            simple_paragraph(x_, ParagraphLook{{}, false, false, 0, 120, 120, 0, "center"}, r.pemda,
                             RunStyle{true, false, {}, 26});
        for (const std::string& line : r.cover_lines)
            simple_paragraph(x_, ParagraphLook{{}, false, false, 0, 120, 120, 0, "center"}, line,
                             RunStyle{false, false, {}, 22});
    }

    void block(const document::Heading& h) {
        const int level = std::clamp(h.level, 1, 4);  // 4: an IKU under its sasaran (3.1.1.1)
        const std::string style = "Heading" + std::to_string(level);
        std::string text;
        if (h.level == 1)
            text = h.number.empty() ? upper(h.text) : h.number + "\n" + upper(h.text);
        else
            text = h.number.empty() ? h.text : h.number + "  " + h.text;
        simple_paragraph(x_, ParagraphLook{style}, text);
    }

    void block(const document::Paragraph& p) { paragraph(p, ParagraphLook{}); }

    void paragraph(const document::Paragraph& p, ParagraphLook look) {
        if (p.align != table::Align::Left)
            look.jc = justification(p.align);
        x_.open("w:p");
        paragraph_properties(x_, look);
        const bool placeholder = p.origin == document::Origin::Placeholder;
        for (const document::Run& r : p.runs)
            docx::run(x_, r.text,
                      RunStyle{r.bold, false, placeholder ? kPlaceholderColor : std::string_view{}, 0});
        x_.close();
    }

    void block(const document::List& l) {
        const int num_id = l.numbered ? static_cast<int>(2 + numbered_lists_++) : 1;
        for (const document::Paragraph& item : l.items)
            paragraph(item, ParagraphLook{{}, false, false, num_id, 0, 60, 0, {}});
    }

    void block(const document::TableRef& t) {
        const table::Table& table = doc_.report.tables[t.index];
        // The caption is the paragraph before the table: Word's "Insert Caption" place, and what lkjip's
        // draft reader takes as the caption.
        simple_paragraph(x_, ParagraphLook{"Caption"}, caption_text(table));
        table_xml(x_, table);
        for (const std::string& note : table.notes)
            simple_paragraph(x_, ParagraphLook{"TableNote"}, note);
        for (const table::Chart& chart : table.charts) {
            charts_.push_back(chart_xml(table, chart));
            chart_paragraph(x_, table, chart, charts_.size() - 1);
        }
    }

    // A TOC field Word can update (F9), holding lkjip's own entries and page numbers meanwhile.
    void block(const document::Contents& c) {
        struct Entry {
            std::string text;
            int level;
            std::optional<std::size_t> page;
        };
        std::vector<Entry> entries;
        std::string instruction;
        if (c.of == document::Contents::Of::Headings) {
            instruction = " TOC \\o \"1-4\" \\h \\z \\u ";
            std::size_t slot = 0;
            for (const document::Section& s : doc_.sections) {
                for (const document::Block& b : s.blocks) {
                    const auto* h = std::get_if<document::Heading>(&b);
                    if (!h)
                        continue;
                    if (h->in_toc)
                        entries.push_back(Entry{h->number.empty() ? h->text : h->number + "  " + h->text,
                                                std::clamp(h->level, 1, 4),
                                                page(options_.heading_pages, slot)});
                    ++slot;
                }
            }
        } else {
            // The captions are in the Caption style: Word lists them as a table of figures would.
            instruction = " TOC \\h \\z \\t \"Caption,1\" ";
            for (const document::ListedTable& t : document::listed_tables(doc_))
                entries.push_back(
                    Entry{caption_text(doc_.report.tables[t.index]), 1, page(options_.table_pages, t.slot)});
        }
        if (entries.empty())
            entries.push_back(Entry{"", 1, std::nullopt});
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Entry& e = entries[i];
            x_.open("w:p");
            const std::string style = "TOC" + std::to_string(e.level);
            paragraph_properties(x_, ParagraphLook{style});
            if (i == 0) {
                x_.open("w:r").empty("w:fldChar", {{"w:fldCharType", "begin"}}).close();
                x_.open("w:r").element("w:instrText", instruction, {{"xml:space", "preserve"}}).close();
                x_.open("w:r").empty("w:fldChar", {{"w:fldCharType", "separate"}}).close();
            }
            docx::run(x_, e.page ? e.text + "\t" + std::to_string(*e.page) : e.text);
            if (i + 1 == entries.size())
                x_.open("w:r").empty("w:fldChar", {{"w:fldCharType", "end"}}).close();
            x_.close();
        }
    }

    static std::optional<std::size_t> page(const std::vector<std::size_t>& pages, std::size_t slot) {
        if (slot < pages.size())
            return pages[slot];
        return std::nullopt;
    }

    // One signatory's lines, centred in the space given: the place and date (above the right-hand or only
    // signatory), the role, the title, room to sign, the name underlined, the rank and the NIP.
    void signatory(const document::Signatory& g, const std::string& place_and_date, int indent) {
        ParagraphLook look{{}, true, true, 0, 0, 0, indent, "center"};
        simple_paragraph(x_, look, place_and_date.empty() ? std::string(" ") : place_and_date);
        if (!g.role.empty())
            simple_paragraph(x_, look, g.role + ",", RunStyle{true});
        simple_paragraph(x_, look, g.title);
        ParagraphLook name = look;
        name.before = kSignatureSpace;
        name.keep_next = !g.rank.empty() || !g.nip.empty();
        simple_paragraph(x_, name, g.name, RunStyle{true, true});
        if (!g.rank.empty()) {
            look.keep_next = !g.nip.empty();
            simple_paragraph(x_, look, g.rank);
        }
        if (!g.nip.empty()) {
            look.keep_next = false;
            simple_paragraph(x_, look, "NIP. " + g.nip);
        }
    }

    void block(const document::Signature& s) {
        if (s.signatories.empty())
            return;
        const int width = content_width(table::Orientation::Portrait);
        simple_paragraph(x_, ParagraphLook{{}, true, false, 0, 200, 0, 0, {}}, "");
        if (s.signatories.size() == 1) {
            // At the right, as wide as the PDF's block (45% of the text width, at least 220 pt).
            const int column = std::max(4400, width * 45 / 100);
            signatory(s.signatories.front(), s.place_and_date, width - column);
            return;
        }
        // Side by side: a table without borders, one column per signatory (PIHAK KEDUA left, PIHAK PERTAMA
        // right).
        const std::size_t n = s.signatories.size();
        const std::string column = std::to_string(width / static_cast<int>(n));
        x_.open("w:tbl").open("w:tblPr");
        x_.empty("w:tblW", {{"w:w", std::to_string(width)}, {"w:type", "dxa"}});
        x_.open("w:tblBorders");
        for (std::string_view side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
            x_.empty(side, {{"w:val", "nil"}});
        x_.close();
        x_.empty("w:tblLayout", {{"w:type", "fixed"}});
        x_.close();
        x_.open("w:tblGrid");
        for (std::size_t k = 0; k < n; ++k)
            x_.empty("w:gridCol", {{"w:w", column}});
        x_.close();
        x_.open("w:tr").open("w:trPr").empty("w:cantSplit").close();
        for (std::size_t k = 0; k < n; ++k) {
            x_.open("w:tc").open("w:tcPr").empty("w:tcW", {{"w:w", column}, {"w:type", "dxa"}}).close();
            signatory(s.signatories[k], k + 1 == n ? s.place_and_date : std::string(), 0);
            x_.close();
        }
        x_.close().close();
        simple_paragraph(x_, ParagraphLook{}, "");
    }

    const document::Document& doc_;
    const BodyOptions& options_;
    XmlWriter x_;
    std::optional<Page> ended_;  // a section ended whose properties are still to be written
    std::size_t numbered_lists_ = 0;
    std::vector<std::string> charts_;
};

}  // namespace

std::string chart_id(std::size_t index) {
    return "rIdChart" + std::to_string(index + 1);
}

Body body_xml(const document::Document& doc, const BodyOptions& options) {
    return BodyWriter(doc, options).run();
}

}  // namespace lkjip::render::docx
