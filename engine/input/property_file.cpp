#include "input/property_file.hpp"

#include <algorithm>
#include <map>
#include <optional>
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
    if (format == PropertyFormat::Xml) {
        // An attribute is read as a child element of the same name; both at once would leave one of them
        // silently unread. So would text beside child elements or attributes.
        if (!text::trim(node.data()).empty()) {
            throw InputError(SourceLocation::key(file, prefix),
                             "elemen berisi teks sekaligus elemen anak atau atribut; teks itu tidak terbaca");
        }
        if (const auto attributes = node.find("<xmlattr>"); attributes != node.not_found()) {
            std::map<std::string, std::size_t> attribute_count;
            for (const auto& [name, value] : attributes->second) {
                (void)value;
                if (count.count(name) || ++attribute_count[name] > 1) {
                    throw InputError(SourceLocation::key(file, join(prefix, name)),
                                     count.count(name) ? "atribut \"" + name + "\" dan elemen <" + name +
                                                             "> sama-sama diberikan; pakai salah satu"
                                                       : "atribut \"" + name + "\" ganda");
                }
            }
        }
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

// What Boost's XML parser (rapidxml) lets through and the workbook's XML reader (expat) refuses: a
// closing tag that does not match its opening tag, a DOCTYPE (and with it entity declarations: an
// undeclared &xxe; was kept as literal text), an entity other than the five predefined ones and character
// references, a second root element, a root element of another name. Also nesting beyond kMaxNesting,
// where the parsers would recurse until the stack overflows. One pass, no recursion; the first problem
// is returned with its offset.
struct XmlProblem {
    std::size_t offset = std::string_view::npos;
    std::string message;
    explicit operator bool() const { return offset != std::string_view::npos; }
};

bool is_name_char(char c) {
    return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '/' && c != '>' && c != '=';
}

// An entity reference at s[i] == '&': nullopt when it is one XML defines, else the problem.
std::optional<std::string> bad_entity(std::string_view s, std::size_t i) {
    const std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 33)
        return std::string("'&' harus ditulis &amp;");
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
        return std::nullopt;
    if (name.size() > 1 && name[0] == '#')
        return std::nullopt;  // &#65; and &#x41;: rapidxml checks their digits
    return "entitas &" + std::string(name) + "; tidak dikenal; yang sah hanya &amp; &lt; &gt; &quot; &apos;";
}

XmlProblem check_xml(std::string_view s, std::string_view expected_root) {
    std::vector<std::string_view> open;  // names of the elements open at i
    bool root_seen = false;
    std::size_t i = 0;
    auto skip_past = [&](std::string_view end) {
        const std::size_t at = s.find(end, i);
        i = at == std::string_view::npos ? s.size() : at + end.size();
    };
    while (i < s.size()) {
        const std::string_view rest = s.substr(i);
        if (rest.front() == '&') {
            if (auto problem = bad_entity(s, i))
                return {i, *problem};
            ++i;
        } else if (rest.front() != '<') {
            ++i;
        } else if (rest.starts_with("<!--")) {
            skip_past("-->");
        } else if (rest.starts_with("<![CDATA[")) {
            skip_past("]]>");
        } else if (rest.starts_with("<?")) {
            skip_past("?>");
        } else if (rest.starts_with("<!")) {
            return {i, "DOCTYPE dan deklarasi <!...> tidak diizinkan (entitas tidak dibaca)"};
        } else if (rest.starts_with("</")) {
            std::size_t end = i + 2;
            while (end < s.size() && is_name_char(s[end]))
                ++end;
            const std::string name(s.substr(i + 2, end - i - 2));
            if (open.empty())
                return {i, "tag penutup </" + name + "> tanpa tag pembuka"};
            if (name != open.back()) {
                return {i, "tag penutup </" + name + "> tidak cocok dengan tag pembuka <" +
                               std::string(open.back()) + ">"};
            }
            open.pop_back();
            skip_past(">");
        } else {
            const std::size_t start = i;
            std::size_t end = i + 1;
            while (end < s.size() && is_name_char(s[end]))
                ++end;
            const std::string_view name = s.substr(i + 1, end - i - 1);
            if (open.empty()) {
                if (root_seen) {
                    return {start, "XML harus memiliki satu elemen akar; elemen <" + std::string(name) +
                                       "> berada di luarnya"};
                }
                root_seen = true;
                if (!expected_root.empty() && name != expected_root) {
                    return {start, "elemen akar <" + std::string(expected_root) +
                                       "> diharapkan, ditemukan <" + std::string(name) + ">"};
                }
            }
            char quote = 0;
            for (i = end; i < s.size() && (quote != 0 || s[i] != '>'); ++i) {
                if (quote != 0 && s[i] == quote) {
                    quote = 0;
                } else if (quote == 0 && (s[i] == '"' || s[i] == '\'')) {
                    quote = s[i];
                } else if (quote != 0 && s[i] == '&') {
                    if (auto problem = bad_entity(s, i))
                        return {i, *problem};
                }
            }
            const bool self_closing = i < s.size() && s[i - 1] == '/';
            ++i;
            if (!self_closing) {
                open.push_back(name);
                if (open.size() > kMaxNesting) {
                    return {start, "struktur bersarang terlalu dalam: lebih dari " +
                                       std::to_string(kMaxNesting) + " tingkat"};
                }
            }
        }
    }
    return {};
}

