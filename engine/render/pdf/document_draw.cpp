#include "render/pdf/document_draw.hpp"

#include <algorithm>
#include <string>
#include <type_traits>

#include "document/table_list.hpp"
#include "render/pdf/cover_page.hpp"
#include "render/pdf/style.hpp"
#include "render/pdf/table_draw.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

constexpr TextStyle kText{false, 10.0};
constexpr TextStyle kTextBold{true, 10.0};
constexpr TextStyle kHeading[] = {{true, 14.0}, {true, 12.0}, {true, 11.0}, {true, 10.5}};
constexpr double kHeadingBefore[] = {0.0, 14.0, 10.0, 8.0};
constexpr double kParagraphGap = 5.0;
constexpr double kListIndent = 18.0;
constexpr double kSignatureSpace = 56.0;

const TextStyle& heading_style(int level) {
    return kHeading[std::clamp(level, 1, 4) - 1];
}

// A word of a paragraph, in the style of its run; `space_before` when a space separates it from the
// previous word.
struct Word {
    std::string text;
    bool bold = false;
    bool space_before = false;
};

std::vector<Word> words_of(const std::vector<document::Run>& runs) {
    std::vector<Word> out;
    bool space = false;
    for (const document::Run& r : runs) {
        std::string current;
        for (char c : r.text) {
            if (c == ' ' || c == '\n' || c == '\t') {
                if (!current.empty())
                    out.push_back(Word{std::move(current), r.bold, space});
                current.clear();
                space = true;
            } else {
                current += c;
            }
        }
        if (!current.empty()) {
            out.push_back(Word{std::move(current), r.bold, space});
            space = false;
        }
    }
    return out;
}

using Line = std::vector<Word>;

// Greedy wrap of styled words into lines no wider than `width`; a word wider than a line stands alone.
std::vector<Line> wrap_words(const Fonts& fonts, const std::vector<Word>& words, double width) {
    std::vector<Line> lines;
    Line line;
    double used = 0.0;
    const double space = fonts.width(" ", kText);
    for (const Word& word : words) {
        const TextStyle& style = word.bold ? kTextBold : kText;
        if (fonts.width(word.text, style) > width) {
            // A word wider than a line (a long URL or code) is broken between characters, as table cells
            // break theirs, rather than run past the margin.
            if (!line.empty())
                lines.push_back(std::move(line));
            line.clear();
            used = 0.0;
            for (std::string& piece : wrap_text(fonts, word.text, width, style))
                lines.push_back(Line{Word{std::move(piece), word.bold, false}});
            continue;
        }
        const Word& w = word;
        const double ww = fonts.width(w.text, style);
        const double add = (line.empty() ? 0.0 : (w.space_before ? space : 0.0)) + ww;
        if (!line.empty() && used + add > width) {
            lines.push_back(std::move(line));
            line.clear();
            used = 0.0;
            line.push_back(w);
            used = ww;
            continue;
        }
        line.push_back(w);
        used += add;
    }
    if (!line.empty())
        lines.push_back(std::move(line));
    return lines;
}

double line_width(const Fonts& fonts, const Line& line) {
    double w = 0.0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (i > 0 && line[i].space_before)
            w += fonts.width(" ", kText);
        w += fonts.width(line[i].text, line[i].bold ? kTextBold : kText);
    }
    return w;
}

class Drawer {
  public:
    Drawer(Pages& pages, const document::Document& doc, const PageMap& known)
        : pages_(pages), fonts_(pages.fonts()), doc_(doc), known_(known) {}

    PageMap run() {
        for (const document::Section& s : doc_.sections) {
            if (s.cover) {
                draw_cover(pages_, doc_.report);
                continue;
            }
            section_start_ = true;  // the section's first block opens its page, in its own orientation
            for (std::size_t i = 0; i < s.blocks.size(); ++i) {
                if (const auto* h = std::get_if<document::Heading>(&s.blocks[i]))
                    draw(*h, table_after(s, i));
                else
                    std::visit(
                        [&](const auto& v) {
                            if constexpr (!std::is_same_v<std::decay_t<decltype(v)>, document::Heading>)
                                draw(v);
                        },
                        s.blocks[i]);
            }
        }
        return map_;
    }

  private:
    std::size_t page_index() const { return pages_.count() - 1; }

