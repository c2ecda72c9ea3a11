#include "input/property_file.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include <boost/property_tree/ini_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "core/text.hpp"
#include "input/parser_messages.hpp"

namespace lkjip::input {

namespace pt = boost::property_tree;

namespace {

bool is_index(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string join(const std::string& prefix, const std::string& key) {
    return prefix.empty() ? key : prefix + "." + key;
}

// Boost's INI reader keeps "2023 ; comment" as the value; staff write comments like that.
std::string strip_inline_comment(std::string value) {
    for (std::size_t i = 1; i < value.size(); ++i) {
        if ((value[i] == ';' || value[i] == '#') && (value[i - 1] == ' ' || value[i - 1] == '\t')) {
            value.erase(i);
            break;
        }
    }
    return std::string(text::trim(value));
}

void flatten(const pt::ptree& node, const std::string& prefix, PropertyFormat format, PropertyMap& out,
             const std::string& file) {
    if (node.empty()) {
        std::string value = node.data();
        if (format == PropertyFormat::Ini)
            value = strip_inline_comment(value);
        if (format == PropertyFormat::Xml)
            value = std::string(text::trim(value));
        out.entries.push_back(Property{prefix, value, 0, file, {}, 0});
        return;
    }
    std::map<std::string, std::size_t> count;
    for (const auto& [key, child] : node) {
        (void)child;
        ++count[key == "<xmlattr>" ? std::string() : key];
    }
    std::map<std::string, std::size_t> seen;
    std::size_t array_index = 0;
    for (const auto& [key, child] : node) {
        if (key == "<xmlattr>") {
            flatten(child, prefix, format, out, file);  // attributes read like child elements
            continue;
        }
        if (key == "<xmlcomment>")
            continue;
        if (key.empty()) {  // JSON array item
            out.lists.insert(prefix);
            flatten(child, join(prefix, std::to_string(++array_index)), format, out, file);
            continue;
        }
        const std::string path = join(prefix, key);
        if (count[key] > 1) {
            if (format == PropertyFormat::Json) {
                throw InputError(SourceLocation::key(file, path), "kunci ganda");
            }
            out.lists.insert(path);  // a repeated XML element is a list
            flatten(child, join(path, std::to_string(++seen[key])), format, out, file);
            continue;
        }
        flatten(child, path, format, out, file);
    }
}

// INI keys with their line numbers, found by a scan of the text, since the parsed tree keeps none.
void attach_ini_lines(std::string_view content, PropertyMap& map) {
    std::map<std::string, std::size_t> line_of;
    std::string section;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos <= content.size()) {
        std::size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        std::string_view line = text::trim(content.substr(pos, end - pos));
        ++line_no;
        if (!line.empty() && line.front() == '[') {
            const std::size_t close = line.find(']');
            section =
                std::string(text::trim(line.substr(1, close == std::string_view::npos ? 0 : close - 1)));
        } else if (!line.empty() && line.front() != ';' && line.front() != '#') {
            const std::size_t eq = line.find('=');
            if (eq != std::string_view::npos) {
                line_of[join(section, std::string(text::trim(line.substr(0, eq))))] = line_no;
            }
        }
        pos = end + 1;
    }
    for (Property& p : map.entries) {
        if (auto it = line_of.find(p.key); it != line_of.end())
            p.line = it->second;
    }
}

// Boost's JSON and XML parsers, the ptree destructor and flatten() recurse once per level, so a file of
// nested brackets overflowed the stack: a crash instead of a message. Profiles and convention files nest a
// handful of levels; deeper is refused before parsing, by scans that do not recurse.
constexpr std::size_t kMaxNesting = 32;

// What a JSON text holds that Boost's parser would not report: nesting beyond kMaxNesting (a crash) and
// an empty key ("": ...), which the parsed tree cannot tell from a list item (both have the key "").
struct JsonScan {
    std::size_t too_deep = std::string_view::npos;   // the bracket that opens level kMaxNesting + 1
    std::size_t empty_key = std::string_view::npos;  // the first empty key's opening quote
};

// One pass over the text, outside strings, that stops at the first of either.
JsonScan scan_json(std::string_view s) {
    JsonScan found;
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            if (i + 1 < s.size() && s[i + 1] == '"') {  // "": an empty key, or an empty string value
                std::size_t next = i + 2;
                while (next < s.size() &&
                       (s[next] == ' ' || s[next] == '\t' || s[next] == '\r' || s[next] == '\n'))
                    ++next;
                if (next < s.size() && s[next] == ':') {
                    found.empty_key = i;
                    return found;
                }
                ++i;
            } else {
                in_string = true;
            }
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) {
                found.too_deep = i;
                return found;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return found;
}

// Offset of the start tag that opens level kMaxNesting + 1, or npos. Comments, CDATA, processing
// instructions, declarations and quoted attribute values are skipped; self-closing tags open nothing.
std::size_t too_deep_xml(std::string_view s) {
    std::size_t depth = 0;
    std::size_t i = 0;
    auto skip_past = [&](std::string_view end) {
        const std::size_t at = s.find(end, i);
        i = at == std::string_view::npos ? s.size() : at + end.size();
    };
    while (i < s.size()) {
        const std::string_view rest = s.substr(i);
        if (rest.front() != '<') {
            ++i;
        } else if (rest.starts_with("<!--")) {
            skip_past("-->");
        } else if (rest.starts_with("<![CDATA[")) {
            skip_past("]]>");
        } else if (rest.starts_with("<?")) {
            skip_past("?>");
        } else if (rest.starts_with("<!")) {
            skip_past(">");
        } else if (rest.starts_with("</")) {
            if (depth > 0)
                --depth;
            skip_past(">");
        } else {
            const std::size_t start = i;
            char quote = 0;
            for (++i; i < s.size() && (quote != 0 || s[i] != '>'); ++i) {
                if (quote != 0 && s[i] == quote)
                    quote = 0;
                else if (quote == 0 && (s[i] == '"' || s[i] == '\''))
                    quote = s[i];
            }
            const bool self_closing = i < s.size() && s[i - 1] == '/';
            ++i;
            if (!self_closing && ++depth > kMaxNesting)
                return start;
        }
    }
    return std::string_view::npos;
}

}  // namespace

const Property* PropertyMap::find(std::string_view key) const {
    for (const Property& p : entries) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

PropertyMap PropertyMap::subtree(std::string_view prefix) const {
    PropertyMap out;
    out.file = file;
    const std::string dotted = std::string(prefix) + ".";
    out.key_prefix = key_prefix + dotted;
    for (const Property& p : entries) {
        if (p.key.rfind(dotted, 0) == 0) {
            out.entries.push_back(
                Property{p.key.substr(dotted.size()), p.value, p.line, p.origin, p.sheet, p.column});
        }
    }
    for (const std::string& l : lists) {
        if (l.rfind(dotted, 0) == 0)
            out.lists.insert(l.substr(dotted.size()));
    }
    return out;
}

void PropertyMap::overlay(const PropertyMap& other) {
    for (const std::string& list : other.lists) {
        const std::string dotted = list + ".";
        std::erase_if(entries, [&](const Property& p) { return p.key.rfind(dotted, 0) == 0; });
        lists.insert(list);
    }
    for (const Property& p : other.entries)
        set(p);
}

void PropertyMap::set(const Property& property) {
    for (Property& p : entries) {
        if (p.key == property.key) {
            p = property;
            return;
        }
    }
    entries.push_back(property);
}

SourceLocation PropertyMap::location(const Property& p) const {
    SourceLocation where = SourceLocation::key(p.origin.empty() ? file : p.origin, key_prefix + p.key);
    where.line = p.line;
    where.sheet = p.sheet;
    where.column = p.column;
    return where;
}

PropertyFormat format_from_extension(std::string_view path) {
    auto ends_with = [&](std::string_view ext) {
        return path.size() >= ext.size() && text::normalize_key(path.substr(path.size() - ext.size())) == ext;
    };
    if (ends_with(".json"))
        return PropertyFormat::Json;
    if (ends_with(".xml"))
        return PropertyFormat::Xml;
    return PropertyFormat::Ini;
}

PropertyMap read_properties(std::string_view content, const std::string& file, PropertyFormat format) {
    content = text::strip_bom(content);  // Notepad's BOM would otherwise break read_ini
    auto line_of = [&](std::size_t offset) {
        return 1 + static_cast<std::size_t>(std::count(
                       content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    };
    if (auto bad = text::find_invalid_utf8(content)) {
        throw InputError(
            SourceLocation::at(file, line_of(*bad)),
            text::looks_like_windows_1252(content)
                ? "teks bukan UTF-8 yang sah (tampaknya Windows-1252); simpan ulang sebagai UTF-8"
                : "teks bukan UTF-8 yang sah");
    }
    if (content.find('\0') != std::string_view::npos) {
        throw InputError(SourceLocation::in_file(file), "berkas biner (berisi byte NUL), bukan berkas teks");
    }
    const JsonScan json = format == PropertyFormat::Json ? scan_json(content) : JsonScan{};
    const std::size_t too_deep = format == PropertyFormat::Xml ? too_deep_xml(content) : json.too_deep;
    if (too_deep != std::string_view::npos) {
        throw InputError(
            SourceLocation::at(file, line_of(too_deep)),
            "struktur bersarang terlalu dalam: lebih dari " + std::to_string(kMaxNesting) + " tingkat");
    }
    if (json.empty_key != std::string_view::npos) {
        throw InputError(SourceLocation::at(file, line_of(json.empty_key)),
                         "kunci kosong (\"\") tidak dapat dipakai; beri nama kunci");
    }
    pt::ptree tree;
    std::istringstream in{std::string(content)};
    try {
        switch (format) {
            case PropertyFormat::Ini:
                pt::read_ini(in, tree);
                break;
            case PropertyFormat::Json:
                pt::read_json(in, tree);
                break;
            case PropertyFormat::Xml:
                pt::read_xml(in, tree, pt::xml_parser::trim_whitespace | pt::xml_parser::no_comments);
                break;
        }
    } catch (const pt::file_parser_error& e) {
        throw InputError(SourceLocation::at(file, e.line()),
                         "tidak dapat dibaca: " + parser_message_in_indonesian(e.message()));
    }
    PropertyMap map;
    map.file = file;
    if (format == PropertyFormat::Xml) {
        if (tree.size() != 1)
            throw InputError(SourceLocation::in_file(file), "XML harus memiliki satu elemen akar");
        flatten(tree.begin()->second, "", format, map, file);  // the root element's name is not a key
    } else {
        flatten(tree, "", format, map, file);
    }
    std::erase_if(map.entries, [](const Property& p) { return p.key.empty(); });
    if (format == PropertyFormat::Ini)
        attach_ini_lines(content, map);
    return map;
}

const Property* KeyTracker::get(const std::string& key) {
    const Property* p = map_.find(key);
    if (p)
        used_.insert(key);
    return p;
}

void KeyTracker::mark_used_prefix(const std::string& prefix) {
    for (const Property& p : map_.entries) {
        if (p.key == prefix || p.key.rfind(prefix + ".", 0) == 0)
            used_.insert(p.key);
    }
}

void KeyTracker::report_unknown(const std::vector<std::string>& known, Diagnostics& diagnostics) const {
    for (const Property& p : map_.entries) {
        if (used_.count(p.key))
            continue;
        std::string message = "kunci tidak dikenal";
        const std::string hint = suggest_key(key_shape(p.key), known);
        if (!hint.empty())
            message += "; maksud Anda " + hint + "?";
        diagnostics.error(map_.location(p), message);
    }
}

std::string key_shape(std::string_view key) {
    std::string out;
    std::size_t pos = 0;
    while (pos <= key.size()) {
        std::size_t dot = key.find('.', pos);
        if (dot == std::string_view::npos)
            dot = key.size();
        std::string_view part = key.substr(pos, dot - pos);
        if (!is_index(part)) {
            if (!out.empty())
                out += '.';
            out += part;
        }
        pos = dot + 1;
    }
    return out;
}

std::string suggest(std::string_view key, const std::vector<std::string>& known) {
    // Close enough to be a typo: a third of the key's length, at least 2 edits.
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
    std::string best;
    std::size_t best_distance = 0;
    bool tie = false;
    for (const std::string& k : known) {
        // The distance is at least the difference in length, so a name that cannot be within the limit
        // is not measured: a pasted line as a key would cost its length times each name's length for
        // every known name (a 64 KiB key took 12 s in the fuzz build). The result is unchanged, since
        // such a name could neither be returned nor tie with one that is.
        if ((k.size() > key.size() ? k.size() - key.size() : key.size() - k.size()) > limit)
            continue;
        const std::size_t d = text::edit_distance(key, k);
        if (best.empty() || d < best_distance) {
            best = k;
            best_distance = d;
            tie = false;
        } else if (d == best_distance && k != best) {
            tie = true;
        }
    }
    if (tie)
        return "";  // two equally close codes: a guess would mislead
    if (best.empty() || best_distance > limit)
        return "";
    return best;
}

namespace {

// At most this many keys are offered; more would be a list, not a suggestion.
constexpr std::size_t kMostSuggested = 4;

std::string_view section_of(std::string_view key) {
    const std::size_t dot = key.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
}

std::string_view leaf_of(std::string_view key) {
    const std::size_t dot = key.rfind('.');
    return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

// "a, b atau c", or "" when there are none or too many.
std::string one_of(const std::vector<std::string>& keys) {
    if (keys.empty() || keys.size() > kMostSuggested)
        return "";
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i)
        out += (i == 0 ? "" : i + 1 == keys.size() ? " atau " : ", ") + keys[i];
    return out;
}

std::string suggest_in_place(std::string_view key, const std::vector<std::string>& known) {
    if (std::string hint = suggest(key, known); !hint.empty())
        return hint;
    // A path cut short: the keys it begins, at a part boundary or inside the last part.
    std::vector<std::string> longer;
    for (const std::string& k : known) {
        if (k.size() > key.size() && k.compare(0, key.size(), key) == 0)
            longer.push_back(k);
    }
    if (std::string hint = one_of(longer); !hint.empty())
        return hint;
    // The right name in the wrong section (or with none).
    const std::string_view leaf = leaf_of(key);
    std::vector<std::string> same_leaf;
    for (const std::string& k : known) {
        if (leaf_of(k) == leaf && k != key)
            same_leaf.push_back(k);
    }
    return one_of(same_leaf);
}

}  // namespace

std::string suggest_key(std::string_view key, const std::vector<std::string>& known) {
    if (std::string hint = suggest_in_place(key, known); !hint.empty())
        return hint;
    // A misspelt section: correct it, then try again below it ("capaain.batas" -> "capaian.batas_...").
    const std::string_view section = section_of(key);
    if (section.empty())
        return "";
    std::vector<std::string> sections;
    for (const std::string& k : known) {
        for (std::string_view s = section_of(k); !s.empty(); s = section_of(s)) {
            if (std::find(sections.begin(), sections.end(), s) == sections.end())
                sections.emplace_back(s);
        }
    }
    if (std::find(sections.begin(), sections.end(), section) != sections.end())
        return "";
    const std::string corrected = suggest(section, sections);
    if (corrected.empty())
        return "";
    return suggest_in_place(corrected + std::string(key.substr(section.size())), known);
}

}  // namespace lkjip::input
