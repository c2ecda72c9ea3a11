#include "render/pdf/canvas.hpp"

namespace lkjip::render::pdf {

namespace {
bool same(Rgb a, Rgb b) {
    return a.r == b.r && a.g == b.g && a.b == b.b;
}
}  // namespace

void Canvas::fill_color(Rgb c) {
    if (fill_known_ && same(fill_, c))
        return;
    painter_.SetColor(c.r, c.g, c.b);
    fill_ = c;
    fill_known_ = true;
}

void Canvas::stroke(Rgb c, double width) {
    if (stroke_known_ && same(stroke_, c) && stroke_width_ == width)
        return;
    if (!stroke_known_ || !same(stroke_, c))
        painter_.SetStrokingColor(c.r, c.g, c.b);
    if (!stroke_known_ || stroke_width_ != width)
        painter_.SetStrokeWidth(width);
    stroke_ = c;
    stroke_width_ = width;
    stroke_known_ = true;
}

// After Restore() the graphics state is whatever it was before Save(): no longer known here.
void Canvas::forget_state() {
    fill_known_ = false;
    stroke_known_ = false;
}

void Canvas::text(double x, double top, const std::string& s, const TextStyle& style, Rgb color) {
    if (s.empty())
        return;
    painter_.SetFont(fonts_.use(style));
    fill_color(color);
    painter_.DrawText(x, pdf_y(top + fonts_.ascent(style)), pdf_text(s));
}

void Canvas::text_in(double x, double top, double width, const std::string& s, const TextStyle& style,
                     table::Align align, Rgb color) {
    double left = x;
    if (align != table::Align::Left) {
        const double slack = width - fonts_.width(s, style);
        left += align == table::Align::Right ? slack : slack / 2.0;
    }
    text(left, top, s, style, color);
}

void Canvas::text_up(double x, double bottom, const std::string& s, const TextStyle& style, Rgb color) {
    if (s.empty())
        return;
    // Rotated a quarter turn counter-clockwise: the glyphs' "up" points left, so the baseline sits right of
    // the centre line by half the difference between ascent and descent.
    const double ascent = fonts_.ascent(style);
    const double descent = fonts_.line_height(style) - ascent;
    painter_.Save();
    painter_.SetTransformationMatrix(0.0, 1.0, -1.0, 0.0, x + (ascent - descent) / 2.0, pdf_y(bottom));
    painter_.SetFont(fonts_.use(style));
    painter_.SetColor(color.r, color.g, color.b);
    painter_.DrawText(0.0, 0.0, pdf_text(s));
    painter_.Restore();
    forget_state();
}

void Canvas::fill_rect(double x, double top, double width, double height, Rgb color) {
    fill_color(color);
    painter_.Rectangle(x, pdf_y(top + height), width, height);
    painter_.Fill();
}

void Canvas::stroke_rect(double x, double top, double width, double height, double line_width, Rgb color) {
    stroke(color, line_width);
    painter_.Rectangle(x, pdf_y(top + height), width, height);
    painter_.Stroke();
}

void Canvas::line(double x1, double y1, double x2, double y2, double line_width, Rgb color, bool dashed) {
    stroke(color, line_width);
    if (dashed)
        painter_.SetStrokeStyle(PoDoFo::ePdfStrokeStyle_Dash);
    painter_.DrawLine(x1, pdf_y(y1), x2, pdf_y(y2));
    if (dashed)
        painter_.SetStrokeStyle(PoDoFo::ePdfStrokeStyle_Solid);
}

}  // namespace lkjip::render::pdf
