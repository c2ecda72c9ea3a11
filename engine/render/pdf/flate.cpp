#include "render/pdf/flate.hpp"

#include <libdeflate.h>

#include <new>

namespace lkjip::render::pdf {

namespace {
// zlib's default, which PoDoFo used for these streams before.
constexpr int kLevel = 6;
}  // namespace

FlateCompressor::FlateCompressor() : compressor_(libdeflate_alloc_compressor(kLevel)) {
    if (compressor_ == nullptr)
        throw std::bad_alloc();
}

FlateCompressor::~FlateCompressor() {
    libdeflate_free_compressor(compressor_);
}

std::string FlateCompressor::compress(std::string_view data) {
    std::string out(libdeflate_zlib_compress_bound(compressor_, data.size()), '\0');
    const std::size_t size =
        libdeflate_zlib_compress(compressor_, data.data(), data.size(), out.data(), out.size());
    // The bound is what libdeflate guarantees to be enough, so 0 (did not fit) cannot happen.
    out.resize(size);
    return out;
}

}  // namespace lkjip::render::pdf
