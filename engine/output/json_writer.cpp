#include "output/json_writer.hpp"

#include <cmath>
#include <stdexcept>

#include "core/number_format.hpp"

namespace lkjip::output {

std::string json_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static const char* hex = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(stack_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty())
        return;
    if (!stack_.back().is_array)
        throw std::logic_error("JSON value without a key inside an object");
    if (!stack_.back().empty)
        out_ += ',';
    stack_.back().empty = false;
    newline();
}

JsonWriter& JsonWriter::key(std::string_view k) {
    if (stack_.empty() || stack_.back().is_array)
        throw std::logic_error("JSON key outside an object");
    if (!stack_.back().empty)
        out_ += ',';
    stack_.back().empty = false;
    newline();
    out_ += json_escape(k);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    stack_.push_back({false, true});
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    const bool was_empty = stack_.back().empty;
    stack_.pop_back();
    if (!was_empty)
        newline();
    out_ += '}';
    if (stack_.empty())
        out_ += '\n';
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    stack_.push_back({true, true});
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    const bool was_empty = stack_.back().empty;
    stack_.pop_back();
    if (!was_empty)
        newline();
    out_ += ']';
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
    before_value();
    out_ += json_escape(s);
    return *this;
}

JsonWriter& JsonWriter::value(double d) {
    before_value();
    // Undefined results are null in JSON, never NaN or inf (which are not JSON either).
    out_ += std::isfinite(d) ? format::json_number(d) : "null";
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t i) {
    before_value();
    out_ += std::to_string(i);
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& items) {
    begin_array();
    for (const std::string& s : items)
        value(s);
    return end_array();
}

}  // namespace lkjip::output