    // The table that the heading at `i` (and any headings right after it) introduces, or nullptr.
    const table::Table* table_after(const document::Section& s, std::size_t i) const {
        for (std::size_t k = i + 1; k < s.blocks.size(); ++k) {
            if (std::holds_alternative<document::Heading>(s.blocks[k]))
                continue;
            if (const auto* t = std::get_if<document::TableRef>(&s.blocks[k]))
                return &doc_.report.tables[t->index];
            return nullptr;
        }
        return nullptr;
    }

    // Text goes on portrait pages (after a landscape table it starts a new page); a heading that introduces
    // a table goes on a page of the table's orientation, so that it is not left alone before it.
    void need(double height, table::Orientation orientation = table::Orientation::Portrait) {
        page_for(orientation);
        if (pages_.room() < height && !pages_.at_top())
            pages_.new_page(orientation);
    }

    // A page that content in `orientation` may go on: a new one at a section's start or after a page of
    // the other orientation.
    void page_for(table::Orientation orientation) {
        if (section_start_ || !pages_.can_continue(orientation))
            pages_.new_page(orientation);
        section_start_ = false;
    }

    // Text is measured against the portrait page it goes on, not the landscape page of a table before it.
    void portrait() { page_for(table::Orientation::Portrait); }

    void draw(const document::Heading& h, const table::Table* introduces) {
        const table::Orientation orientation =
            introduces ? introduces->orientation : table::Orientation::Portrait;
        page_for(orientation);
        const TextStyle& st = heading_style(h.level);
        const double width = pages_.box().content_width();
        std::vector<std::string> lines;
        if (h.level == 1 && !h.number.empty()) {
            lines.push_back(h.number);
            for (std::string& l : wrap_text(fonts_, upper(h.text), width, st))
                lines.push_back(std::move(l));
        } else {
            const std::string text =
                h.number.empty() ? (h.level == 1 ? upper(h.text) : h.text) : h.number + "  " + h.text;
            lines = wrap_text(fonts_, text, width, st);
        }
        const double lh = fonts_.line_height(st);
        const double before = pages_.at_top() ? 0.0 : kHeadingBefore[std::clamp(h.level, 1, 4) - 1];
        // Kept with what follows: three lines of text, or a table's title, header and first rows.
        const double follow = introduces ? 120.0 : 3 * fonts_.line_height(kText) + 6.0;
        need(before + static_cast<double>(lines.size()) * lh + follow, orientation);
        if (!pages_.at_top())
            pages_.y += before;
        map_.headings.push_back(page_index());
        const table::Align align = h.level == 1 ? table::Align::Center : table::Align::Left;
        for (const std::string& l : lines) {
            pages_.canvas().text_in(pages_.box().left, pages_.y, width, l, st, align, style::kBlack);
            pages_.y += lh;
        }
        pages_.y += h.level == 1 ? 12.0 : 4.0;
    }

    static std::string upper(const std::string& s) {
        std::string out = s;
        for (char& c : out)
            c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        return out;
    }

    void paragraph_lines(const document::Paragraph& p, double indent, const std::string& marker) {
        portrait();
        const double left = pages_.box().left + indent;
        const double width = pages_.box().content_width() - indent;
        const double lh = fonts_.line_height(kText);
        const std::vector<Line> lines = wrap_words(fonts_, words_of(p.runs), width);
        const Rgb color = p.origin == document::Origin::Placeholder ? Rgb{0.75, 0.1, 0.1} : style::kText;
        bool first = true;
        for (const Line& line : lines) {
            // Two lines at least at a page foot and a page top, for a paragraph of four or more.
            need(first && lines.size() >= 4 ? 2 * lh : lh);
            if (first && !marker.empty())
                pages_.canvas().text(left - kListIndent + 4.0, pages_.y, marker, kText, color);
            double x = left;
            if (p.align == table::Align::Center)
                x += (width - line_width(fonts_, line)) / 2.0;
            for (std::size_t i = 0; i < line.size(); ++i) {
                if (i > 0 && line[i].space_before)
                    x += fonts_.width(" ", kText);
                const TextStyle& st = line[i].bold ? kTextBold : kText;
                pages_.canvas().text(x, pages_.y, line[i].text, st, color);
                x += fonts_.width(line[i].text, st);
            }
            pages_.y += lh;
            first = false;
        }
    }

    void draw(const document::Paragraph& p) {
        paragraph_lines(p, 0.0, "");
        pages_.y += kParagraphGap;
    }

    void draw(const document::List& l) {
        int k = 0;
        for (const document::Paragraph& item : l.items) {
            paragraph_lines(item, kListIndent, l.numbered ? std::to_string(++k) + "." : "•");
            pages_.y += 2.0;
        }
        pages_.y += kParagraphGap;
    }

