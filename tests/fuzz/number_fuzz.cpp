// libFuzzer target: parse_decimal and parse_rupiah on arbitrary text, checked against the contract in
// number_parser.hpp. They report problems in their result (status Error and a message), so any exception
// at all is a finding here, as is a result that breaks the contract.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "input/number_parser.hpp"

namespace {

using lkjip::fuzz::require;
using lkjip::fuzz::valid_utf8;

using lkjip::input::DecimalParse;
using lkjip::input::parse_decimal;
using lkjip::input::parse_rupiah;
using lkjip::input::ParseStatus;
using lkjip::input::RupiahParse;

bool has_ascii_letter(std::string_view s) {
    for (char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    }
    return false;
}

bool starts_with_sign(std::string_view s) {
    return !s.empty() && (s[0] == '-' || s[0] == '+' || s.substr(0, 3) == "\xE2\x88\x92");
}

void check_decimal(std::string_view in, const DecimalParse& d) {
    switch (d.status) {
        case ParseStatus::Ok:
            require(std::isfinite(d.value), "a parsed decimal is finite", in);
            require(std::fabs(d.value) <= 1e15, "a parsed decimal is within +-1e15", in);
            require(d.decimals >= 0 && static_cast<std::size_t>(d.decimals) < in.size(),
                    "decimals count written digits", in);
            require(d.error.empty(), "no message with Ok", in);
            // Text, Rp prefixes, exponents, inf/nan and spreadsheet errors are all refused.
            require(!has_ascii_letter(in), "a parsed decimal holds no letters", in);
            break;
        case ParseStatus::Empty:
            require(d.value == 0.0 && d.error.empty(), "Empty carries no value and no message", in);
            break;
        case ParseStatus::Error:
            require(!d.error.empty(), "Error carries a message", in);
            break;
    }
}

void check_rupiah(std::string_view in, const RupiahParse& r) {
    switch (r.status) {
        case ParseStatus::Ok:
            require(r.rupiah <= 999'999'999'999'999 && r.rupiah >= -999'999'999'999'999,
                    "rupiah within what terbilang can say", in);
            require(r.error.empty(), "no message with Ok", in);
            require(in.find('%') == std::string_view::npos, "a percentage is not rupiah", in);
            break;
        case ParseStatus::Empty:
            require(r.rupiah == 0 && r.error.empty(), "Empty carries no value and no message", in);
            break;
        case ParseStatus::Error:
            require(!r.error.empty(), "Error carries a message", in);
            break;
    }
}

void check(std::string_view in) {
    const DecimalParse d = parse_decimal(in);
    check_decimal(in, d);
    const RupiahParse r = parse_rupiah(in);
    check_rupiah(in, r);

    // Surrounding spaces and NBSP never change the reading.
    const std::string padded = " \xC2\xA0" + std::string(in) + "\t ";
    const DecimalParse dp = parse_decimal(padded);
    require(dp.status == d.status && (d.status != ParseStatus::Ok || dp.value == d.value),
            "parse_decimal ignores surrounding blanks", in);
    const RupiahParse rp = parse_rupiah(padded);
    require(rp.status == r.status && rp.rupiah == r.rupiah, "parse_rupiah ignores surrounding blanks", in);

    // A minus sign in front negates an unsigned number; a second sign is refused.
    const std::string_view shown = lkjip::text::trim(in);
    const std::string negated = "-" + std::string(shown);
    if (d.status == ParseStatus::Ok) {
        const DecimalParse n = parse_decimal(negated);
        if (starts_with_sign(shown)) {
            require(n.status == ParseStatus::Error, "a doubled sign is refused", in);
        } else {
            require(n.status == ParseStatus::Ok && n.value == -d.value, "'-' negates a decimal", in);
        }
    }
    // A rupiah amount may carry its sign after the prefix ("Rp -5.000"), so only unsigned text is negated.
    if (r.status == ParseStatus::Ok && shown.find_first_of("+-") == std::string_view::npos &&
        shown.find("\xE2\x88\x92") == std::string_view::npos) {
        const RupiahParse n = parse_rupiah(negated);
        require(n.status == ParseStatus::Ok && n.rupiah == -r.rupiah, "'-' negates rupiah", in);
    }

    // Where both readings succeed they agree: whole rupiah are exact in a double (< 2^53).
    if (d.status == ParseStatus::Ok && r.status == ParseStatus::Ok) {
        require(d.value == static_cast<double>(r.rupiah), "decimal and rupiah readings agree", in);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    check(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
