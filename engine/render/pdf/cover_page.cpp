#include "render/pdf/cover_page.hpp"

#include <algorithm>

#include "render/pdf/style.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

constexpr TextStyle kCoverTitle{true, 20.0};
constexpr TextStyle kCoverOpd{true, 14.0};
constexpr TextStyle kCoverPemda{true, 13.0};
constexpr TextStyle kCoverLine{false, 11.0};
constexpr TextStyle kSignature{false, 9.5};
constexpr TextStyle kSignatureName{true, 9.5};
constexpr double kSignatureSpace = 56.0;  // for the signature and the stamp

struct Line {
    std::string text;
    TextStyle style;
    double space_before = 0.0;
    bool underline = false;
};

// Each text wrapped to `width`; the first wrapped line keeps the item's space before it.
std::vector<Line> wrapped(const Fonts& fonts, const std::vector<Line>& items, double width) {
    std::vector<Line> out;
    for (const Line& item : items) {
        bool first = true;
        for (const std::string& text : wrap_text(fonts, item.text, width, item.style)) {
            out.push_back(Line{text, item.style, first ? item.space_before : 0.0, item.underline});
            first = false;
        }
    }
    return out;
}

double height_of(const Fonts& fonts, const std::vector<Line>& lines) {
    double h = 0.0;
    for (const Line& l : lines)
        h += l.space_before + fonts.line_height(l.style);
    return h;
}

// Draws the lines centred in [left, left + width] from `top` down; returns the y below the last one.
double draw_centred(Canvas& canvas, const std::vector<Line>& lines, double left, double width, double top) {
    const Fonts& fonts = canvas.fonts();
    for (const Line& l : lines) {
        top += l.space_before;
        canvas.text_in(left, top, width, l.text, l.style, table::Align::Center, style::kBlack);
        if (l.underline) {
            const double w = fonts.width(l.text, l.style);
            const double x = left + (width - w) / 2.0;
            const double y = top + fonts.ascent(l.style) + 1.5;
            canvas.line(x, y, x + w, y, 0.6, style::kBlack);
        }
        top += fonts.line_height(l.style);
    }
    return top;
}

}  // namespace

void draw_cover(Pages& pages, const table::Report& report) {
    pages.new_page(table::Orientation::Portrait);
    const Fonts& fonts = pages.fonts();
    const PageBox& box = pages.box();
    const double width = box.content_width() * 0.8;
    const double left = box.left + (box.content_width() - width) / 2.0;
    const std::string year = std::to_string(report.tahun);

    std::vector<Line> head{{report.title, kCoverTitle, 0.0, false}};
    if (report.tahun > 0 && report.title.find(year) == std::string::npos)
        head.push_back(Line{"Tahun " + year, kCoverPemda, 10.0, false});
    const std::vector<Line> title = wrapped(fonts, head, width);
    const double title_top = box.height * 0.30 - height_of(fonts, title) / 2.0;
    const double below_title = draw_centred(pages.canvas(), title, left, width, title_top);
    const double rule = box.width * 0.2;
    pages.canvas().line((box.width - rule) / 2.0, below_title + 14.0, (box.width + rule) / 2.0,
                        below_title + 14.0, 1.0, style::kGreyText);

    std::vector<Line> owner{{report.opd, kCoverOpd, 0.0, false}};
    if (!report.pemda.empty() && std::find(report.cover_lines.begin(), report.cover_lines.end(),
                                           report.pemda) == report.cover_lines.end())
        owner.push_back(Line{report.pemda, kCoverPemda, 6.0, false});
    for (const std::string& line : report.cover_lines)
        owner.push_back(Line{line, kCoverLine, 6.0, false});
    const std::vector<Line> block = wrapped(fonts, owner, width);
    draw_centred(pages.canvas(), block, left, width, box.height * 0.68 - height_of(fonts, block) / 2.0);
    pages.seal();
}

void draw_signature(Pages& pages, const table::Report& report) {
    const Fonts& fonts = pages.fonts();
    std::vector<Line> items;
    auto add = [&](const std::string& text, TextStyle s, double before, bool underline = false) {
        if (!text.empty())
            items.push_back(Line{text, s, before, underline});
    };
    add(report.place_and_date, kSignature, 0.0);
    add(report.head_title, kSignature, 0.0);
    add(report.head_name, kSignatureName, kSignatureSpace, true);
    add(report.head_rank, kSignature, 0.0);
    add(report.head_nip.empty() ? "" : "NIP. " + report.head_nip, kSignature, 0.0);
    if (items.empty())
        return;
    if (!pages.can_continue(pages.orientation()))  // never on the cover
        pages.new_page(table::Orientation::Portrait);
    const double width = std::max(220.0, pages.box().content_width() * 0.42);
    const std::vector<Line> lines = wrapped(fonts, items, width);
    const double height = height_of(fonts, lines);
    const double gap = 28.0;
    if (pages.room() < gap + height)
        pages.new_page(pages.orientation());
    else
        pages.y += gap;
    pages.y = draw_centred(pages.canvas(), lines, pages.box().right - width, width, pages.y);
}

}  // namespace lkjip::render::pdf
