#pragma once
// What a page can hold, shared by the template checks (report/) and the PDF renderer (render/pdf/), so
// that a template is refused before any renderer is asked to draw what cannot be drawn.
#include <cstddef>

#include "table/table.hpp"

namespace lkjip::table {

inline constexpr double kA4ShortSide = 595.28;  // points
inline constexpr double kA4LongSide = 841.89;
inline constexpr double kPageMargin = 56.69;  // 2 cm on every side
inline constexpr double kCellPadding = 3.0;   // left and right inside a table cell
// The narrowest column a PDF table may be given: its padding and room for one character at the smallest
// size the renderer sets text (6,5 pt).
inline constexpr double kMinColumnPoints = 2 * kCellPadding + 6.0;
// Excel's limit (XFD is the last column).
inline constexpr std::size_t kMaxColumns = 16384;

inline constexpr double usable_page_width(Orientation o) {
    return (o == Orientation::Landscape ? kA4LongSide : kA4ShortSide) - 2 * kPageMargin;
}

}  // namespace lkjip::table
