#pragma once
// The one XML writer of the DOCX renderer: elements, attributes and text, every string escaped. Word
// refuses a package whose XML is not well-formed, so nothing is ever appended unescaped.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lkjip::render::docx {

// `text` as XML character data or attribute value: & < > " ' escaped, and the characters XML 1.0 cannot
// hold (C0 controls but tab, newline and carriage return; DEL) removed rather than passed on.
std::string xml_escape(std::string_view text);

using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class XmlWriter {
  public:
    // Starts with the XML declaration (standalone, as Office writes it).
    XmlWriter();

    XmlWriter& open(std::string_view name, Attributes attributes = {});
    XmlWriter& close();  // the innermost element still open
    XmlWriter& empty(std::string_view name, Attributes attributes = {});
    XmlWriter& text(std::string_view text);
    // <name attributes>text</name>
    XmlWriter& element(std::string_view name, std::string_view text, Attributes attributes = {});

    // The document; every element opened must have been closed.
    const std::string& str() const;
    std::size_t depth() const { return open_.size(); }

  private:
    void start(std::string_view name, Attributes attributes);
    std::string out_;
    std::vector<std::string> open_;
};

}  // namespace lkjip::render::docx
