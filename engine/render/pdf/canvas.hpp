#pragma once
// Drawing on one page with the origin at the top-left corner and y growing downwards, as layout thinks;
// PDF's own origin is bottom-left. Text is placed by the top of its line box, not by its baseline.
#include <string>

#include "render/pdf/fonts.hpp"
#include "render/pdf/podofo.hpp"
#include "render/pdf/style.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

class Canvas {
  public:
    Canvas(PoDoFo::PdfPainter& painter, const Fonts& fonts, double page_height)
        : painter_(painter), fonts_(fonts), page_height_(page_height) {}

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
    // PoDoFo writes an operator, formatting its numbers through an ostream, on every Set call; a table
    // sets the same colour and width for hundreds of cells. Only changes are sent (profiled: number
    // formatting was a quarter of a report's instructions).
    void fill_color(Rgb c);
    void stroke(Rgb c, double width);
    void forget_state();

    PoDoFo::PdfPainter& painter_;
    const Fonts& fonts_;
    double page_height_;
    bool fill_known_ = false;
    Rgb fill_{};
    bool stroke_known_ = false;
    Rgb stroke_{};
    double stroke_width_ = 0.0;
};

}  // namespace lkjip::render::pdf
