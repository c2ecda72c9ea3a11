#pragma once
// Deflate for the page streams of the PDF (/FlateDecode, the zlib format), done with libdeflate rather
// than by PoDoFo with zlib: at the same level 6 the pages come out slightly smaller in about half the
// time (bench/README.md).
#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace lkjip::render::pdf {

class FlateCompressor {
  public:
    FlateCompressor();
    ~FlateCompressor();
    FlateCompressor(const FlateCompressor&) = delete;
    FlateCompressor& operator=(const FlateCompressor&) = delete;

    // `data` as one zlib stream.
    std::string compress(std::string_view data);

  private:
    libdeflate_compressor* compressor_;
};

}  // namespace lkjip::render::pdf
