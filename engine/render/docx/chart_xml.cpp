#include "render/docx/chart_xml.hpp"

#include <algorithm>
#include <cstdio>

#include "render/docx/body_xml.hpp"
#include "render/docx/wml.hpp"
#include "render/pdf/chart_data.hpp"

namespace lkjip::render::docx {

namespace {

constexpr const char* kSeriesColors[] = {"3B6FB6", "E08A2E", "5E9E4F", "8C6BB1", "C9553F", "7F7F7F"};
constexpr long kEmuPerTwip = 635;

// A value as the chart part stores it: plain decimal, "." as separator, enough digits to round-trip.
std::string number(double v) {
    char text[64];
    std::snprintf(text, sizeof text, "%.15g", v);
    return text;
}

// "B": the column letter of series `s` on the chart's notional sheet (categories in A).
std::string column_letter(std::size_t s) {
    std::string out;
    for (std::size_t n = s + 2; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

void text_body(XmlWriter& x, const std::string& text, int size, bool bold) {
    x.open("c:rich").empty("a:bodyPr").empty("a:lstStyle").open("a:p").open("a:pPr");
    x.empty("a:defRPr", {{"sz", std::to_string(size)}, {"b", bold ? "1" : "0"}}).close();
    x.open("a:r").empty("a:rPr", {{"lang", "id-ID"}, {"sz", std::to_string(size)}, {"b", bold ? "1" : "0"}});
    x.element("a:t", text).close();
    x.close().close();
}

void title(XmlWriter& x, const std::string& text, int size) {
    x.open("c:title").open("c:tx");
    text_body(x, text, size, true);
    x.close().empty("c:overlay", {{"val", "0"}}).close();
}

void fill(XmlWriter& x, std::string_view color, bool line) {
    x.open("c:spPr");
    if (line) {
        x.open("a:ln", {{"w", "19050"}}).open("a:solidFill").empty("a:srgbClr", {{"val", color}}).close();
        x.empty("a:prstDash", {{"val", "dash"}}).close();
    } else {
        x.open("a:solidFill").empty("a:srgbClr", {{"val", color}}).close();
    }
    x.close();
}

// The series name, its categories and its values, cached with references to a notional sheet (Word asks
// for the embedded workbook only when the data are edited).
void series(XmlWriter& x, std::size_t s, const std::string& name, const pdf::ChartData& data,
            const std::vector<std::optional<double>>& values, bool line) {
    const std::string n = std::to_string(data.categories.size());
    const std::string col = column_letter(s);
    x.open("c:ser")
        .empty("c:idx", {{"val", std::to_string(s)}})
        .empty("c:order", {{"val", std::to_string(s)}});
    x.open("c:tx").open("c:strRef").element("c:f", "Sheet1!$" + col + "$1");
    x.open("c:strCache").empty("c:ptCount", {{"val", "1"}});
    x.open("c:pt", {{"idx", "0"}}).element("c:v", name).close();
    x.close().close().close();
    fill(x, line ? "C00000" : kSeriesColors[s % std::size(kSeriesColors)], line);
    if (line)
        x.open("c:marker").empty("c:symbol", {{"val", "none"}}).close();
    else
        x.empty("c:invertIfNegative", {{"val", "0"}});
    x.open("c:cat")
        .open("c:strRef")
        .element("c:f", "Sheet1!$A$2:$A$" + std::to_string(data.categories.size() + 1));
    x.open("c:strCache").empty("c:ptCount", {{"val", n}});
    for (std::size_t i = 0; i < data.categories.size(); ++i)
        x.open("c:pt", {{"idx", std::to_string(i)}}).element("c:v", data.categories[i]).close();
    x.close().close().close();
    x.open("c:val").open("c:numRef");
    x.element("c:f", "Sheet1!$" + col + "$2:$" + col + "$" + std::to_string(data.categories.size() + 1));
    x.open("c:numCache").element("c:formatCode", "General").empty("c:ptCount", {{"val", n}});
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i])
            x.open("c:pt", {{"idx", std::to_string(i)}}).element("c:v", number(*values[i])).close();
    }
    x.close().close().close();
    if (line)
        x.empty("c:smooth", {{"val", "0"}});
    x.close();
}

// The value axis the PDF draws: from zero (or below, for negative values) to a "nice" maximum, so that a
// reader's own autoscaling does not start the bars at 88%.
pdf::ValueAxis value_axis(const pdf::ChartData& data, const table::Chart& chart) {
    double low = 0.0;
    double high = 0.0;
    for (const auto& row : data.values) {
        for (const auto& v : row) {
            if (v) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
        }
    }
    if (chart.reference) {
        low = std::min(low, *chart.reference);
        high = std::max(high, *chart.reference);
    }
    return pdf::nice_axis(low, high);
}

void axes(XmlWriter& x, bool bar, const std::string& y_title, bool percent, const pdf::ValueAxis& axis) {
    x.open("c:catAx").empty("c:axId", {{"val", "1001"}});
    x.open("c:scaling").empty("c:orientation", {{"val", bar ? "maxMin" : "minMax"}}).close();
    x.empty("c:delete", {{"val", "0"}}).empty("c:axPos", {{"val", bar ? "l" : "b"}});
    x.empty("c:numFmt", {{"formatCode", "General"}, {"sourceLinked", "0"}});
    x.empty("c:tickLblPos", {{"val", "nextTo"}}).empty("c:crossAx", {{"val", "1002"}});
    x.empty("c:crosses", {{"val", "autoZero"}}).empty("c:auto", {{"val", "1"}});
    x.empty("c:lblAlgn", {{"val", "ctr"}}).empty("c:lblOffset", {{"val", "100"}}).close();
    x.open("c:valAx").empty("c:axId", {{"val", "1002"}});
    x.open("c:scaling").empty("c:orientation", {{"val", "minMax"}});
    x.empty("c:max", {{"val", number(axis.max)}}).empty("c:min", {{"val", number(axis.min)}}).close();
    x.empty("c:delete", {{"val", "0"}}).empty("c:axPos", {{"val", bar ? "b" : "l"}});
    x.empty("c:majorGridlines");
    if (!y_title.empty())
        title(x, y_title, 900);
    x.empty("c:numFmt", {{"formatCode", percent ? "0\"%\"" : "#,##0.##"}, {"sourceLinked", "0"}});
    x.empty("c:tickLblPos", {{"val", "nextTo"}}).empty("c:crossAx", {{"val", "1001"}});
    x.empty("c:crosses", {{"val", "autoZero"}}).empty("c:crossBetween", {{"val", "between"}});
    x.empty("c:majorUnit", {{"val", number(axis.step)}}).close();
}

}  // namespace

