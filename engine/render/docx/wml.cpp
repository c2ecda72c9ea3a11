#include "render/docx/wml.hpp"

namespace lkjip::render::docx {

int page_width(table::Orientation o) {
    return o == table::Orientation::Landscape ? kA4Long : kA4Short;
}

int page_height(table::Orientation o) {
    return o == table::Orientation::Landscape ? kA4Short : kA4Long;
}

int content_width(table::Orientation o) {
    return page_width(o) - 2 * kMargin;
}

void run(XmlWriter& x, std::string_view text, const RunStyle& style) {
    x.open("w:r");
    if (style.bold || style.underline || !style.color.empty() || style.half_points > 0) {
        x.open("w:rPr");
        if (style.bold)
            x.empty("w:b");
        if (!style.color.empty())
            x.empty("w:color", {{"w:val", style.color}});
        if (style.half_points > 0) {
            const std::string size = std::to_string(style.half_points);
            x.empty("w:sz", {{"w:val", size}});
            x.empty("w:szCs", {{"w:val", size}});
        }
        if (style.underline)
            x.empty("w:u", {{"w:val", "single"}});
        x.close();
    }
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t stop = text.find_first_of("\n\t", from);
        const std::string_view piece =
            text.substr(from, stop == std::string_view::npos ? text.npos : stop - from);
        if (!piece.empty())
            x.element("w:t", piece, {{"xml:space", "preserve"}});
        if (stop == std::string_view::npos)
            break;
        x.empty(text[stop] == '\n' ? "w:br" : "w:tab");
        from = stop + 1;
    }
    x.close();
}

std::string_view justification(table::Align align) {
    switch (align) {
        case table::Align::Center:
            return "center";
        case table::Align::Right:
            return "right";
        case table::Align::Left:
            break;
    }
    return "left";
}

}  // namespace lkjip::render::docx
