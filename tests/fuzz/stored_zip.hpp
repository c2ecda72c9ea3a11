#pragma once
// A zip archive of stored (uncompressed) entries with correct CRCs, written by hand (a few lines, and no
// temporary file per input): the fuzz targets of zip-based formats (xlsx, docx) put the fuzzer's bytes
// into one, so that mutations reach the XML readers instead of failing the CRC check.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lkjip::fuzz {

inline std::uint32_t crc32_of(std::string_view data) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

inline void put16(std::string& out, std::size_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
inline void put32(std::string& out, std::size_t v) {
    put16(out, v & 0xFFFF);
    put16(out, (v >> 16) & 0xFFFF);
}

inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out;
    std::string central;
    for (const auto& entry : entries) {
        const std::string& name = entry.first;  // (clang 14 cannot capture structured bindings)
        const std::string& data = entry.second;
        const std::size_t offset = out.size();
        const std::uint32_t crc = crc32_of(data);
        auto common = [&](std::string& h) {
            put16(h, 20);    // version needed
            put16(h, 0);     // flags
            put16(h, 0);     // stored
            put16(h, 0);     // time
            put16(h, 0x21);  // date: 1980-01-01
            put32(h, crc);
            put32(h, data.size());
            put32(h, data.size());
            put16(h, name.size());
            put16(h, 0);  // extra field
        };
        out += std::string("PK\x03\x04", 4);
        common(out);
        out += name;
        out += data;
        central += std::string("PK\x01\x02", 4);
        put16(central, 20);  // version made by
        common(central);
        put16(central, 0);  // comment
        put16(central, 0);  // disk
        put16(central, 0);  // internal attributes
        put32(central, 0);  // external attributes
        put32(central, offset);
        central += name;
    }
    const std::size_t central_offset = out.size();
    out += central;
    out += std::string("PK\x05\x06", 4);
    put16(out, 0);
    put16(out, 0);
    put16(out, entries.size());
    put16(out, entries.size());
    put32(out, central.size());
    put32(out, central_offset);
    put16(out, 0);
    return out;
}

}  // namespace lkjip::fuzz