    void draw(const document::TableRef& t) {
        const table::Table& table = doc_.report.tables[t.index];
        if (section_start_)
            page_for(table.orientation);
        map_.tables.push_back(draw_table(pages_, table));
    }

    void draw(const document::Contents& c) {
        portrait();
        const double width = pages_.box().content_width();
        const double lh = fonts_.line_height(kText);
        const double number_width = fonts_.width("0000", kText);
        auto entry = [&](const std::string& text, double indent, std::size_t page_slot,
                         const std::vector<std::size_t>& pages, bool bold) {
            const TextStyle& st = bold ? kTextBold : kText;
            const std::vector<std::string> lines =
                wrap_text(fonts_, text, width - indent - number_width - 12.0, st);
            need(static_cast<double>(lines.size()) * lh);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                pages_.canvas().text(pages_.box().left + indent, pages_.y, lines[i], st, style::kText);
                if (i + 1 == lines.size()) {
                    const std::string number =
                        page_slot < pages.size() ? std::to_string(pages[page_slot]) : std::string("…");
                    pages_.canvas().text_in(pages_.box().left, pages_.y, width, number, kText,
                                            table::Align::Right, style::kText);
                }
                pages_.y += lh;
            }
            pages_.y += 1.5;
        };
        if (c.of == document::Contents::Of::Headings) {
            std::size_t slot = 0;
            for (const document::Section& s : doc_.sections) {
                for (const document::Block& b : s.blocks) {
                    const auto* h = std::get_if<document::Heading>(&b);
                    if (!h)
                        continue;
                    if (h->in_toc) {
                        const std::string text = h->number.empty() ? h->text : h->number + "  " + h->text;
                        entry(text, 14.0 * (h->level - 1), slot, known_.headings, h->level == 1);
                    }
                    ++slot;
                }
            }
        } else {
            for (const document::ListedTable& t : document::listed_tables(doc_))
                entry(table_caption(doc_.report.tables[t.index]), 0.0, t.slot, known_.tables, false);
        }
        pages_.y += kParagraphGap;
    }

    void draw(const document::Signature& s) {
        if (s.signatories.empty())
            return;
        const TextStyle st{false, 10.0};
        const TextStyle bold{true, 10.0};
        const double lh = fonts_.line_height(st);
        const double height = lh * 7 + kSignatureSpace;
        portrait();
        need(height + 20.0);
        pages_.y += 20.0;
        const double full = pages_.box().content_width();
        const double col = s.signatories.size() == 1 ? std::max(220.0, full * 0.45) : full / 2.0;
        double bottom = pages_.y;
        for (std::size_t k = 0; k < s.signatories.size(); ++k) {
            const document::Signatory& g = s.signatories[k];
            const double left = s.signatories.size() == 1 ? pages_.box().right - col
                                                          : pages_.box().left + col * static_cast<double>(k);
            double y = pages_.y;
            auto line = [&](const std::string& text, const TextStyle& ts, bool underline = false) {
                for (const std::string& l : wrap_text(fonts_, text, col - 8.0, ts)) {
                    pages_.canvas().text_in(left, y, col, l, ts, table::Align::Center, style::kBlack);
                    if (underline) {
                        const double w = fonts_.width(l, ts);
                        const double x = left + (col - w) / 2.0;
                        const double uy = y + fonts_.ascent(ts) + 1.5;
                        pages_.canvas().line(x, uy, x + w, uy, 0.6, style::kBlack);
                    }
                    y += lh;
                }
            };
            // The place and date go above the right-hand (or only) signatory.
            line(k + 1 == s.signatories.size() ? s.place_and_date : std::string(" "), st);
            if (!g.role.empty())
                line(g.role + ",", bold);
            line(g.title, st);
            y += kSignatureSpace;
            line(g.name, bold, true);
            if (!g.rank.empty())
                line(g.rank, st);
            if (!g.nip.empty())
                line("NIP. " + g.nip, st);
            bottom = std::max(bottom, y);
        }
        pages_.y = bottom + kParagraphGap;
    }

    Pages& pages_;
    const Fonts& fonts_;
    const document::Document& doc_;
    const PageMap& known_;
    PageMap map_;
    bool section_start_ = false;
};

}  // namespace

PageMap draw_document(Pages& pages, const document::Document& doc, const PageMap& known) {
    return Drawer(pages, doc, known).run();
}

}  // namespace lkjip::render::pdf
