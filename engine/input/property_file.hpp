#pragma once
// INI, JSON and XML files (profile, conventions) read through Boost.PropertyTree and flattened into one
// ordered list of dotted key paths, so every format is read by the same typed code and unknown keys can be
// reported with a suggestion. PropertyTree itself stays inside input/.
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/suggest.hpp"

namespace lkjip::input {

enum class PropertyFormat { Ini, Json, Xml };

struct Property {
    std::string key;  // "opd.nama", "predikat.skala.1.label" (list items are numbered from 1)
    std::string value;
    std::size_t line = 0;  // known for INI files; 0 otherwise
    std::string origin;    // the file it was read from (entries of an overlay keep their own)
    std::string sheet;     // read from a workbook's sheet: line is then its row, column its column
    std::size_t column = 0;
};

class PropertyMap {
  public:
    std::string file;        // for messages
    std::string key_prefix;  // what subtree() removed ("konvensi."), put back in messages
    std::vector<Property> entries;
    std::set<std::string> lists;  // keys whose children are list items ("predikat.skala")

    // O(1) while the index is in step with `entries` (read_properties, subtree, overlay and set keep it so;
    // code that changes `entries` directly calls reindex()), else a scan.
    const Property* find(std::string_view key) const;
    void reindex();
    // Entries below `prefix.` with the prefix removed.
    PropertyMap subtree(std::string_view prefix) const;
    // Replaces or adds the entries of `overlay`; a list in `overlay` replaces the whole list here.
    void overlay(const PropertyMap& other);
    void set(const Property& property);
    SourceLocation location(const Property& p) const;

  private:
    std::unordered_map<std::string, std::size_t> index_;  // key -> position of its first entry
    std::size_t indexed_ = 0;                             // entries.size() when index_ was in step
};

PropertyFormat format_from_extension(std::string_view path);

// Throws InputError (file, line where the parser knows it) on malformed content, on JSON or XML nested
// deeper than 32 levels (the parsers recurse per level), on a control character or a value longer than a
// report cell in any key or value, and for XML on what the workbook's XML reader refuses as well
// (mismatched closing tag, DOCTYPE, unknown entity, an attribute and a child element of the same name,
// a root element other than `xml_root` when one is given).
PropertyMap read_properties(std::string_view content, const std::string& file, PropertyFormat format,
                            std::string_view xml_root = {});

// Tracks which keys a reader used, to report the rest as unknown with a "did you mean".
class KeyTracker {
  public:
    explicit KeyTracker(const PropertyMap& map) : map_(map) {}
    const Property* get(const std::string& key);
    void mark_used_prefix(const std::string& prefix);
    // Reports each unused key as an error, suggesting the closest of `known` (list indexes ignored).
    void report_unknown(const std::vector<std::string>& known, Diagnostics& diagnostics) const;

  private:
    const PropertyMap& map_;
    std::set<std::string> used_;
};

// "predikat.skala.3.label" -> "predikat.skala.label": what a key is called regardless of list position.
std::string key_shape(std::string_view key);

}  // namespace lkjip::input
