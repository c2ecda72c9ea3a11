#include "core/number_format.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string_view>
#include <system_error>

// Everything here goes through std::to_chars / std::from_chars, which never consult the C locale, so a
// host that sets LC_NUMERIC to a decimal-comma locale cannot change a single character of the output.

namespace lkjip::format {

namespace {

constexpr int kSignificant = 12;  // digits kept by clean(); the digits rounding works on by default
// The most digits rounding works on: every decimal of 15 significant digits survives a round trip through
// a double (DBL_DIG), so up to there a digit is one the user wrote, never binary noise.
constexpr int kExactDigits = 15;

// A finite double written as `count` significant decimal digits d0.d1d2... x 10^exp.
struct Decimal {
    bool negative = false;
    std::array<char, kExactDigits> digits{};
    int count = 0;
    int exp = 0;
};

// Scientific notation with count-1 digits after the point gives the nearest decimal of `count` significant
// digits. With 12 these are the digits of clean(x): only one 12-digit decimal lies within half an ulp of
// a double.
Decimal to_decimal(double x, int count) {
    std::array<char, 64> buf{};
    const auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::scientific, count - 1);
    if (res.ec != std::errc{})
        throw std::logic_error("number_format: to_chars failed");
    const std::string_view s(buf.data(), static_cast<std::size_t>(res.ptr - buf.data()));
    Decimal d;
    d.count = count;
    std::size_t i = 0;
    if (s[i] == '-') {
        d.negative = true;
        ++i;
    }
    d.digits[0] = s[i++];
    if (count > 1)
        ++i;  // '.'
    for (int k = 1; k < count; ++k)
        d.digits[static_cast<std::size_t>(k)] = s[i++];
    ++i;  // 'e'
    if (s[i] == '+')
        ++i;  // from_chars<int> accepts '-' but not '+'
    std::from_chars(s.data() + i, s.data() + s.size(), d.exp);
    return d;
}

// The digits that rounding to `decimals` places looks at: the 12 of clean(), which removes the noise of a
// computed ratio (90.00000000000001 -> 90); more, up to 15, when the integer part and the places asked
// for need them, so that Rp 5.123.456.789.012 (a provincial pagu) keeps its last rupiah.
Decimal digits_for_rounding(double x, int decimals) {
    const Decimal d = to_decimal(x, kSignificant);
    const int needed = d.exp + 1 + decimals + 1;  // integer digits, the places, the digit that rounds them
    if (needed <= kSignificant)
        return d;
    return to_decimal(x, std::min(needed, kExactDigits));
}

// Digit of `d` at place value 10^place ('0' outside its significant digits).
char digit_at(const Decimal& d, int place) {
    const int i = d.exp - place;
    return (i >= 0 && i < d.count) ? d.digits[static_cast<std::size_t>(i)] : '0';
}

// The rounded value as decimal text: integer digits without leading zeros (at least "0") and exactly
// `decimals` fraction digits. `negative` is false when every digit is zero, so nothing prints "-0,00".
struct Rounded {
    bool negative = false;
    std::string int_digits;
    std::string frac_digits;
};

void check_decimals(int decimals) {
    if (decimals < 0 || decimals > kMaxDecimals)
        throw std::invalid_argument("number_format: decimals must be in 0.." + std::to_string(kMaxDecimals));
}

// Rounds the digits of digits_for_rounding(x) as written, so 1.005 (stored as 1.00499999999999989...)
// rounds to 1.01.
// Half up works on the magnitude, which makes ties go away from zero for negatives.
Rounded round_decimal(double x, int decimals, Rounding mode) {
    check_decimals(decimals);
    if (!std::isfinite(x))
        throw std::invalid_argument("number_format: value is NaN or infinite");
    const Decimal d = digits_for_rounding(x, decimals);

    std::string s;  // digits from 10^max(exp,0) down to 10^-decimals
    for (int place = std::max(d.exp, 0); place >= -decimals; --place)
        s += digit_at(d, place);

    if (mode == Rounding::HalfUp && digit_at(d, -decimals - 1) >= '5') {
        std::size_t i = s.size();
        while (i > 0 && s[i - 1] == '9')
            s[--i] = '0';
        if (i == 0)
            s.insert(s.begin(), '1');
        else
            ++s[i - 1];
    }

    const std::size_t int_len = s.size() - static_cast<std::size_t>(decimals);
    Rounded r;
    r.frac_digits = s.substr(int_len);
    const std::size_t first = s.find_first_not_of('0');
    r.int_digits = (first == std::string::npos || first >= int_len) ? "0" : s.substr(first, int_len - first);
    r.negative = d.negative && first != std::string::npos;
    return r;
}

double parse(std::string_view s) {
    double v = 0.0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec != std::errc{})
        throw std::logic_error("number_format: from_chars failed");
    return v;
}

// "8729827382" -> "8.729.827.382"
std::string group_thousands(const std::string& digits) {
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return out;
}

constexpr std::array<const char*, 10> kSatuan = {"nol",  "satu", "dua",   "tiga",    "empat",
                                                 "lima", "enam", "tujuh", "delapan", "sembilan"};

