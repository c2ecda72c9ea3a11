#include "render/pdf/chart_plot.hpp"

#include <algorithm>

#include "core/number_format.hpp"
#include "render/pdf/palette.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

using namespace chart_style;

constexpr double kLabelGap = 2.0;            // between a bar's end and its value label
constexpr double kReferenceLabelMax = 70.0;  // width of the reference label beside a column plot

struct Range {
    double low = 0.0;
    double high = 0.0;
};

Range value_range(const ChartData& data, const table::Chart& chart) {
    Range r;
    for (const auto& row : data.values) {
        for (const auto& v : row) {
            if (v) {
                r.low = std::min(r.low, *v);
                r.high = std::max(r.high, *v);
            }
        }
    }
    if (chart.reference) {
        r.low = std::min(r.low, *chart.reference);
        r.high = std::max(r.high, *chart.reference);
    }
    return r;
}

std::string tick_label(double v, const ValueAxis& axis, bool percent) {
    return format::angka(v, axis.decimals) + (percent ? "%" : "");
}

double widest_tick(const Fonts& fonts, const ValueAxis& axis, bool percent) {
    double w = 0.0;
    for (double t : axis.ticks())
        w = std::max(w, fonts.width(tick_label(t, axis, percent), kTick));
    return w;
}

double widest_label(const Fonts& fonts, const ChartData& data) {
    double w = 0.0;
    for (const auto& row : data.labels) {
        for (const auto& label : row)
            w = std::max(w, fonts.width(label, kValue));
    }
    return w;
}

std::string reference_text(const table::Chart& chart, bool percent) {
    if (!chart.reference_label.empty())
        return chart.reference_label;
    return format::angka(*chart.reference, 2) + (percent ? "%" : "");
}

// Positions along the value axis: `origin` is where axis.min sits, `length` how far axis.max is from it
// (negative for a vertical axis, which grows upwards while page y grows downwards).
struct Scale {
    ValueAxis axis;
    double origin = 0.0;
    double length = 1.0;
    double at(double v) const { return origin + (v - axis.min) / (axis.max - axis.min) * length; }
};

// Widens the axis a step at a time until every value label fits inside the plot (at most 20 steps).
// `extent` is how far a label reaches beyond its bar's end, in points.
template <typename MakeScale>
Scale fit_labels(const ChartData& data, ValueAxis axis, double extent, MakeScale make_scale, double limit_low,
                 double limit_high) {
    for (int attempt = 0;; ++attempt) {
        const Scale s = make_scale(axis);
        const double lo_end = std::min(limit_low, limit_high);
        const double hi_end = std::max(limit_low, limit_high);
        bool grow_max = false;
        bool grow_min = false;
        for (const auto& row : data.values) {
            for (const auto& v : row) {
                if (!v)
                    continue;
                const double end = s.at(*v);
                const bool towards_max = *v >= 0.0;
                const double reach = end + (towards_max == (s.length > 0) ? extent : -extent);
                if (reach > hi_end + 0.01 || reach < lo_end - 0.01)
                    (towards_max ? grow_max : grow_min) = true;
            }
        }
        if ((!grow_max && !grow_min) || attempt == 20)
            return s;
        if (grow_max)
            axis.max += axis.step;
        if (grow_min)
            axis.min -= axis.step;
    }
}

// A value label, drawn after bars and the reference line on a white patch so that gridlines and the
// dashed line never run through its digits. Rotated labels read bottom to top.
struct ValueLabel {
    std::string text;
    double left, top, width, height;
    bool rotated;
};

void draw_value_labels(Canvas& canvas, const std::vector<ValueLabel>& labels) {
    for (const ValueLabel& l : labels)
        canvas.fill_rect(l.left - 0.5, l.top - 0.5, l.width + 1.0, l.height + 1.0, Rgb{1.0, 1.0, 1.0});
    for (const ValueLabel& l : labels) {
        if (l.rotated)
            canvas.text_up(l.left + l.width / 2.0, l.top + l.height, l.text, kValue);
        else
            canvas.text(l.left, l.top, l.text, kValue);
    }
}

