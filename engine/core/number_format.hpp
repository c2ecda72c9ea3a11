#pragma once
// Numbers for people: Indonesian grouping and decimal comma, rounded half up. The engine keeps full
// precision; only these functions round, and only for display. Never depends on the C locale.
#include <cstdint>
#include <optional>
#include <string>

namespace lkjip::format {

// Removes binary floating-point noise from a computed ratio by keeping 12 significant digits
// (63/70*100 = 90.00000000000001 becomes 90). Applied to every computed percentage before it is rated,
// stored or shown, so that a band edge such as exactly 90 is rated as 90. NaN/inf pass through unchanged.
double clean(double x);

enum class Rounding { HalfUp, Truncate };

// The most decimals round_to, angka and persen accept (more throws std::invalid_argument). They work on
// at most 15 significant digits, so for any value of 1 or more the places past 12 are noise or zeros.
// Reports show at most 6 (tampilan.desimal); a caller holding a count of decimals someone wrote (an
// audited figure, a realisasi) must cap it at this first.
inline constexpr int kMaxDecimals = 12;

// Rounds the decimal value as written (after clean(); large values keep up to 15 significant digits, so
// that whole rupiah of any APBD keep their last digit) to `decimals` places: half up (away from zero on
// ties: 1.005 -> 1.01, 49.175 -> 49.18, -2.5 -> -3 at 0 places) or by truncation (49.177 -> 49.17).
double round_to(double x, int decimals, Rounding mode = Rounding::HalfUp);

// "92,32", "8.729.827.382", "101,77"; decimals = 2 by default; negative as "-3,50".
// Grouping with '.' applies to the integer part whenever it has more than 3 digits.
std::string angka(double x, int decimals = 2, Rounding mode = Rounding::HalfUp);
// "92,32 %" style is not used: Indonesian reports write "92,32%" without a space.
std::string persen(double x, int decimals = 2, Rounding mode = Rounding::HalfUp);
// n/a aware variants: "n/a" when the value is undefined.
std::string angka_atau_na(const std::optional<double>& x, int decimals = 2, Rounding mode = Rounding::HalfUp);
std::string persen_atau_na(const std::optional<double>& x, int decimals = 2,
                           Rounding mode = Rounding::HalfUp);

// The places to show a value the user wrote with `written` decimals when the convention shows `convention`:
// every written decimal is kept (0,025 stays 0,025 whatever the convention says) and never cut, a fraction
// written with fewer places is padded to the convention (63,9 reads 63,90 beside 70,58), and a whole number
// written without decimals stays whole (45). Capped at kMaxDecimals.
int written_places(double value, int written, int convention);

// A limit or a constant in prose, with the decimals it needs and no more (up to 6): 90, 90,5, 0,025.
std::string angka_singkat(double x);

// "8.729.827.382" and "Rp 8.729.827.382"
std::string ribuan(std::int64_t x);
std::string rupiah(std::int64_t x);

// Amount in Indonesian words, as written under totals ("terbilang"): 8729827382 ->
// "delapan miliar tujuh ratus dua puluh sembilan juta delapan ratus dua puluh tujuh ribu tiga ratus
// delapan puluh dua rupiah". Uses "seratus", "seribu", "sebelas", "miliar", "triliun"; 0 -> "nol rupiah";
// negative -> "minus ...". Range: |x| < 10^15.
std::string terbilang_rupiah(std::int64_t x);
std::string terbilang(std::int64_t x);  // the same without "rupiah"

// Shortest text that reads back to the same double ("65.16129032258065"), locale-free, for JSON.
std::string json_number(double x);

}  // namespace lkjip::format
