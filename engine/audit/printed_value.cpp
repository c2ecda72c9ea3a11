#include "audit/printed_value.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/number_format.hpp"
#include "quantity/vocabulary.hpp"

namespace lkjip::audit {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::optional<double> to_double(const std::string& digits) {
    if (digits.empty())
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Whole rupiah or a count: every '.' and ',' groups thousands, except a trailing ",00" / ",-" of money.
PrintedValue read_whole(std::string s, bool money) {
    PrintedValue v;
    if (money) {
        if (s.rfind("Rp.", 0) == 0)
            s.erase(0, 3);
        else if (s.rfind("Rp", 0) == 0)
            s.erase(0, 2);
        if (ends_with(s, ",00") || ends_with(s, ",-"))
            s.erase(s.size() - 3 + (ends_with(s, ",-") ? 1 : 0));
    }
    std::string digits;
    bool spaces = false;
    std::string groups;  // the separators met, to judge the grouping
    std::size_t since_separator = 0;
    bool bad_group = false;
    bool seen_separator = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            digits += c;
            ++since_separator;
        } else if (c == '.' || c == ',') {
            if (seen_separator && since_separator != 3)
                bad_group = true;
            seen_separator = true;
            since_separator = 0;
            groups += c;
        } else if (c == ' ') {
            spaces = spaces || !digits.empty();
        } else {
            return v;  // not a number
        }
    }
    if (seen_separator && since_separator != 3)
        bad_group = true;
    v.number = to_double(digits);
    if (groups.find(',') != std::string::npos)
        v.irregular = "koma dipakai sebagai pemisah ribuan";
    else if (bad_group)
        v.irregular = "pengelompokan ribuan tidak teratur";
    else if (spaces)
        v.irregular = "spasi di dalam angka";
    return v;
}

// A percentage or other decimal: ',' is the decimal mark; a '.' followed by other than three digits is
// read as a decimal point and noted.
PrintedValue read_decimal(std::string s) {
    PrintedValue v;
    if (!s.empty() && s.back() == '%')
        s.pop_back();
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    std::string normal;
    bool negative = false;
    for (char c : s) {
        if (c == ' ')
            continue;
        if ((c == '-' || c == '+') && normal.empty()) {
            negative = c == '-';
            continue;
        }
        normal += c;
    }
    const std::size_t comma = normal.find(',');
    const std::size_t dot = normal.find('.');
    std::string digits = normal;
    if (comma != std::string::npos) {
        std::string integer = normal.substr(0, comma);
        integer.erase(std::remove(integer.begin(), integer.end(), '.'), integer.end());
        digits = integer + "." + normal.substr(comma + 1);
        v.decimals = static_cast<int>(normal.size() - comma - 1);
    } else if (dot != std::string::npos) {
        const std::size_t after = normal.size() - dot - 1;
        if (after == 3 && normal.find('.', dot + 1) == std::string::npos && dot <= 3) {
            // "1.250": a thousands dot in Indonesian writing.
            digits = normal.substr(0, dot) + normal.substr(dot + 1);
        } else {
            v.decimals = static_cast<int>(after);
            v.irregular = "titik dipakai sebagai tanda desimal";
        }
    }
    for (char c : digits) {
        if (!((c >= '0' && c <= '9') || c == '.'))
            return PrintedValue{};
    }
    // Past 12 places a double holds no digit to compare: a figure printed finer is compared at 12.
    v.decimals = std::min(v.decimals, format::kMaxDecimals);
    v.number = to_double(digits);
    if (v.number && negative)
        *v.number = -*v.number;
    return v;
}

}  // namespace

ValueKind kind_of(const std::string& b) {
    // A quarter's figure (realisasi_anggaran_tw1) reads as its base figure does.
    if (const auto quarterly = quantity::split_quarterly_key(b))
        return kind_of(std::string(quarterly->base));
    if (b == "predikat" || b == "atribut" || b == "kategori_efisiensi" || ends_with(b, "_terbilang"))
        return ValueKind::Label;
    if (b == "pagu" || b == "pagu_murni" || b == "pagu_perubahan" || b == "realisasi_anggaran" ||
        b == "selisih_anggaran" || b == "sisa_anggaran")
        return ValueKind::Money;
    if (b.rfind("jumlah_", 0) == 0 || b == "pembilang" || b == "penyebut" || b == "bukan_pembilang" ||
        b.rfind("kenaikan_", 0) == 0)
        return ValueKind::Count;
    return ValueKind::Number;
}

PrintedValue read_printed_value(const std::string& text, ValueKind kind) {
    const std::string s = collapse_spaces(text);
    switch (kind) {
        case ValueKind::Label: {
            PrintedValue v;
            v.label = s;
            return v;
        }
        case ValueKind::Money:
            return read_whole(s, true);
        case ValueKind::Count:
            return read_whole(s, false);
        case ValueKind::Number:
            return read_decimal(s);
    }
    return {};
}

}  // namespace lkjip::audit