void draw_reference_line(Canvas& canvas, double x1, double y1, double x2, double y2) {
    canvas.line(x1, y1, x2, y2, 0.9, kReferenceColor, true);
}

}  // namespace

namespace {

double axis_title_height(const Fonts& fonts, const table::Chart& chart) {
    return chart.y_axis_title.empty() ? 0.0 : fonts.line_height(kTick) + 3.0;
}

double category_label_height(const Fonts& fonts) {
    return 3 * fonts.line_height(kCategory) + 6.0;
}

}  // namespace

double column_plot_height(const Fonts& fonts, const table::Chart& chart, double plot) {
    return axis_title_height(fonts, chart) + plot + category_label_height(fonts);
}

void draw_column_plot(Canvas& canvas, const ChartData& data, const table::Chart& chart,
                      const PlotArea& area) {
    const Fonts& fonts = canvas.fonts();
    const std::size_t n = data.categories.size();
    const std::size_t m = std::max<std::size_t>(1, data.series.size());
    double top = area.top;
    if (!chart.y_axis_title.empty()) {
        canvas.text(area.left, top, chart.y_axis_title, kTick, kAxis);
        top += fonts.line_height(kTick) + 3.0;
    }
    const double plot_top = top + fonts.line_height(kTick) / 2.0;
    const double plot_bottom = area.top + area.height - category_label_height(fonts);
    const double plot_height = plot_bottom - plot_top;

    std::vector<std::string> reference_lines;
    double reference_width = 0.0;
    if (chart.reference) {
        reference_lines =
            wrap_limited(fonts, reference_text(chart, data.percent), kReferenceLabelMax, kReference, 3);
        for (const auto& line : reference_lines)
            reference_width = std::max(reference_width, fonts.width(line, kReference) + 6.0);
    }

    // The plot's left edge depends on the tick labels, which depend on the axis: settle both together.
    const Range range = value_range(data, chart);
    ValueAxis axis = nice_axis(range.low, range.high);
    double plot_left = 0.0;
    double slot = 0.0;
    double bar = 0.0;
    bool rotate = false;
    auto make_scale = [&](const ValueAxis& a) {
        plot_left = area.left + widest_tick(fonts, a, data.percent) + 5.0;
        const double plot_width = area.left + area.width - reference_width - plot_left;
        slot = plot_width / static_cast<double>(std::max<std::size_t>(1, n));
        bar = std::min(slot * 0.72 / static_cast<double>(m), 36.0);
        const double room = m == 1 ? slot - 2.0 : bar + 1.0;
        rotate = widest_label(fonts, data) > room;
        return Scale{a, plot_bottom, -plot_height};
    };
    make_scale(axis);
    const double extent = (rotate ? widest_label(fonts, data) : fonts.line_height(kValue)) + kLabelGap;
    const Scale scale = fit_labels(data, axis, extent, make_scale, plot_top, plot_bottom);
    axis = scale.axis;
    const double plot_right = area.left + area.width - reference_width;

    for (double t : axis.ticks()) {
        const double y = scale.at(t);
        canvas.line(plot_left, y, plot_right, y, 0.4, style::kGrid);
        canvas.line(plot_left - 3.0, y, plot_left, y, 0.5, kAxis);
        canvas.text_in(area.left, y - fonts.line_height(kTick) / 2.0, plot_left - area.left - 5.0,
                       tick_label(t, axis, data.percent), kTick, table::Align::Right, kAxis);
    }
    canvas.line(plot_left, plot_top, plot_left, plot_bottom, 0.6, kAxis);
    canvas.line(plot_left, scale.at(0.0), plot_right, scale.at(0.0), 0.6, kAxis);

    const double label_height = fonts.line_height(kValue);
    std::vector<ValueLabel> labels;
    for (std::size_t i = 0; i < n; ++i) {
        const double slot_left = plot_left + slot * static_cast<double>(i);
        const double group_left = slot_left + (slot - bar * static_cast<double>(m)) / 2.0;
        for (std::size_t j = 0; j < data.values[i].size(); ++j) {
            if (!data.values[i][j])
                continue;  // n/a: a gap, not a zero
            const double v = *data.values[i][j];
            const double x = group_left + bar * static_cast<double>(j);
            const double y0 = scale.at(0.0);
            const double y1 = scale.at(v);
            canvas.fill_rect(x, std::min(y0, y1), bar, std::max(0.3, std::abs(y1 - y0)), series_color(j));
            const std::string& label = data.labels[i][j];
            const double centre = x + bar / 2.0;
            const double w = fonts.width(label, kValue);
            if (rotate) {
                const double bottom = v >= 0.0 ? y1 - kLabelGap : y1 + kLabelGap + w;
                labels.push_back(
                    ValueLabel{label, centre - label_height / 2.0, bottom - w, label_height, w, true});
            } else {
                const double label_top = v >= 0.0 ? y1 - kLabelGap - label_height : y1 + kLabelGap;
                labels.push_back(ValueLabel{label, centre - w / 2.0, label_top, w, label_height, false});
            }
        }
        double label_top = plot_bottom + 3.0;
        for (const std::string& line : wrap_limited(fonts, data.categories[i], slot - 4.0, kCategory, 3)) {
            canvas.text_in(slot_left + 2.0, label_top, slot - 4.0, line, kCategory, table::Align::Center);
            label_top += fonts.line_height(kCategory);
        }
    }

    if (chart.reference) {
        const double y = scale.at(*chart.reference);
        draw_reference_line(canvas, plot_left, y, plot_right, y);
        const double lh = fonts.line_height(kReference);
        double line_top = y - lh * static_cast<double>(reference_lines.size()) / 2.0;
        for (const auto& line : reference_lines) {
            canvas.text(plot_right + 4.0, line_top, line, kReference, kReferenceColor);
            line_top += lh;
        }
    }
    draw_value_labels(canvas, labels);
}

