#include "render/pdf/flate.hpp"

#include <doctest/doctest.h>
#include <zlib.h>

#include <random>
#include <string>

using lkjip::render::pdf::FlateCompressor;

namespace {

// Inflated with zlib, the decoder PDF readers use: a different implementation than the one that wrote it.
std::string inflate(const std::string& deflated, std::size_t size) {
    std::string out(size, '\0');
    uLongf out_size = static_cast<uLongf>(size);
    const int status =
        uncompress(reinterpret_cast<Bytef*>(out.data()), &out_size,
                   reinterpret_cast<const Bytef*>(deflated.data()), static_cast<uLong>(deflated.size()));
    REQUIRE(status == Z_OK);
    out.resize(out_size);
    return out;
}

}  // namespace

TEST_CASE("pdf flate: zlib streams that zlib inflates back to the same bytes") {
    FlateCompressor flate;
    SUBCASE("a page's drawing operators shrink") {
        std::string page;
        for (int row = 0; row < 400; ++row)
            page += "BT /Ft4 8 Tf 56.693 " + std::to_string(700 - row) + ".5 Td (Capaian) Tj ET\n";
        const std::string deflated = flate.compress(page);
        CHECK(deflated.size() * 10 < page.size());
        CHECK(static_cast<unsigned char>(deflated[0]) == 0x78);  // zlib header: deflate, 32 KiB window
        CHECK(inflate(deflated, page.size()) == page);
    }
    SUBCASE("incompressible bytes fit the bound") {
        std::mt19937 random(7);
        std::string noise(1 << 20, '\0');
        for (char& c : noise)
            c = static_cast<char>(random());
        CHECK(inflate(flate.compress(noise), noise.size()) == noise);
    }
    SUBCASE("an empty stream") {
        const std::string deflated = flate.compress("");
        CHECK_FALSE(deflated.empty());
        CHECK(inflate(deflated, 0).empty());
    }
    SUBCASE("one compressor for many streams") {
        for (int k = 0; k < 3; ++k) {
            const std::string text(static_cast<std::size_t>(1000 * (k + 1)), static_cast<char>('a' + k));
            CHECK(inflate(flate.compress(text), text.size()) == text);
        }
    }
}
