#include "input/xlsx/cell_text.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <system_error>

#include "core/text.hpp"

namespace lkjip::input::xlsx {

namespace {

using namespace std::chrono;

constexpr long long seconds_per_day = 86'400;
constexpr long long last_serial_1900 = 2'958'465;  // 9999-12-31

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" for a day and a second of that day.
std::optional<std::string> date_time_text(sys_days day, long long second) {
    const year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    if (y < 0 || y > 9999)
        return std::nullopt;
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, static_cast<unsigned>(ymd.month()),
                          static_cast<unsigned>(ymd.day()));
    if (second != 0) {
        n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), " %02lld:%02lld:%02lld",
                           second / 3600, second / 60 % 60, second % 60);
    }
    return std::string(buf, static_cast<std::size_t>(n));
}

// Digits of `text` from `pos`, exactly `count` of them.
std::optional<unsigned> fixed_digits(std::string_view text, std::size_t pos, std::size_t count) {
    if (pos + count > text.size())
        return std::nullopt;
    unsigned n = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!is_digit(text[i]))
            return std::nullopt;
        n = n * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return n;
}

std::optional<unsigned> hex4(std::string_view text, std::size_t pos) {
    if (pos + 4 > text.size())
        return std::nullopt;
    unsigned n = 0;
    for (std::size_t i = pos; i < pos + 4; ++i) {
        const char c = text[i];
        unsigned digit = 0;
        if (is_digit(c))
            digit = static_cast<unsigned>(c - '0');
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<unsigned>(c - 'A' + 10);
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<unsigned>(c - 'a' + 10);
        else
            return std::nullopt;
        n = n * 16 + digit;
    }
    return n;
}

// The code unit of an escape "_xHHHH_" at `pos`, if there is one.
std::optional<unsigned> escape_at(std::string_view text, std::size_t pos) {
    if (pos + 7 > text.size() || text[pos] != '_' || text[pos + 1] != 'x' || text[pos + 6] != '_')
        return std::nullopt;
    return hex4(text, pos + 2);
}

}  // namespace

std::optional<double> parse_stored_number(std::string_view text) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string number_text(double value) {
    if (value == 0)
        return "0";  // also -0, which Excel shows as 0
    // The shortest digits that read back to the same double come from the scientific form; they are then
    // written out in fixed notation by hand. (to_chars in fixed form would print the exact binary value of
    // a large number: 1.2345678901234568E+20 as 123456789012345683968, digits nobody typed.)
    char buf[64];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    if (ec != std::errc())
        return "?";  // not reached: the shortest scientific form of a double takes at most 24 characters
    const std::string_view sci(buf, static_cast<std::size_t>(ptr - buf));
    const std::size_t e = sci.find('e');
    const bool negative = sci.front() == '-';
    std::string digits;
    for (char c : sci.substr(negative ? 1 : 0, e - (negative ? 1 : 0))) {
        if (c != '.')
            digits += c;
    }
    int exponent = 0;
    const std::string_view exp_text = sci.substr(e + 1);
    std::from_chars(exp_text.data() + (exp_text.front() == '+' ? 1 : 0), exp_text.data() + exp_text.size(),
                    exponent);
    // The decimal point goes after `point` digits (negative: zeros come first).
    const long point = 1L + exponent;
    const long count = static_cast<long>(digits.size());
    std::string out = negative ? "-" : "";
    if (point <= 0)
        out += "0," + std::string(static_cast<std::size_t>(-point), '0') + digits;
    else if (point >= count)
        out += digits + std::string(static_cast<std::size_t>(point - count), '0');
    else
        out += digits.substr(0, static_cast<std::size_t>(point)) + "," +
               digits.substr(static_cast<std::size_t>(point));
    return out;
}

std::string percent_text(double value) {
    const std::string plain = number_text(value);
    const bool negative = plain.front() == '-';
    const std::string_view unsigned_text = std::string_view(plain).substr(negative ? 1 : 0);
    const std::size_t comma = unsigned_text.find(',');
    const std::string_view whole = unsigned_text.substr(0, comma);
    const std::string_view fraction =
        comma == std::string_view::npos ? std::string_view() : unsigned_text.substr(comma + 1);
    std::string digits = std::string(whole) + std::string(fraction);
    if (fraction.size() < 2)
        digits.append(2 - fraction.size(), '0');
    const std::size_t point = whole.size() + 2;
    std::string new_whole = digits.substr(0, point);
    std::string new_fraction = digits.substr(point);
    new_whole.erase(0, std::min(new_whole.find_first_not_of('0'), new_whole.size() - 1));
    while (!new_fraction.empty() && new_fraction.back() == '0')
        new_fraction.pop_back();
    std::string out = negative ? "-" : "";
    out += new_whole;
    if (!new_fraction.empty())
        out += "," + new_fraction;
    return out + " %";
}