std::string chart_xml(const table::Table& table, const table::Chart& chart) {
    const pdf::ChartData data = pdf::chart_data(table, chart);
    const bool bar = chart.kind == table::ChartKind::Bar;
    XmlWriter x;
    x.open("c:chartSpace", {{"xmlns:c", kNsC}, {"xmlns:a", kNsA}, {"xmlns:r", kNsR}});
    x.empty("c:roundedCorners", {{"val", "0"}});
    x.open("c:chart");
    if (!chart.title.empty())
        title(x, chart.title, 1100);
    x.empty("c:autoTitleDeleted", {{"val", chart.title.empty() ? "1" : "0"}});
    x.open("c:plotArea").empty("c:layout");
    x.open("c:barChart").empty("c:barDir", {{"val", bar ? "bar" : "col"}});
    x.empty("c:grouping", {{"val", "clustered"}}).empty("c:varyColors", {{"val", "0"}});
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        std::vector<std::optional<double>> values;
        for (const auto& row : data.values)
            values.push_back(s < row.size() ? row[s] : std::nullopt);
        series(x, s, data.series[s], data, values, false);
    }
    x.empty("c:gapWidth", {{"val", "80"}});
    x.empty("c:axId", {{"val", "1001"}}).empty("c:axId", {{"val", "1002"}}).close();
    // The reference (Target 100%) as a dashed line over every category, on the same axes: the combination
    // Excel and Word write for a column chart. A horizontal bar chart cannot share its axes with a line
    // series in Word, so there the reference stays in the title.
    if (chart.reference && !bar && !data.categories.empty()) {
        x.open("c:lineChart")
            .empty("c:grouping", {{"val", "standard"}})
            .empty("c:varyColors", {{"val", "0"}});
        const std::vector<std::optional<double>> values(data.categories.size(), chart.reference);
        series(x, data.series.size(),
               chart.reference_label.empty() ? number(*chart.reference) : chart.reference_label, data, values,
               true);
        x.empty("c:marker", {{"val", "1"}});
        x.empty("c:axId", {{"val", "1001"}}).empty("c:axId", {{"val", "1002"}}).close();
    }
    axes(x, bar, chart.y_axis_title, data.percent, value_axis(data, chart));
    x.close();  // plotArea
    x.open("c:legend").empty("c:legendPos", {{"val", "b"}}).empty("c:overlay", {{"val", "0"}}).close();
    x.empty("c:plotVisOnly", {{"val", "1"}}).empty("c:dispBlanksAs", {{"val", "gap"}});
    x.close().close();
    return x.str();
}

void chart_paragraph(XmlWriter& x, const table::Table& table, const table::Chart& chart, std::size_t index) {
    const long width = static_cast<long>(content_width(table.orientation)) * kEmuPerTwip;
    // Landscape: as high as fits under the table's page header; portrait: two thirds of the width.
    const long height = table.orientation == table::Orientation::Landscape ? width * 9 / 20 : width * 2 / 3;
    const std::string id = std::to_string(index + 1);
    x.open("w:p").open("w:pPr").empty("w:jc", {{"w:val", "center"}}).close();
    x.open("w:r").open("w:drawing");
    x.open("wp:inline", {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
    x.empty("wp:extent", {{"cx", std::to_string(width)}, {"cy", std::to_string(height)}});
    x.empty("wp:effectExtent", {{"l", "0"}, {"t", "0"}, {"r", "0"}, {"b", "0"}});
    x.empty("wp:docPr", {{"id", id}, {"name", "Grafik " + id}, {"descr", chart.title}});
    x.empty("wp:cNvGraphicFramePr");
    x.open("a:graphic").open("a:graphicData", {{"uri", kNsC}});
    x.empty("c:chart", {{"r:id", chart_id(index)}});
    x.close().close();
    x.close().close().close().close();
}

}  // namespace lkjip::render::docx
