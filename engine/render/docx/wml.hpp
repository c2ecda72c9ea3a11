#pragma once
// WordprocessingML vocabulary shared by the DOCX parts: namespaces, page geometry in twentieths of a point
// (twips), the fonts, and the small builders of runs and paragraphs every part uses.
#include <string>
#include <string_view>

#include "render/docx/xml_writer.hpp"
#include "table/table.hpp"

namespace lkjip::render::docx {

inline constexpr std::string_view kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kNsR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view kNsWp =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr std::string_view kNsA = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr std::string_view kNsC = "http://schemas.openxmlformats.org/drawingml/2006/chart";

// A4 and the PDF's 2 cm margins, in twips (1/20 pt).
inline constexpr int kA4Short = 11906;
inline constexpr int kA4Long = 16838;
inline constexpr int kMargin = 1134;
inline constexpr int kHeaderDistance = 567;  // 1 cm from the edge to the header and footer text

int page_width(table::Orientation o);
int page_height(table::Orientation o);
int content_width(table::Orientation o);

// Arial is in every Word (Windows and macOS) and LibreOffice substitutes the metric-compatible Liberation
// Sans for it (fonts-liberation), so lines break alike in both; DejaVu Sans, lkjip's PDF face, is the last
// resort of fontconfig. Calibri would need Carlito on Linux, which fewer machines have.
inline constexpr std::string_view kFont = "Arial";

// Direct formatting of a run.
struct RunStyle {
    bool bold = false;
    bool underline = false;
    std::string_view color{};  // "C00000"; empty: the style's
    int half_points = 0;       // 0: the style's size
};

// <w:r> holding `text`; a newline becomes <w:br/> and a tab <w:tab/>.
void run(XmlWriter& x, std::string_view text, const RunStyle& style = {});

// "left", "center" or "right" for w:jc.
std::string_view justification(table::Align align);

}  // namespace lkjip::render::docx