// Words for 1..999, appended to `out` with single spaces.
void words_below_1000(int n, std::string& out) {
    const auto add = [&out](std::string_view w) {
        if (!out.empty())
            out += ' ';
        out += w;
    };
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        add("seratus");
    if (hundreds > 1) {
        add(kSatuan[static_cast<std::size_t>(hundreds)]);
        add("ratus");
    }
    if (rest == 0)
        return;
    if (rest < 10) {
        add(kSatuan[static_cast<std::size_t>(rest)]);
    } else if (rest == 10) {
        add("sepuluh");
    } else if (rest == 11) {
        add("sebelas");
    } else if (rest < 20) {
        add(kSatuan[static_cast<std::size_t>(rest - 10)]);
        add("belas");
    } else {
        add(kSatuan[static_cast<std::size_t>(rest / 10)]);
        add("puluh");
        if (rest % 10 != 0)
            add(kSatuan[static_cast<std::size_t>(rest % 10)]);
    }
}

}  // namespace

double clean(double x) {
    if (!std::isfinite(x))
        return x;
    std::array<char, 64> buf{};
    const auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::general, kSignificant);
    if (res.ec != std::errc{})
        return x;
    double v = 0.0;
    // A subnormal may be reported out of range on read-back; keeping x then is the safe choice.
    const auto back = std::from_chars(buf.data(), res.ptr, v);
    return back.ec == std::errc{} ? v : x;
}

double round_to(double x, int decimals, Rounding mode) {
    check_decimals(decimals);
    if (!std::isfinite(x))
        return x;
    const Rounded r = round_decimal(x, decimals, mode);
    std::string s;
    if (r.negative)
        s += '-';
    s += r.int_digits;
    if (decimals > 0)
        s += '.' + r.frac_digits;
    return parse(s);  // from_chars gives the double nearest to the rounded decimal
}

std::string angka_singkat(double x) {
    int places = 0;
    while (places < 6 && round_to(x, places) != clean(x))
        ++places;
    return angka(x, places);
}

int written_places(double value, int written, int convention) {
    if (written <= 0 && std::isfinite(value) && value == std::trunc(value))
        return 0;
    return std::clamp(std::max(written, convention), 0, kMaxDecimals);
}

std::string angka(double x, int decimals, Rounding mode) {
    const Rounded r = round_decimal(x, decimals, mode);
    std::string out;
    if (r.negative)
        out += '-';
    out += group_thousands(r.int_digits);
    if (decimals > 0)
        out += ',' + r.frac_digits;
    return out;
}

std::string persen(double x, int decimals, Rounding mode) {
    return angka(x, decimals, mode) + '%';
}

std::string angka_atau_na(const std::optional<double>& x, int decimals, Rounding mode) {
    if (!x || !std::isfinite(*x))
        return "n/a";
    return angka(*x, decimals, mode);
}

std::string persen_atau_na(const std::optional<double>& x, int decimals, Rounding mode) {
    if (!x || !std::isfinite(*x))
        return "n/a";
    return persen(*x, decimals, mode);
}

std::string ribuan(std::int64_t x) {
    // Magnitude as unsigned so that INT64_MIN does not overflow on negation.
    const std::uint64_t mag = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
    std::array<char, 24> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), mag);
    std::string out = x < 0 ? "-" : "";
    out += group_thousands(std::string(buf.data(), res.ptr));
    return out;
}

std::string rupiah(std::int64_t x) {
    return "Rp " + ribuan(x);
}

std::string terbilang(std::int64_t x) {
    constexpr std::int64_t kLimit = 1'000'000'000'000'000;
    if (x <= -kLimit || x >= kLimit)
        throw std::out_of_range("terbilang: |x| must be below 10^15");
    if (x == 0)
        return "nol";
    std::string out = x < 0 ? "minus" : "";
    std::int64_t n = x < 0 ? -x : x;

    struct Scale {
        std::int64_t value;
        const char* name;
    };
    constexpr std::array<Scale, 4> kScales = {
        {{1'000'000'000'000, "triliun"}, {1'000'000'000, "miliar"}, {1'000'000, "juta"}, {1'000, "ribu"}}};
    for (const Scale& sc : kScales) {
        const int group = static_cast<int>(n / sc.value);
        n %= sc.value;
        if (group == 0)
            continue;
        if (group == 1 && sc.value == 1'000) {
            // Only the thousands take the "se-" prefix: "seribu" but "satu juta".
            if (!out.empty())
                out += ' ';
            out += "seribu";
            continue;
        }
        words_below_1000(group, out);
        out += ' ';
        out += sc.name;
    }
    if (n > 0)
        words_below_1000(static_cast<int>(n), out);
    return out;
}

std::string terbilang_rupiah(std::int64_t x) {
    return terbilang(x) + " rupiah";
}

std::string json_number(double x) {
    if (!std::isfinite(x))
        throw std::invalid_argument("json_number: NaN or infinity has no JSON form");
    std::array<char, 64> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), x);
    if (res.ec != std::errc{})
        throw std::logic_error("json_number: to_chars failed");
    return std::string(buf.data(), res.ptr);
}

}  // namespace lkjip::format
