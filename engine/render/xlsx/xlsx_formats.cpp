#include "render/xlsx/xlsx_formats.hpp"

#include <array>

#include "table/cell_text.hpp"

namespace lkjip::render::xlsx {

namespace {

constexpr std::uint32_t kHeaderFill = 0xD9E1F2;
constexpr std::uint32_t kGroupFill = 0xF2F2F2;

}  // namespace

std::uint32_t shade_colour(const table::Shade& shade) {
    // Soft fills that keep black text readable, best to worst.
    static constexpr std::array<std::uint32_t, 5> kPalette = {0xC6EFCE, 0xE2F0D9, 0xFFEB9C, 0xF8CBAD,
                                                              0xFFC7CE};
    const int i = shade.palette_index(static_cast<int>(kPalette.size()));
    return i < 0 ? 0 : kPalette[static_cast<std::size_t>(i)];
}

lxw_format* FormatCache::get(CellRole role, const table::Cell& cell) {
    const bool number = cell.kind == table::Cell::Kind::Number;
    const std::uint32_t fill = role == CellRole::Header ? kHeaderFill : shade_colour(cell.shade);
    // The number format follows from style and decimals, so those two stand for it in the key.
    const Key key{static_cast<int>(role),
                  number,
                  number ? static_cast<int>(cell.style) : 0,
                  number ? cell.decimals : 0,
                  cell.bold,
                  static_cast<int>(cell.align),
                  cell.indent,
                  fill,
                  cell.kind == table::Cell::Kind::NotAvailable};
    if (auto it = by_key_.find(key); it != by_key_.end())
        return it->second;

    const std::string num_format = number ? table::spreadsheet_format(cell.style, cell.decimals) : "";
    const std::string name = std::to_string(static_cast<int>(role)) + "|" + num_format + "|" +
                             std::to_string(cell.bold) + "|" + std::to_string(static_cast<int>(cell.align)) +
                             "|" + std::to_string(cell.indent) + "|" + std::to_string(fill) + "|" +
                             std::to_string(cell.kind == table::Cell::Kind::NotAvailable);
    if (auto it = formats_.find(name); it != formats_.end()) {
        by_key_.emplace(key, it->second);
        return it->second;
    }

    lxw_format* f = workbook_add_format(workbook_);
    format_set_font_name(f, "Arial");
    format_set_font_size(f, role == CellRole::Title ? 11 : role == CellRole::Note ? 8 : 9);
    if (cell.bold || role == CellRole::Title || role == CellRole::Header)
        format_set_bold(f);
    if (role == CellRole::Note)
        format_set_italic(f);
    if (role != CellRole::Title)
        format_set_text_wrap(f);
    if (role == CellRole::Header || role == CellRole::Body) {
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    } else {
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    switch (cell.align) {
        case table::Align::Left:
            format_set_align(f, LXW_ALIGN_LEFT);
            break;
        case table::Align::Center:
            format_set_align(f, LXW_ALIGN_CENTER);
            break;
        case table::Align::Right:
            format_set_align(f, LXW_ALIGN_RIGHT);
            break;
    }
    if (cell.indent > 0)
        format_set_indent(f, static_cast<uint8_t>(cell.indent));
    if (!num_format.empty())
        format_set_num_format(f, num_format.c_str());
    if (fill != 0) {
        format_set_bg_color(f, fill);
        format_set_pattern(f, LXW_PATTERN_SOLID);
    } else if (role == CellRole::Body && cell.bold) {
        format_set_bg_color(f, kGroupFill);
        format_set_pattern(f, LXW_PATTERN_SOLID);
    }
    if (cell.kind == table::Cell::Kind::NotAvailable)
        format_set_font_color(f, 0x7F7F7F);
    formats_.emplace(name, f);
    by_key_.emplace(key, f);
    return f;
}

}  // namespace lkjip::render::xlsx
