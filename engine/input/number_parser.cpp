#include "input/number_parser.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "core/text.hpp"

namespace lkjip::input {

namespace {

constexpr std::string_view kMinusSign = "\xE2\x88\x92";  // U+2212, what Word and some exports write
constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr double kMaxDecimal = 1e15;
constexpr std::int64_t kMaxRupiah = 999'999'999'999'999;  // what terbilang can still say in words

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool starts_with_rp(std::string_view s) {
    return s.size() >= 2 && lower(s[0]) == 'r' && lower(s[1]) == 'p';
}

// A spreadsheet cell Excel could not compute is exported as its error value; it must not read as text.
std::optional<std::string_view> spreadsheet_error(std::string_view s) {
    static constexpr std::array<std::string_view, 7> errors = {"#DIV/0!", "#N/A",  "#VALUE!", "#REF!",
                                                               "#NAME?",  "#NUM!", "#NULL!"};
    for (std::string_view e : errors) {
        if (iequals(s, e))
            return e;
    }
    return std::nullopt;
}

// Spreadsheets show a missing value as a dash; it must never be read as zero.
bool is_missing(std::string_view s) {
    return s.empty() || s == "-" || s == kEnDash || s == kEmDash || s == kMinusSign;
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

struct Signed {
    bool negative = false;
    bool doubled = false;  // "--5", "+-5": refused, a typo cannot be told from intent
    std::string_view rest;
};

bool take_sign(std::string_view& s, bool& negative) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
        return true;
    }
    if (s.substr(0, kMinusSign.size()) == kMinusSign) {
        negative = true;
        s.remove_prefix(kMinusSign.size());
        return true;
    }
    return false;
}

Signed split_sign(std::string_view s) {
    Signed out;
    if (take_sign(s, out.negative)) {
        bool ignored = false;
        out.doubled = take_sign(s, ignored);
    }
    out.rest = s;
    return out;
}

enum class BodyKind { Digits, Spaces, Exponent, Other };

// What the characters of a number body are, before the separators are interpreted.
BodyKind classify(std::string_view body) {
    bool digit = false;
    bool space = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (is_digit(c)) {
            digit = true;
        } else if (c == '.' || c == ',') {
            continue;
        } else if (is_blank(c)) {
            space = true;
        } else if (body.substr(i, kNbsp.size()) == kNbsp) {
            space = true;
            ++i;
        } else if ((c == 'e' || c == 'E') && digit) {
            std::string_view exp = body.substr(i + 1);
            if (!exp.empty() && (exp[0] == '+' || exp[0] == '-'))
                exp.remove_prefix(1);
            if (exp.empty())
                return BodyKind::Other;
            for (char d : exp) {
                if (!is_digit(d))
                    return BodyKind::Other;
            }
            return BodyKind::Exponent;
        } else {
            return BodyKind::Other;
        }
    }
    if (!digit)
        return BodyKind::Other;
    return space ? BodyKind::Spaces : BodyKind::Digits;
}

// Thousands groups as written by hand or by a spreadsheet: "8.729.827.382". A leading zero group
// ("0.125.000") is refused because no spreadsheet writes it.
bool valid_groups(std::string_view digits, char separator) {
    std::size_t start = 0;
    bool first = true;
    for (;;) {
        const std::size_t end = digits.find(separator, start);
        const std::string_view group =
            digits.substr(start, end == std::string_view::npos ? end : end - start);
        if (first) {
            if (group.empty() || group.size() > 3)
                return false;
            if (group[0] == '0' && end != std::string_view::npos)
                return false;
        } else if (group.size() != 3) {
            return false;
        }
        if (end == std::string_view::npos)
            return true;
        first = false;
        start = end + 1;
    }
}

std::string without(std::string_view s, char removed) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c != removed)
            out += c;
    }
    return out;
}

std::size_t count(std::string_view s, char c) {
    std::size_t n = 0;
    for (char x : s)
        n += x == c ? 1 : 0;
    return n;
}

DecimalParse decimal_error(std::string message) {
    DecimalParse out;
    out.status = ParseStatus::Error;
    out.error = std::move(message);
    return out;
}

RupiahParse rupiah_error(std::string message) {
    RupiahParse out;
    out.status = ParseStatus::Error;
    out.error = std::move(message);
    return out;
}

// Messages shared by both parsers, for what is wrong before separators are even looked at.
std::optional<std::string> body_error(BodyKind kind, std::string_view shown, const char* expected) {
    switch (kind) {
        case BodyKind::Digits:
            return std::nullopt;
        case BodyKind::Spaces:
            return "spasi di dalam angka " + quoted(shown) + " tidak diterima";
        case BodyKind::Exponent:
            return "notasi eksponen tidak diterima: " + quoted(shown) + "; tulis angkanya lengkap";
        case BodyKind::Other:
            break;
    }
    return std::string(expected) + " diharapkan, ditemukan " + quoted(shown);
}

}  // namespace

