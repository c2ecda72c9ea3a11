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
    out_.op({c.r, c.g, c.b}, "rg");
    fill_ = c;
    fill_known_ = true;
}

void Canvas::stroke(Rgb c, double width) {
    if (!stroke_known_ || !same(stroke_, c))
        out_.op({c.r, c.g, c.b}, "RG");
    if (!stroke_known_ || stroke_width_ != width)
        out_.op({width}, "w");
    stroke_ = c;
    stroke_width_ = width;
    stroke_known_ = true;
}

void Canvas::font(const TextStyle& style) {
    const int face = Fonts::face(style);
    page_.faces |= 1u << face;
    if (font_known_ && font_.bold == style.bold && font_.size == style.size)
        return;
    // The painter wrote the size as a float: the same value here.
    out_.font(fonts_.resource_name(face), static_cast<float>(style.size));
    font_ = style;
    font_known_ = true;
}

void Canvas::show(const std::string& s, const TextStyle& style) {
    codes_.clear();
    fonts_.encode(s, Fonts::face(style), codes_);
    out_.show(codes_);
}

void Canvas::text(double x, double top, const std::string& s, const TextStyle& style, Rgb color) {
    if (s.empty())
        return;
    fill_color(color);
    out_.op("BT");
    font(style);
    out_.op({x, pdf_y(top + fonts_.ascent(style))}, "Td");
    show(s, style);
    out_.op("ET");
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
    // the centre line by half the difference between ascent and descent. The text matrix turns only the
    // text, so the graphics state stays as it was.
    const double ascent = fonts_.ascent(style);
    const double descent = fonts_.line_height(style) - ascent;
    fill_color(color);
    out_.op("BT");
    font(style);
    out_.op({0.0, 1.0, -1.0, 0.0, x + (ascent - descent) / 2.0, pdf_y(bottom)}, "Tm");
    show(s, style);
    out_.op("ET");
}

void Canvas::fill_rect(double x, double top, double width, double height, Rgb color) {
    fill_color(color);
    out_.op({x, pdf_y(top + height), width, height}, "re f");
}

void Canvas::stroke_rect(double x, double top, double width, double height, double line_width, Rgb color) {
    stroke(color, line_width);
    out_.op({x, pdf_y(top + height), width, height}, "re S");
}

void Canvas::line(double x1, double y1, double x2, double y2, double line_width, Rgb color, bool dashed) {
    stroke(color, line_width);
    if (dashed)
        out_.raw("[6 2] 0 d\n");  // PoDoFo's ePdfStrokeStyle_Dash
    out_.op({x1, pdf_y(y1)}, "m");
    out_.op({x2, pdf_y(y2)}, "l S");
    if (dashed)
        out_.raw("[] 0 d\n");
}

}  // namespace lkjip::render::pdf
