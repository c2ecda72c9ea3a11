#include "input/xlsx/error.hpp"

#include "core/number_format.hpp"

namespace lkjip::input::xlsx {

std::string grouped_count(std::size_t n) {
    return format::ribuan(static_cast<std::int64_t>(n));
}

std::string size_text(std::size_t bytes) {
    constexpr std::size_t kib = 1024;
    constexpr std::size_t mib = 1024 * kib;
    if (bytes >= mib && bytes % mib == 0)
        return grouped_count(bytes / mib) + " MiB";
    if (bytes >= kib && bytes % kib == 0)
        return grouped_count(bytes / kib) + " KiB";
    return grouped_count(bytes) + " byte";
}

std::string quoted_excerpt(std::string_view value) {
    constexpr std::size_t max_chars = 40;
    std::size_t chars = 0;
    std::size_t end = 0;
    while (end < value.size() && chars < max_chars) {
        ++end;
        // Continuation bytes (10xxxxxx) belong to the character before them.
        while (end < value.size() && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80)
            ++end;
        ++chars;
    }
    std::string out = "\"";
    out.append(value.substr(0, end));
    if (end < value.size())
        out += "...";
    return out + "\"";
}

}  // namespace lkjip::input::xlsx