// Keys and values as text fields: no control characters (a JSON \u001b or \u0000 escape, an XML &#27;
// reference, a raw byte in an INI file) and no value longer than a report cell can hold.
void check_texts(const PropertyMap& map) {
    for (const Property& p : map.entries) {
        if (auto problem = text::text_field_problem(p.key, false)) {
            // Located without the key: printing it would send the control character to the terminal.
            throw InputError(SourceLocation::at(p.origin.empty() ? map.file : p.origin, p.line),
                             "nama kunci: " + *problem);
        }
        if (auto problem = text::text_field_problem(p.value, false))
            throw InputError(map.location(p), *problem);
    }
}

}  // namespace

const Property* PropertyMap::find(std::string_view key) const {
    if (indexed_ == entries.size() && indexed_ == index_.size()) {
        const auto it = index_.find(std::string(key));
        if (it == index_.end())
            return nullptr;
        if (it->second < entries.size() && entries[it->second].key == key)
            return &entries[it->second];
    }
    for (const Property& p : entries) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

void PropertyMap::reindex() {
    index_.clear();
    for (std::size_t i = 0; i < entries.size(); ++i)
        index_.emplace(entries[i].key, i);
    // With two entries of one key the index is smaller than the list, and find() scans (it finds the
    // first, as the index would).
    indexed_ = entries.size();
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
    out.reindex();
    return out;
}

void PropertyMap::overlay(const PropertyMap& other) {
    for (const std::string& list : other.lists) {
        const std::string dotted = list + ".";
        std::erase_if(entries, [&](const Property& p) { return p.key.rfind(dotted, 0) == 0; });
        lists.insert(list);
    }
    reindex();
    for (const Property& p : other.entries)
        set(p);
}

void PropertyMap::set(const Property& property) {
    if (const Property* existing = find(property.key)) {
        entries[static_cast<std::size_t>(existing - entries.data())] = property;
        return;
    }
    const bool in_step = indexed_ == entries.size() && indexed_ == index_.size();
    entries.push_back(property);
    if (in_step) {
        index_.emplace(property.key, entries.size() - 1);
        indexed_ = entries.size();
    }
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

PropertyMap read_properties(std::string_view content, const std::string& file, PropertyFormat format,
                            std::string_view xml_root) {
    if (auto utf16 = text::utf16_problem(content))
        throw InputError(SourceLocation::in_file(file), *utf16);
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
    if (format == PropertyFormat::Xml) {
        if (const XmlProblem problem = check_xml(content, xml_root))
            throw InputError(SourceLocation::at(file, line_of(problem.offset)), problem.message);
    }
    const JsonScan json = format == PropertyFormat::Json ? scan_json(content) : JsonScan{};
    const std::size_t too_deep = json.too_deep;
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
    check_texts(map);
    map.reindex();
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

}  // namespace lkjip::input
