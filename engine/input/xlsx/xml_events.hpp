#pragma once
// A small expat wrapper: the parts of a workbook are read as streams of events, straight from the zip
// entry, without building a tree. Names are local names ("c", not "x:c"): transitional and strict OOXML
// use different namespaces, and some writers add prefixes, for the same elements. A DOCTYPE (and with it
// any entity declaration: billion laughs, external entities) is refused; no part of a workbook has one.
#include <optional>
#include <string>
#include <string_view>

namespace lkjip::input::xlsx {

class ZipArchive;

// The attributes of one start tag (valid only during the start_element call).
class XmlAttributes {
  public:
    explicit XmlAttributes(const char** attributes) : attributes_(attributes) {}
    // The value of the first attribute whose local name is `local` ("id" finds "r:id").
    std::optional<std::string_view> get(std::string_view local) const;

  private:
    const char** attributes_;
};

class XmlHandler {
  public:
    virtual ~XmlHandler() = default;
    virtual void start_element(std::string_view name, const XmlAttributes& attributes) = 0;
    virtual void end_element(std::string_view name) = 0;
    // Text arrives in pieces: a handler appends them.
    virtual void characters(std::string_view text) = 0;
};

// An attribute holding a non-negative index (a style `s`, a shared string's `<v>`), or nullopt.
std::optional<std::size_t> parse_index(std::string_view text);

// Parses zip entry `entry` with `handler`. Throws InputError "<entry>:<line>:<column>: XML rusak: ..." for
// malformed XML, "<entry>: DOCTYPE tidak diizinkan", and whatever the zip read or the handler throws.
void parse_xml_entry(ZipArchive& zip, const std::string& entry, XmlHandler& handler);

// The same for a document in memory (the entry name is only used in messages).
void parse_xml(std::string_view document, const std::string& file, const std::string& entry,
               XmlHandler& handler);

}  // namespace lkjip::input::xlsx
