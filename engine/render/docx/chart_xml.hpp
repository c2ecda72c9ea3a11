#pragma once
// A table's chart as a native DrawingML chart (word/charts/chartN.xml): a clustered column or bar chart
// with the values cached in the part (c:strCache, c:numCache), so Word shows and restyles it and LibreOffice
// renders it without lkjip rasterising anything; the reference line (Target 100%) is a line series. The
// data are the PDF's (render/pdf/chart_data: the same categories, series names and values).
#include <cstddef>
#include <string>

#include "render/docx/xml_writer.hpp"
#include "table/table.hpp"

namespace lkjip::render::docx {

// The chart part.
std::string chart_xml(const table::Table& table, const table::Chart& chart);

// The paragraph holding the chart inline (w:drawing, c:chart r:id = chart_id(index)), as wide as the text.
void chart_paragraph(XmlWriter& x, const table::Table& table, const table::Chart& chart, std::size_t index);

}  // namespace lkjip::render::docx
