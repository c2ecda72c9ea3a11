#pragma once
// The plot part of a chart (axes, gridlines, bars, value and category labels, the reference line), for
// column charts (vertical bars) and bar charts (horizontal bars). chart_draw.cpp places the chart on the
// page and draws its title and legend around this.
#include "render/pdf/canvas.hpp"
#include "render/pdf/chart_data.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

struct PlotArea {
    double left = 0.0;
    double top = 0.0;
    double width = 0.0;
    double height = 0.0;
};

namespace chart_style {
inline constexpr TextStyle kTitle{true, 9.0};
inline constexpr TextStyle kLegend{false, 7.5};
inline constexpr TextStyle kTick{false, 7.0};
inline constexpr TextStyle kCategory{false, 7.0};
inline constexpr TextStyle kValue{false, 6.5};
inline constexpr TextStyle kReference{true, 6.5};
inline constexpr Rgb kAxis{0.45, 0.45, 0.45};
inline constexpr Rgb kReferenceColor{0.72, 0.11, 0.11};
inline constexpr double kColumnPlotHeight = 190.0;   // from the top tick to the base line, when room allows
inline constexpr double kColumnPlotMinimum = 120.0;  // squeezed to fit below its table rather than move
}  // namespace chart_style

// Height of the whole plot part of a column chart (axis title, plot of `plot` points, category labels).
double column_plot_height(const Fonts& fonts, const table::Chart& chart,
                          double plot = chart_style::kColumnPlotHeight);
void draw_column_plot(Canvas& canvas, const ChartData& data, const table::Chart& chart, const PlotArea& area);

// Height of a bar chart's plot part: one band per category, squeezed to `max_height` when needed.
double bar_plot_height(const Fonts& fonts, const ChartData& data, const table::Chart& chart,
                       double max_height);
void draw_bar_plot(Canvas& canvas, const ChartData& data, const table::Chart& chart, const PlotArea& area);

}  // namespace lkjip::render::pdf