namespace {

struct BarMetrics {
    double above = 0.0;  // reference label over the plot
    double below = 0.0;  // tick labels and the axis title under it
    double bar = 9.0;
    double band = 0.0;  // per category
};

BarMetrics bar_metrics(const Fonts& fonts, const ChartData& data, const table::Chart& chart) {
    BarMetrics b;
    b.above = chart.reference ? fonts.line_height(kReference) + 3.0 : 2.0;
    b.below =
        fonts.line_height(kTick) + 5.0 + (chart.y_axis_title.empty() ? 0.0 : fonts.line_height(kTick) + 3.0);
    const double m = static_cast<double>(std::max<std::size_t>(1, data.series.size()));
    b.bar = m <= 2 ? 9.0 : 7.0;
    b.band = std::max(m * b.bar + 6.0, 2 * fonts.line_height(kCategory) + 4.0);
    return b;
}

}  // namespace

double bar_plot_height(const Fonts& fonts, const ChartData& data, const table::Chart& chart,
                       double max_height) {
    const BarMetrics b = bar_metrics(fonts, data, chart);
    const double n = static_cast<double>(std::max<std::size_t>(1, data.categories.size()));
    const double natural = b.above + n * b.band + b.below;
    if (natural <= max_height)
        return natural;
    const double m = static_cast<double>(std::max<std::size_t>(1, data.series.size()));
    const double minimum_band = m * 4.0 + 2.0;
    return b.above + n * std::max(minimum_band, (max_height - b.above - b.below) / n) + b.below;
}

