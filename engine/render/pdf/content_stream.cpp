#include "render/pdf/content_stream.hpp"

#include <charconv>
#include <cmath>

namespace lkjip::render::pdf {

namespace {

// Far beyond any page (A4 is 842 pt high), and small enough that the fixed form always fits the buffer.
constexpr double kLimit = 1e7;

// Writes `v` into `buf` (at least 32 bytes); returns the end. Rounded to thousandths as an integer and
// printed as two integers: std::to_chars of a double with a precision was most of the cost of a
// rectangle. Halfway cases may round the other way than exact decimal rounding would: 0.001 pt either
// way is invisible, and the result is still the same on every run.
char* write_number(char* buf, double v) {
    if (!std::isfinite(v))
        v = 0.0;
    else if (v > kLimit)
        v = kLimit;
    else if (v < -kLimit)
        v = -kLimit;
    // Half away from zero, as std::llround, without its library call; -0.0004 gives 0, which has no sign.
    const double scaled = v * 1000.0;
    long long thousandths = static_cast<long long>(scaled < 0.0 ? scaled - 0.5 : scaled + 0.5);
    char* out = buf;
    if (thousandths < 0) {
        *out++ = '-';
        thousandths = -thousandths;
    }
    out = std::to_chars(out, buf + 32, thousandths / 1000).ptr;
    int fraction = static_cast<int>(thousandths % 1000);
    if (fraction != 0) {
        *out++ = '.';
        for (int unit = 100; fraction != 0; unit /= 10) {
            *out++ = static_cast<char>('0' + fraction / unit);
            fraction %= unit;
        }
    }
    return out;
}

}  // namespace

std::string format_number(double v) {
    char buf[32];
    return std::string(buf, write_number(buf, v));
}

void ContentStream::op(std::initializer_list<double> operands, std::string_view name) {
    // Formatted on the stack and appended once: the string's capacity is checked once per operator, not
    // once per character.
    char buf[256];
    char* out = buf;
    for (double v : operands) {
        if (out > buf + sizeof buf - 40) {  // more operands than any operator here takes
            bytes_.append(buf, out);
            out = buf;
        }
        out = write_number(out, v);
        *out++ = ' ';
    }
    bytes_.append(buf, out);
    bytes_ += name;
    bytes_ += '\n';
}

void ContentStream::op(std::string_view name) {
    bytes_ += name;
    bytes_ += '\n';
}

void ContentStream::font(std::string_view resource_name, double size) {
    bytes_ += '/';
    bytes_ += resource_name;
    bytes_ += ' ';
    op({size}, "Tf");
}

void ContentStream::show(std::string_view literal) {
    bytes_ += '(';
    bytes_ += literal;
    bytes_ += ") Tj\n";
}

}  // namespace lkjip::render::pdf