DecimalParse parse_decimal(std::string_view text) {
    const std::string_view shown = text::trim(text);
    if (is_missing(shown))
        return DecimalParse{};
    if (auto e = spreadsheet_error(shown))
        return decimal_error("sel berisi galat spreadsheet " + std::string(*e));

    std::string_view s = shown;
    if (s.back() == '%') {
        s.remove_suffix(1);
        s = text::trim(s);
    }
    const Signed sign = split_sign(s);
    if (sign.doubled)
        return decimal_error("tanda ganda pada angka " + quoted(shown));
    const std::string_view body = sign.rest;
    if (starts_with_rp(body)) {
        return decimal_error("awalan Rp tidak diterima di kolom angka, ditemukan " + quoted(shown));
    }
    if (auto e = body_error(classify(body), shown, "angka"))
        return decimal_error(*e);

    // Decide which separator is the decimal mark (0 = none) and which groups thousands.
    const std::size_t dots = count(body, '.');
    const std::size_t commas = count(body, ',');
    char decimal_mark = 0;
    char thousands = 0;
    if (dots > 0 && commas > 0) {
        decimal_mark = body.rfind('.') > body.rfind(',') ? '.' : ',';
        thousands = decimal_mark == '.' ? ',' : '.';
        if (count(body, decimal_mark) > 1) {
            return decimal_error("susunan angka " + quoted(shown) + " tidak sah: tanda desimal '" +
                                 std::string(1, decimal_mark) + "' muncul lebih dari sekali");
        }
    } else if (commas == 1) {
        decimal_mark = ',';
    } else if (commas > 1) {
        thousands = ',';
    } else if (dots == 1) {
        // The Indonesian convention decides, as it does for a comma (issue 15: "1,250" was read as 1,25
        // while "1.250" was refused): a dot groups thousands wherever it can ("1.250" = 1250, "-12.500"),
        // and is an English decimal point only where it cannot (70.58, 0.125, 1234.5).
        const std::size_t dot = body.find('.');
        const bool groups = body.size() - dot - 1 == 3 && dot >= 1 && dot <= 3 && body[0] != '0';
        if (groups)
            thousands = '.';
        else
            decimal_mark = '.';
    } else if (dots > 1) {
        thousands = '.';
    }

    const std::size_t mark_pos = decimal_mark != 0 ? body.find(decimal_mark) : std::string_view::npos;
    const std::string_view int_part = body.substr(0, mark_pos);
    const std::string_view frac =
        mark_pos == std::string_view::npos ? std::string_view{} : body.substr(mark_pos + 1);
    if (decimal_mark != 0 && frac.empty()) {
        return decimal_error("angka " + quoted(shown) +
                             " tidak lengkap: tidak ada angka setelah tanda desimal");
    }
    if (thousands != 0 && !valid_groups(int_part, thousands)) {
        return decimal_error("angka " + quoted(shown) + " salah: kelompok ribuan harus 3 angka");
    }

    std::string plain = thousands != 0 ? without(int_part, thousands) : std::string(int_part);
    if (plain.empty())
        plain = "0";
    if (!frac.empty())
        plain += "." + std::string(frac);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec == std::errc::result_out_of_range || value > kMaxDecimal) {
        return decimal_error("angka " + quoted(shown) + " di luar batas (lebih dari 10^15)");
    }
    if (ec != std::errc{} || end != plain.data() + plain.size()) {
        return decimal_error("angka diharapkan, ditemukan " + quoted(shown));
    }

    DecimalParse out;
    out.status = ParseStatus::Ok;
    out.value = sign.negative && value != 0.0 ? -value : value;
    out.decimals = static_cast<int>(frac.size());
    return out;
}

