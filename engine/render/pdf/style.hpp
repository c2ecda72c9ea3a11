#pragma once
// The look of the report in one place: page margins, type sizes, paddings and colours. Sizes are in
// points (1/72 inch); A4 is 595.28 x 841.89 pt.
#include "render/pdf/text_measure.hpp"

namespace lkjip::render::pdf {

struct Rgb {
    double r = 0.0;
    double g = 0.0;
    double b = 0.0;
};

namespace style {

inline constexpr double kMargin = 56.69;    // 2 cm on every side
inline constexpr double kFooterTop = 30.0;  // footer rule, measured up from the bottom edge
inline constexpr double kTableGap = 18.0;   // between a table (or chart) and what follows
inline constexpr double kPadX = 3.0;        // inside a table cell
inline constexpr double kPadTop = 3.0;      // more above than below: the line box already has the descent
inline constexpr double kPadBottom = 1.5;
inline constexpr double kIndentStep = 9.0;  // per Cell::indent level
inline constexpr double kBorderWidth = 0.5;

inline constexpr TextStyle kBody{false, 8.5};
inline constexpr TextStyle kBodyBold{true, 8.5};
inline constexpr TextStyle kHeader{true, 8.0};
inline constexpr TextStyle kTitle{true, 10.0};
inline constexpr TextStyle kCaption{false, 8.0};  // "Tabel 3.1 (lanjutan)"
inline constexpr TextStyle kNote{false, 7.5};
inline constexpr TextStyle kFooter{false, 7.5};

inline constexpr Rgb kBlack{0.0, 0.0, 0.0};
inline constexpr Rgb kText{0.1, 0.1, 0.1};
inline constexpr Rgb kGreyText{0.35, 0.35, 0.35};
inline constexpr Rgb kBorder{0.35, 0.35, 0.35};
inline constexpr Rgb kHeaderFill{0.85, 0.85, 0.85};
inline constexpr Rgb kTotalFill{0.94, 0.94, 0.94};
inline constexpr Rgb kGrid{0.82, 0.82, 0.82};

}  // namespace style

}  // namespace lkjip::render::pdf
