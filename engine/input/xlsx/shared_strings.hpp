#pragma once
// The shared string table (xl/sharedStrings.xml): every string cell (t="s") holds an index into it.
// Strings are kept end to end in one buffer, so that a table of millions of short strings costs little
// more than its text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::input::xlsx {

class ZipArchive;

class SharedStrings {
  public:
    std::size_t size() const { return ends_.size(); }
    std::string_view at(std::size_t index) const {
        const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
        return std::string_view(chars_).substr(begin, ends_[index] - begin);
    }
    void add(std::string_view s) {
        chars_.append(s);
        ends_.push_back(chars_.size());
    }

  private:
    std::string chars_;
    std::vector<std::size_t> ends_;
};

// Each <si> is the concatenation of its <t> texts, plain or in rich-text runs (<r><t>), with Excel's
// _xHHHH_ escapes decoded; text in phonetic guides (<rPh>) is left out.
SharedStrings read_shared_strings(ZipArchive& zip, const std::string& entry);

}  // namespace lkjip::input::xlsx
