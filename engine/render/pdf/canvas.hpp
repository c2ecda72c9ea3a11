#pragma once
// Drawing on one page with the origin at the top-left corner and y growing downwards, as layout thinks;
// PDF's own origin is bottom-left. Text is placed by the top of its line box, not by its baseline.
// Operators go into the page's ContentStream; the PDF page itself is made when the document is finished
// (page_frame), so that the footers can be added to the same stream and it is compressed once.
#include <string>
#include <string_view>

#include "render/pdf/content_stream.hpp"
#include "render/pdf/fonts.hpp"
#include "render/pdf/style.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// What is drawn on one page, kept until the document is finished.
struct PageContent {
    table::Orientation orientation = table::Orientation::Portrait;
    ContentStream stream;
    unsigned faces = 0;  // bit k: Fonts face k is drawn with (it goes into the page's resources)
};

class Canvas {
  public:
    Canvas(PageContent& page, Fonts& fonts, double page_height)
        : page_(page), out_(page.stream), fonts_(fonts), page_height_(page_height) {}

    const Fonts& fonts() const { return fonts_; }

    // One line of text whose line box starts at (x, top).
    void text(double x, double top, const std::string& s, const TextStyle& style, Rgb color = style::kText);
    // One line aligned inside [x, x + width].
    void text_in(double x, double top, double width, const std::string& s, const TextStyle& style,
                 table::Align align, Rgb color = style::kText);

    // One line of text read bottom to top, centred on the vertical line x, starting at `bottom`.
    void text_up(double x, double bottom, const std::string& s, const TextStyle& style,
                 Rgb color = style::kText);

    void fill_rect(double x, double top, double width, double height, Rgb color);
    void stroke_rect(double x, double top, double width, double height, double line_width, Rgb color);
    void line(double x1, double y1, double x2, double y2, double line_width, Rgb color, bool dashed = false);

  private:
    double pdf_y(double y) const { return page_height_ - y; }
    // A table sets the same colour, width and font for hundreds of cells: only changes are written. All
    // three are graphics state, which lasts across text objects (BT/ET); nothing here saves and restores
    // it (q/Q), so what was last written is what holds.
    void fill_color(Rgb c);
    void stroke(Rgb c, double width);
    void font(const TextStyle& style);
    // "(codes) Tj" for `s` in the current font.
    void show(const std::string& s, const TextStyle& style);

    PageContent& page_;
    ContentStream& out_;
    Fonts& fonts_;
    double page_height_;
    bool fill_known_ = false;
    Rgb fill_{};
    bool stroke_known_ = false;
    Rgb stroke_{};
    double stroke_width_ = 0.0;
    bool font_known_ = false;
    TextStyle font_{};
    std::string codes_;  // reused for every string: no allocation per cell
};

}  // namespace lkjip::render::pdf
