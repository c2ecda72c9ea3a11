#pragma once
// Numbers as Indonesian spreadsheets write them: decimal comma, thousands dots, "Rp." prefixes and "%"
// suffixes. Locale-free (never reads LC_NUMERIC). Anything that could be read two ways is an error, never
// a guess: "1.250" in a decimal column could be one thousand two hundred fifty or one point two five.
#include <cstdint>
#include <string>
#include <string_view>

namespace lkjip::input {

enum class ParseStatus {
    Ok,     // value holds the number
    Empty,  // blank cell, or a lone "-": the value is missing, which is not zero
    Error,  // error holds a message in Bahasa Indonesia, without file/line (the caller adds those)
};

struct DecimalParse {
    ParseStatus status = ParseStatus::Empty;
    double value = 0.0;
    int decimals = 0;  // digits written after the decimal mark ("70,58" -> 2, "45" -> 0)
    std::string error;
};

struct RupiahParse {
    ParseStatus status = ParseStatus::Empty;
    std::int64_t rupiah = 0;  // money is whole rupiah
    std::string error;
};

// A decimal quantity (target, realisasi, percentages, counts). Accepts "70,58", "70.58", "45 %", "45%",
// "8.729.827.382", "8.729.827.382,5", "1,234.5", "-3,5", "−3,5" (U+2212), surrounding spaces and NBSP.
// Rejects with a message: text ("tujuh puluh"), a single dot followed by exactly three digits ("1.250"),
// malformed groups ("1.25.000"), spaces inside the digits ("130. 410.000"), several signs, "Rp" prefixes,
// spreadsheet error values ("#DIV/0!", "#N/A", "#VALUE!"), inf/nan, and values beyond +-1e15.
DecimalParse parse_decimal(std::string_view text);

// A rupiah amount. Accepts "Rp. 6.210.455.282,00", "Rp 8.729.827.382", "6210455282", "1.250" (dots are
// always thousands here: rupiah are never written with three decimals), "Rp. 0,00", a ",00"/",0" tail.
// Rejects: non-zero sen ("1.250,50": money is whole rupiah), "%", a decimal point form ("1250.50"), text,
// negative amounts are returned as such (the caller decides whether they are allowed).
RupiahParse parse_rupiah(std::string_view text);

struct TargetParse {
    ParseStatus status = ParseStatus::Empty;
    double lower = 0.0;  // a single value has lower == upper
    double upper = 0.0;
    int decimals = 0;  // digits written after the decimal mark, the wider of the two bounds
    std::string error;
};

// A target: one decimal (as parse_decimal) or a range as the files and the Renstra write it: "80 - 90",
// "80-90", "80 s.d. 90", "80 s/d 90", "80–90" (en dash). A leading '-' is a sign, not a range. Rejects a
// range whose bounds are not numbers or whose lower bound exceeds the upper one.
TargetParse parse_target(std::string_view text);

}  // namespace lkjip::input