std::optional<std::string> serial_date_text(double serial, bool date1904) {
    if (!(serial >= 0) || serial >= static_cast<double>(last_serial_1900 + 1))
        return std::nullopt;
    const long long total = std::llround(serial * static_cast<double>(seconds_per_day));
    const long long serial_day = total / seconds_per_day;
    const long long second = total % seconds_per_day;
    if (serial_day > last_serial_1900)
        return std::nullopt;
    if (date1904)
        return date_time_text(sys_days{year{1904} / January / 1} + days{serial_day}, second);
    // Excel counts 29 February 1900, which never was (Lotus 1-2-3's mistake, kept for compatibility):
    // serials before it are one day later than a plain count from 1899-12-31 would say.
    if (serial_day == 60) {
        const auto rest = date_time_text(sys_days{year{1900} / March / 1}, second);
        return "1900-02-29" + rest->substr(10);
    }
    const sys_days epoch =
        serial_day < 60 ? sys_days{year{1899} / December / 31} : sys_days{year{1899} / December / 30};
    return date_time_text(epoch + days{serial_day}, second);
}

std::optional<std::string> iso_date_text(std::string_view iso) {
    const auto y = fixed_digits(iso, 0, 4);
    const auto mo = fixed_digits(iso, 5, 2);
    const auto d = fixed_digits(iso, 8, 2);
    if (!y || !mo || !d || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    const year_month_day ymd{year{static_cast<int>(*y)}, month{*mo}, day{*d}};
    if (!ymd.ok())
        return std::nullopt;
    long long second = 0;
    std::size_t pos = 10;
    if (pos < iso.size() && iso[pos] == 'T') {
        const auto h = fixed_digits(iso, pos + 1, 2);
        const auto mi = fixed_digits(iso, pos + 4, 2);
        if (!h || !mi || iso[pos + 3] != ':' || *h > 23 || *mi > 59)
            return std::nullopt;
        pos += 6;
        unsigned s = 0;
        if (pos < iso.size() && iso[pos] == ':') {
            const auto sec = fixed_digits(iso, pos + 1, 2);
            if (!sec || *sec > 59)
                return std::nullopt;
            s = *sec;
            pos += 3;
            if (pos < iso.size() && iso[pos] == '.') {
                const std::size_t first = ++pos;
                while (pos < iso.size() && is_digit(iso[pos]))
                    ++pos;
                if (pos == first)
                    return std::nullopt;
                if (iso[first] >= '5')  // rounded to the second
                    ++s;
            }
        }
        second = *h * 3600LL + *mi * 60LL + s;
        if (pos < iso.size() && iso[pos] == 'Z') {
            ++pos;
        } else if (pos < iso.size() && (iso[pos] == '+' || iso[pos] == '-')) {
            const auto zh = fixed_digits(iso, pos + 1, 2);
            const auto zm = fixed_digits(iso, pos + 4, 2);
            if (!zh || !zm || iso[pos + 3] != ':')
                return std::nullopt;
            pos += 6;
        }
    }
    if (pos != iso.size())
        return std::nullopt;
    // A rounded 23:59:59.6 is midnight of the next day.
    return date_time_text(sys_days{ymd} + days{second / seconds_per_day}, second % seconds_per_day);
}

std::string decode_escapes(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto unit = escape_at(text, i);
        if (!unit) {
            out += text[i++];
            continue;
        }
        if (*unit >= 0xD800 && *unit <= 0xDBFF) {
            const auto low = escape_at(text, i + 7);
            if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
                text::append_utf8(out, 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00));
                i += 14;
                continue;
            }
        }
        if (*unit >= 0xD800 && *unit <= 0xDFFF) {  // a lone surrogate is no character: keep the text
            out += text[i++];
            continue;
        }
        text::append_utf8(out, *unit);
        i += 7;
    }
    return out;
}

}  // namespace lkjip::input::xlsx
