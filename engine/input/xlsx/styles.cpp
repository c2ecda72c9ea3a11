#include "input/xlsx/styles.hpp"

#include <charconv>
#include <map>
#include <optional>

#include "input/xlsx/error.hpp"
#include "input/xlsx/xml_events.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::xlsx {

namespace {

class StylesHandler : public XmlHandler {
  public:
    StylesHandler(const std::string& file, const std::string& entry) : file_(file), entry_(entry) {}

    void start_element(std::string_view name, const XmlAttributes& attributes) override {
        ++depth_;
        // Both lists are children of <styleSheet>; <xf> also appears in <cellStyleXfs>, which is not
        // what cells point to.
        if (depth_ == 2 && name == "cellXfs")
            in_cell_xfs_ = true;
        else if (depth_ == 3 && in_cell_xfs_ && name == "xf")
            xf_formats_.push_back(format_id(attributes.get("numFmtId")));
        else if (depth_ == 3 && name == "numFmt")
            add_custom(attributes);
    }
    void end_element(std::string_view /*name*/) override {
        if (depth_ == 2)
            in_cell_xfs_ = false;
        --depth_;
    }
    void characters(std::string_view /*text*/) override {}

    Styles result() const {
        std::vector<NumberStyle> styles;
        styles.reserve(xf_formats_.size());
        for (const std::size_t id : xf_formats_) {
            const auto custom = custom_.find(id);
            styles.push_back(custom != custom_.end() ? classify_format_code(custom->second)
                                                     : builtin_number_style(id));
        }
        return Styles(std::move(styles));
    }

  private:
    std::size_t format_id(std::optional<std::string_view> text) const {
        if (!text)
            return 0;  // the schema's default: General
        const auto id = parse_index(*text);
        if (!id)
            fail(file_, entry_ + ": numFmtId tidak valid: " + quoted_excerpt(*text));
        return *id;
    }

    void add_custom(const XmlAttributes& attributes) {
        const std::size_t id = format_id(attributes.get("numFmtId"));
        custom_[id] = std::string(attributes.get("formatCode").value_or(""));
    }

    const std::string& file_;
    const std::string& entry_;
    std::size_t depth_ = 0;
    bool in_cell_xfs_ = false;
    std::vector<std::size_t> xf_formats_;
    std::map<std::size_t, std::string> custom_;
};

}  // namespace

NumberStyle builtin_number_style(std::size_t format_id) {
    if (format_id == 9 || format_id == 10)
        return NumberStyle::Percent;
    if ((format_id >= 14 && format_id <= 22) || (format_id >= 45 && format_id <= 47))
        return NumberStyle::Date;
    return NumberStyle::Plain;
}

NumberStyle classify_format_code(std::string_view code) {
    bool percent = false;
    std::size_t i = 0;
    while (i < code.size()) {
        const char c = code[i];
        if (c == '"') {
            const std::size_t close = code.find('"', i + 1);
            i = close == std::string_view::npos ? code.size() : close + 1;
            continue;
        }
        if (c == '[') {
            const std::size_t close = code.find(']', i + 1);
            i = close == std::string_view::npos ? code.size() : close + 1;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {
            i += 2;
            continue;
        }
        // "General" holds none of the date letters; it is skipped as a word so that it never could.
        if ((c == 'G' || c == 'g') && code.substr(i, 7).size() == 7) {
            std::string word(code.substr(i, 7));
            for (char& w : word)
                w = static_cast<char>(w >= 'A' && w <= 'Z' ? w - 'A' + 'a' : w);
            if (word == "general") {
                i += 7;
                continue;
            }
        }
        switch (c) {
            case 'd':
            case 'D':
            case 'm':
            case 'M':
            case 'y':
            case 'Y':
            case 'h':
            case 'H':
            case 's':
            case 'S':
                return NumberStyle::Date;
            case '%':
                percent = true;
                break;
            default:
                break;
        }
        ++i;
    }
    return percent ? NumberStyle::Percent : NumberStyle::Plain;
}

Styles read_styles(ZipArchive& zip, const std::string& entry) {
    StylesHandler handler(zip.file(), entry);
    parse_xml_entry(zip, entry, handler);
    return handler.result();
}

}  // namespace lkjip::input::xlsx
