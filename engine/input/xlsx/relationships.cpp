#include "input/xlsx/relationships.hpp"

#include "core/text.hpp"
#include "input/xlsx/error.hpp"
#include "input/xlsx/xml_events.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::xlsx {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Targets are URIs: "%20" is a space in the part name. A '%' not followed by two hex digits stays, and
// so does the whole target when decoding would not give UTF-8 (part names end up in messages).
std::string percent_decoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i] == '\\' ? '/' : s[i];
        }
    }
    if (text::find_invalid_utf8(out)) {
        out.assign(s);
        for (char& c : out)
            c = c == '\\' ? '/' : c;
    }
    return out;
}

class RelationshipsHandler : public XmlHandler {
  public:
    RelationshipsHandler(const std::string& file, const std::string& rels_part, std::string_view source_part)
        : file_(file), rels_part_(rels_part), source_part_(source_part) {}

    void start_element(std::string_view name, const XmlAttributes& attributes) override {
        ++depth_;
        if (depth_ != 2 || name != "Relationship")
            return;
        Relationship r;
        r.id = std::string(attributes.get("Id").value_or(""));
        r.type = std::string(attributes.get("Type").value_or(""));
        r.external = attributes.get("TargetMode").value_or("") == "External";
        if (!r.external) {
            const std::string_view target = attributes.get("Target").value_or("");
            const auto resolved = resolve_target(source_part_, target);
            if (!resolved) {
                fail(file_, rels_part_ + ": target relasi " + quoted_excerpt(r.id) +
                                " tidak valid: " + quoted_excerpt(target));
            }
            r.target = *resolved;
        }
        relationships.push_back(std::move(r));
    }
    void end_element(std::string_view /*name*/) override { --depth_; }
    void characters(std::string_view /*text*/) override {}

    std::vector<Relationship> relationships;

  private:
    const std::string& file_;
    const std::string& rels_part_;
    std::string_view source_part_;
    std::size_t depth_ = 0;
};

}  // namespace

std::string relationships_part(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    const std::string_view folder =
        slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
    const std::string_view name = slash == std::string_view::npos ? part : part.substr(slash + 1);
    return std::string(folder) + "_rels/" + std::string(name) + ".rels";
}

bool has_type(const Relationship& r, std::string_view kind) {
    const std::string_view type = r.type;
    return type.size() > kind.size() && type.substr(type.size() - kind.size()) == kind &&
           type[type.size() - kind.size() - 1] == '/';
}

std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target) {
    const std::string decoded = percent_decoded(target);
    std::string path;
    if (!decoded.empty() && decoded.front() == '/') {
        path = decoded;
    } else {
        const std::size_t slash = source_part.rfind('/');
        if (slash != std::string_view::npos)
            path = std::string(source_part.substr(0, slash + 1));
        path += decoded;
    }
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string_view segment = std::string_view(path).substr(start, end - start);
        if (segment == "..") {
            if (segments.empty())
                return std::nullopt;
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.emplace_back(segment);
        }
        start = end + 1;
    }
    if (segments.empty())
        return std::nullopt;
    std::string out;
    for (const std::string& s : segments) {
        if (!out.empty())
            out += '/';
        out += s;
    }
    return out;
}

std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& rels_part,
                                             std::string_view source_part) {
    RelationshipsHandler handler(zip.file(), rels_part, source_part);
    parse_xml_entry(zip, rels_part, handler);
    return std::move(handler.relationships);
}

}  // namespace lkjip::input::xlsx
