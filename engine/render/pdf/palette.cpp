#include "render/pdf/palette.hpp"

#include <array>

namespace lkjip::render::pdf {

namespace {

Rgb hex(unsigned v) {
    return Rgb{static_cast<double>((v >> 16) & 0xFFu) / 255.0, static_cast<double>((v >> 8) & 0xFFu) / 255.0,
               static_cast<double>(v & 0xFFu) / 255.0};
}

}  // namespace

std::optional<Rgb> shade_fill(const table::Shade& shade) {
    static const std::array<unsigned, 5> bands = {0xB7E1B0, 0xDDEFC9, 0xFFF0B3, 0xFBD5B0, 0xF4B6B0};
    const int i = shade.palette_index(static_cast<int>(bands.size()));
    if (i < 0)
        return std::nullopt;
    return hex(bands[static_cast<std::size_t>(i)]);
}

Rgb series_color(std::size_t index) {
    static const std::array<unsigned, 6> colors = {0x3B6FB6, 0xE08A2E, 0x5E9E4F,
                                                   0x8C6BB1, 0xC9553F, 0x7F7F7F};
    return hex(colors[index % colors.size()]);
}

}  // namespace lkjip::render::pdf