RupiahParse parse_rupiah(std::string_view text) {
    const std::string_view shown = text::trim(text);
    if (is_missing(shown))
        return RupiahParse{};
    if (auto e = spreadsheet_error(shown))
        return rupiah_error("sel berisi galat spreadsheet " + std::string(*e));
    if (shown.find('%') != std::string_view::npos) {
        return rupiah_error("rupiah diharapkan, ditemukan " + quoted(shown) + ": persen bukan rupiah");
    }

    // The sign may stand before or after the prefix ("-Rp 5.000", "Rp -5.000"), but only once.
    std::string_view s = shown;
    bool negative = false;
    const bool signed_before = take_sign(s, negative);
    if (starts_with_rp(s)) {
        s.remove_prefix(2);
        if (!s.empty() && s[0] == '.')
            s.remove_prefix(1);
        s = text::trim(s);
        // Excel's accounting format shows a zero or blank amount as "Rp -"; treated as the dash it shows.
        if (!signed_before && !s.empty() && is_missing(s))
            return RupiahParse{};
    }
    bool negative_after = false;
    if (take_sign(s, negative_after)) {
        if (signed_before)
            return rupiah_error("tanda ganda pada angka " + quoted(shown));
        negative = negative_after;
    }
    const std::string_view body = s;
    if (auto e = body_error(classify(body), shown, "rupiah"))
        return rupiah_error(*e);

    const std::size_t first_comma = body.find(',');
    if (first_comma != std::string_view::npos && body.find('.', first_comma) != std::string_view::npos) {
        return rupiah_error("format angka Inggris tidak diterima: " + quoted(shown) +
                            "; titik untuk ribuan, koma untuk desimal");
    }
    if (count(body, ',') > 1) {
        std::string dotted(body);
        for (char& c : dotted)
            c = c == ',' ? '.' : c;
        return rupiah_error("rupiah " + quoted(shown) + " memakai koma sebagai pemisah ribuan; tulis " +
                            quoted(dotted));
    }
    const std::string_view int_part = body.substr(0, first_comma);
    if (first_comma != std::string_view::npos) {
        const std::string_view sen = body.substr(first_comma + 1);
        if (sen.empty()) {
            return rupiah_error("angka " + quoted(shown) + " tidak lengkap: tidak ada angka setelah koma");
        }
        if (sen.find_first_not_of('0') != std::string_view::npos) {
            return rupiah_error("rupiah harus bulat: \"," + std::string(sen) + "\" sen tidak diterima");
        }
        if (sen.size() > 2) {
            return rupiah_error("sen tidak sah: \"," + std::string(sen) + "\"; tulis \",00\" atau tanpa sen");
        }
    }
    if (int_part.empty())
        return rupiah_error("rupiah diharapkan, ditemukan " + quoted(shown));
    const std::size_t last_dot = int_part.rfind('.');
    if (last_dot != std::string_view::npos) {
        const std::size_t tail = int_part.size() - last_dot - 1;
        if (tail == 1 || tail == 2) {
            return rupiah_error("rupiah " + quoted(shown) +
                                " memakai titik desimal; titik hanya pemisah ribuan dan rupiah harus bulat");
        }
        if (!valid_groups(int_part, '.')) {
            return rupiah_error("angka rupiah " + quoted(shown) + " salah: kelompok ribuan harus 3 angka");
        }
    }

    std::int64_t value = 0;
    for (char c : int_part) {
        if (c == '.')
            continue;
        value = value * 10 + (c - '0');
        if (value > kMaxRupiah) {
            return rupiah_error("rupiah " + quoted(shown) +
                                " di luar batas (paling besar 999.999.999.999.999)");
        }
    }
    RupiahParse out;
    out.status = ParseStatus::Ok;
    out.rupiah = negative ? -value : value;
    return out;
}

TargetParse parse_target(std::string_view raw) {
    TargetParse out;
    // Range separators, longest first; the search starts after the first character so that a leading
    // '-' stays a sign.
    static constexpr std::string_view kSeparators[] = {" s.d. ",       " s.d ", " s/d ",
                                                       "\xE2\x80\x93", " - ",   "-"};
    for (const std::string_view sep : kSeparators) {
        const std::size_t at = raw.find(sep, 1);
        if (at == std::string_view::npos)
            continue;
        const DecimalParse lo = parse_decimal(raw.substr(0, at));
        const DecimalParse hi = parse_decimal(raw.substr(at + sep.size()));
        out.status = ParseStatus::Error;
        if (lo.status != ParseStatus::Ok || hi.status != ParseStatus::Ok) {
            out.error = "rentang target \"" + std::string(raw) + "\" tidak dapat dibaca; contoh: 80 - 90";
        } else if (lo.value > hi.value) {
            out.error = "rentang target terbalik: \"" + std::string(raw) +
                        "\" (batas bawah lebih besar dari batas atas)";
        } else {
            out.status = ParseStatus::Ok;
            out.lower = lo.value;
            out.upper = hi.value;
            out.decimals = std::max(lo.decimals, hi.decimals);
        }
        return out;
    }
    const DecimalParse parsed = parse_decimal(raw);
    out.status = parsed.status;
    out.error = parsed.error;
    out.lower = out.upper = parsed.value;
    out.decimals = parsed.decimals;
    return out;
}

}  // namespace lkjip::input
