#pragma once
// A cell's stored value turned into the text an Indonesian Excel shows: numbers in full precision with a
// decimal comma, percentages moved two places on the decimal digits (never multiplied in binary), dates
// from serial numbers in either date system. Pure functions, no XML.
#include <optional>
#include <string>
#include <string_view>

namespace lkjip::input::xlsx {

// A <v> number as Excel writes it ("70.58", "1.0000000000000001E-5", "-3"); LC_NUMERIC-independent.
// nullopt for anything else, including inf and nan.
std::optional<double> parse_stored_number(std::string_view text);

// Shortest digits that read back to the same double, fixed notation, decimal comma, no grouping:
// 70.58 -> "70,58", 1e-7 -> "0,0000001", -3.5 -> "-3,5", -0 -> "0", 1.2345678901234568E+20 ->
// "123456789012345680000" (zeros after the shortest digits, not the binary value's exact expansion).
std::string number_text(double value);

// The value as a percentage: number_text's digits with the decimal point moved two places, then " %":
// 0.7058 -> "70,58 %", 1 -> "100 %", -0.5 -> "-50 %".
std::string percent_text(double value);

// A date serial: "YYYY-MM-DD", or "YYYY-MM-DD HH:MM:SS" when the time, rounded to the second, is not
// midnight. The 1900 system keeps Excel's 29 February 1900 (serial 60); serial 0 is 1899-12-31 ("0 January
// 1900"). nullopt for a negative serial or a day after 9999-12-31.
std::optional<std::string> serial_date_text(double serial, bool date1904);

// A t="d" value in ISO 8601 ("2023-12-31", "2023-12-31T08:30:00.000Z"): the same text as serial_date_text
// (the time zone, if any, is ignored: Excel stores local times). nullopt when it is not a valid date.
std::optional<std::string> iso_date_text(std::string_view iso);

// Excel's escapes for characters XML cannot carry: "_x000D_" -> CR, "_x005F_" -> "_" (so that
// "_x005F_x000D_" is the literal "_x000D_"), surrogate pairs combined. A lone surrogate stays as written.
std::string decode_escapes(std::string_view text);

}  // namespace lkjip::input::xlsx
