#include "render/docx/xml_writer.hpp"

#include <stdexcept>

namespace lkjip::render::docx {

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                // XML 1.0 has no way to write other C0 controls, not even as &#x1;.
                if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F)
                    break;
                out += c;
        }
    }
    return out;
}

XmlWriter::XmlWriter() : out_("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") {}

void XmlWriter::start(std::string_view name, Attributes attributes) {
    out_ += '<';
    out_ += name;
    for (const auto& [key, value] : attributes) {
        out_ += ' ';
        out_ += key;
        out_ += "=\"";
        out_ += xml_escape(value);
        out_ += '"';
    }
}

XmlWriter& XmlWriter::open(std::string_view name, Attributes attributes) {
    start(name, attributes);
    out_ += '>';
    open_.emplace_back(name);
    return *this;
}

XmlWriter& XmlWriter::close() {
    if (open_.empty())
        throw std::logic_error("XmlWriter: close() tanpa elemen terbuka");
    out_ += "</";
    out_ += open_.back();
    out_ += '>';
    open_.pop_back();
    return *this;
}

XmlWriter& XmlWriter::empty(std::string_view name, Attributes attributes) {
    start(name, attributes);
    out_ += "/>";
    return *this;
}

XmlWriter& XmlWriter::text(std::string_view text) {
    out_ += xml_escape(text);
    return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view text, Attributes attributes) {
    open(name, attributes);
    this->text(text);
    return close();
}

const std::string& XmlWriter::str() const {
    if (!open_.empty())
        throw std::logic_error("XmlWriter: elemen <" + open_.back() + "> belum ditutup");
    return out_;
}

}  // namespace lkjip::render::docx
