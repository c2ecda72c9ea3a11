#include "input/xlsx/shared_strings.hpp"

#include "input/xlsx/cell_text.hpp"
#include "input/xlsx/xml_events.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::xlsx {

namespace {

class SharedStringsHandler : public XmlHandler {
  public:
    explicit SharedStringsHandler(SharedStrings& out) : out_(out) {}

    void start_element(std::string_view name, const XmlAttributes& /*attributes*/) override {
        ++depth_;
        if (depth_ == 2 && name == "si") {
            in_item_ = true;
            item_.clear();
        } else if (in_item_ && name == "rPh" && phonetic_depth_ == 0) {
            phonetic_depth_ = depth_;
        } else if (in_item_ && name == "t" && phonetic_depth_ == 0 && text_depth_ == 0) {
            text_depth_ = depth_;
            text_.clear();
        }
    }

    void end_element(std::string_view /*name*/) override {
        if (depth_ == text_depth_) {
            // Escapes are decoded per <t>: each is one string in Excel's escaped form.
            item_ += decode_escapes(text_);
            text_depth_ = 0;
        } else if (depth_ == phonetic_depth_) {
            phonetic_depth_ = 0;
        } else if (depth_ == 2 && in_item_) {
            out_.add(item_);
            in_item_ = false;
        }
        --depth_;
    }

    void characters(std::string_view text) override {
        if (text_depth_ != 0)
            text_.append(text);
    }

  private:
    SharedStrings& out_;
    std::size_t depth_ = 0;
    bool in_item_ = false;
    std::size_t phonetic_depth_ = 0;
    std::size_t text_depth_ = 0;
    std::string item_;
    std::string text_;
};

}  // namespace

SharedStrings read_shared_strings(ZipArchive& zip, const std::string& entry) {
    SharedStrings strings;
    SharedStringsHandler handler(strings);
    parse_xml_entry(zip, entry, handler);
    return strings;
}

}  // namespace lkjip::input::xlsx