void draw_bar_plot(Canvas& canvas, const ChartData& data, const table::Chart& chart, const PlotArea& area) {
    const Fonts& fonts = canvas.fonts();
    const BarMetrics metrics = bar_metrics(fonts, data, chart);
    const std::size_t n = data.categories.size();
    const std::size_t m = std::max<std::size_t>(1, data.series.size());
    const double plot_top = area.top + metrics.above;
    const double plot_bottom = area.top + area.height - metrics.below;
    const double band = (plot_bottom - plot_top) / static_cast<double>(std::max<std::size_t>(1, n));
    const double bar = std::min(metrics.bar, (band - 2.0) / static_cast<double>(m));
    const std::size_t label_lines = band >= 2 * fonts.line_height(kCategory) + 2.0 ? 2 : 1;

    double label_column = 40.0;
    for (const auto& c : data.categories)
        label_column = std::max(label_column, fonts.width(c, kCategory) + 8.0);
    label_column = std::min(label_column, area.width * 0.32);
    const double plot_left = area.left + label_column;
    const double plot_right = area.left + area.width - 4.0;

    const Range range = value_range(data, chart);
    auto make_scale = [&](const ValueAxis& a) { return Scale{a, plot_left, plot_right - plot_left}; };
    const Scale scale = fit_labels(data, nice_axis(range.low, range.high, 6),
                                   widest_label(fonts, data) + kLabelGap, make_scale, plot_left, plot_right);
    const ValueAxis& axis = scale.axis;

    for (double t : axis.ticks()) {
        const double x = scale.at(t);
        canvas.line(x, plot_top, x, plot_bottom, 0.4, style::kGrid);
        canvas.line(x, plot_bottom, x, plot_bottom + 3.0, 0.5, kAxis);
        canvas.text_in(x - 40.0, plot_bottom + 4.0, 80.0, tick_label(t, axis, data.percent), kTick,
                       table::Align::Center, kAxis);
    }
    if (!chart.y_axis_title.empty()) {
        canvas.text_in(plot_left, plot_bottom + 5.0 + fonts.line_height(kTick), plot_right - plot_left,
                       chart.y_axis_title, kTick, table::Align::Center, kAxis);
    }
    canvas.line(plot_left, plot_bottom, plot_right, plot_bottom, 0.6, kAxis);
    canvas.line(scale.at(0.0), plot_top, scale.at(0.0), plot_bottom, 0.6, kAxis);

    const double value_height = fonts.line_height(kValue);
    const double category_height = fonts.line_height(kCategory);
    std::vector<ValueLabel> labels;
    for (std::size_t i = 0; i < n; ++i) {
        const double band_top = plot_top + band * static_cast<double>(i);
        const std::vector<std::string> lines =
            wrap_limited(fonts, data.categories[i], label_column - 8.0, kCategory, label_lines);
        double line_top = band_top + (band - category_height * static_cast<double>(lines.size())) / 2.0;
        for (const auto& line : lines) {
            canvas.text_in(area.left, line_top, label_column - 6.0, line, kCategory, table::Align::Right);
            line_top += category_height;
        }
        const double group_top = band_top + (band - bar * static_cast<double>(m)) / 2.0;
        for (std::size_t j = 0; j < data.values[i].size(); ++j) {
            if (!data.values[i][j])
                continue;
            const double v = *data.values[i][j];
            const double y = group_top + bar * static_cast<double>(j);
            const double x0 = scale.at(0.0);
            const double x1 = scale.at(v);
            canvas.fill_rect(std::min(x0, x1), y, std::max(0.3, std::abs(x1 - x0)), bar, series_color(j));
            const std::string& label = data.labels[i][j];
            const double w = fonts.width(label, kValue);
            const double label_left = v >= 0.0 ? x1 + kLabelGap : x1 - kLabelGap - w;
            labels.push_back(
                ValueLabel{label, label_left, y + (bar - value_height) / 2.0, w, value_height, false});
        }
    }

    if (chart.reference) {
        const double x = scale.at(*chart.reference);
        draw_reference_line(canvas, x, plot_top, x, plot_bottom);
        const std::string label =
            fit_with_ellipsis(fonts, reference_text(chart, data.percent), area.width / 2.0, kReference);
        const double w = fonts.width(label, kReference);
        const double left = std::clamp(x - w / 2.0, area.left, area.left + area.width - w);
        canvas.text(left, area.top, label, kReference, kReferenceColor);
    }
    draw_value_labels(canvas, labels);
}

}  // namespace lkjip::render::pdf
