#include "table/cell_text.hpp"

#include <cmath>

#include "core/number_format.hpp"

namespace lkjip::table {

std::string display_text(const Cell& cell) {
    switch (cell.kind) {
        case Cell::Kind::Empty:
            return "";
        case Cell::Kind::Text:
            return cell.text;
        case Cell::Kind::NotAvailable:
            return "n/a";
        case Cell::Kind::Number:
            break;
    }
    switch (cell.style) {
        case NumberStyle::Decimal:
            return format::angka(cell.number, cell.decimals, cell.rounding);
        case NumberStyle::Percent:
            return format::persen(cell.number, cell.decimals, cell.rounding);
        case NumberStyle::Rupiah:
        case NumberStyle::Integer:
            return format::angka(cell.number, 0);
        case NumberStyle::Index:
            return format::angka(cell.number, cell.decimals, cell.rounding);
        case NumberStyle::Year:
            return std::to_string(static_cast<long long>(std::llround(cell.number)));
    }
    return "";
}

std::string spreadsheet_format(NumberStyle style, int decimals) {
    const std::string fraction =
        decimals > 0 ? "." + std::string(static_cast<std::size_t>(decimals), '0') : "";
    switch (style) {
        case NumberStyle::Decimal:
        case NumberStyle::Index:
            return "#,##0" + fraction;
        case NumberStyle::Percent:
            // Percentage points (92.32), so the sign is a literal: Excel's % would multiply by 100.
            return "#,##0" + fraction + "\"%\"";
        case NumberStyle::Rupiah:
        case NumberStyle::Integer:
            return "#,##0";
        case NumberStyle::Year:
            return "0";
    }
    return "General";
}

}  // namespace lkjip::table
