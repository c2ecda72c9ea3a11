#include "render/pdf/chart_draw.hpp"

#include <algorithm>

#include "render/pdf/chart_data.hpp"
#include "render/pdf/chart_plot.hpp"
#include "render/pdf/palette.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

using namespace chart_style;

constexpr double kSwatch = 7.0;
constexpr double kLegendItemGap = 14.0;

struct LegendItem {
    std::string text;
    double x = 0.0;  // from the legend's left edge
    std::size_t line = 0;
    std::size_t series = 0;
};

// Items flow left to right and wrap; each line is centred under the title.
std::vector<LegendItem> legend_items(const Fonts& fonts, const ChartData& data, double width,
                                     std::vector<double>& line_widths) {
    std::vector<LegendItem> items;
    if (data.series.size() < 2)
        return items;
    double x = 0.0;
    std::size_t line = 0;
    line_widths.assign(1, 0.0);
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        const std::string text = fit_with_ellipsis(fonts, data.series[s], width - kSwatch - 4.0, kLegend);
        const double w = kSwatch + 3.0 + fonts.width(text, kLegend);
        if (x > 0.0 && x + w > width) {
            ++line;
            x = 0.0;
            line_widths.push_back(0.0);
        }
        items.push_back(LegendItem{text, x, line, s});
        line_widths[line] = x + w;
        x += w + kLegendItemGap;
    }
    return items;
}

}  // namespace

void draw_chart(Pages& pages, const table::Table& table, const table::Chart& chart) {
    const Fonts& fonts = pages.fonts();
    const ChartData data = chart_data(table, chart);
    const PageBox box = page_box(table.orientation, pages.paper());
    const double width = box.content_width();

    const std::vector<std::string> title = wrap_text(fonts, chart.title, width, kTitle);
    const double title_height = static_cast<double>(title.size()) * fonts.line_height(kTitle) + 4.0;
    std::vector<double> legend_widths;
    const std::vector<LegendItem> legend = legend_items(fonts, data, width, legend_widths);
    const double legend_height =
        legend.empty() ? 0.0
                       : static_cast<double>(legend_widths.size()) * (fonts.line_height(kLegend) + 2.0) + 4.0;
    const double frame = title_height + legend_height + 6.0;

    double plot_height = 0.0;
    if (!data.has_values())
        plot_height = fonts.line_height(style::kNote) + 4.0;
    else if (chart.kind == table::ChartKind::Column)
        plot_height = column_plot_height(fonts, chart);
    else
        plot_height = bar_plot_height(fonts, data, chart, box.content_height() - frame);

    pages.y += style::kTableGap;
    const bool here = pages.can_continue(table.orientation);
    if (here && data.has_values() && chart.kind == table::ChartKind::Column &&
        pages.room() < frame + plot_height &&
        pages.room() >= frame + column_plot_height(fonts, chart, kColumnPlotMinimum)) {
        plot_height = pages.room() - frame;  // a somewhat flatter chart rather than a page of its own
    } else if (!here || pages.room() < frame + plot_height) {
        pages.new_page(table.orientation);
    }
    Canvas& canvas = pages.canvas();

    for (const std::string& line : title) {
        canvas.text_in(box.left, pages.y, width, line, kTitle, table::Align::Center, style::kBlack);
        pages.y += fonts.line_height(kTitle);
    }
    pages.y += 4.0;
    for (const LegendItem& item : legend) {
        const double line_left = box.left + (width - legend_widths[item.line]) / 2.0;
        const double top = pages.y + static_cast<double>(item.line) * (fonts.line_height(kLegend) + 2.0);
        const double x = line_left + item.x;
        const double swatch_top = top + (fonts.line_height(kLegend) - kSwatch) / 2.0;
        canvas.fill_rect(x, swatch_top, kSwatch, kSwatch, series_color(item.series));
        canvas.text(x + kSwatch + 3.0, top, item.text, kLegend);
    }
    pages.y += legend_height;

    const PlotArea area{box.left, pages.y, width, plot_height};
    if (!data.has_values())
        canvas.text_in(box.left, pages.y, width, "Tidak ada nilai untuk digambarkan.", style::kNote,
                       table::Align::Center, style::kGreyText);
    else if (chart.kind == table::ChartKind::Column)
        draw_column_plot(canvas, data, chart, area);
    else
        draw_bar_plot(canvas, data, chart, area);
    pages.y += plot_height + 6.0;
}

}  // namespace lkjip::render::pdf
