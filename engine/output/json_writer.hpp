#pragma once
// A small streaming JSON writer: deterministic key order (as written), two-space indentation, shortest
// round-trip numbers, null for undefined values. Hand-written because PropertyTree stays in input/ and
// cannot write numbers or null as JSON.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::output {

class JsonWriter {
  public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(double d);
    JsonWriter& value(std::int64_t i);
    JsonWriter& value(int i) { return value(static_cast<std::int64_t>(i)); }
    JsonWriter& value(bool b);
    JsonWriter& null();
    JsonWriter& value(const std::optional<double>& d) { return d ? value(*d) : null(); }
    JsonWriter& value(const std::optional<std::int64_t>& i) { return i ? value(*i) : null(); }
    JsonWriter& value(const std::optional<std::string>& s) { return s ? value(*s) : null(); }
    JsonWriter& strings(const std::vector<std::string>& items);

    template <typename T>
    JsonWriter& field(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }

    const std::string& str() const { return out_; }

  private:
    void before_value();
    void newline();

    std::string out_;
    struct Level {
        bool is_array;
        bool empty;
    };
    std::vector<Level> stack_;
    bool after_key_ = false;
};

std::string json_escape(std::string_view s);

}  // namespace lkjip::output
