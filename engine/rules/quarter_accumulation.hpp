#pragma once
// Quarterly accumulation (triwulan, TW I-IV): how an indicator's quarters make its annual realisasi, and how
// a budget item's quarters make its annual realisasi anggaran. The rules, their names and sources are data
// in config/akumulasi-triwulan.json; each indicator names its rule (model::Indicator::akumulasi).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/formula.hpp"
#include "model/opd.hpp"

namespace lkjip::rules {

// A quarter's value in TW order; nullopt = not given (missing is not zero).
using QuarterValues = std::array<std::optional<double>, model::kTriwulan>;

// jumlah: the sum of the quarters given; terakhir: the last quarter given; rata_rata: the mean of the
// quarters given. nullopt when no quarter is given. Cleaned of binary noise (12 significant digits).
std::optional<double> accumulate(model::Akumulasi rule, const QuarterValues& quarters);

// The digits the accumulated value is shown with, from the quarters' written decimals (-1 = computed):
// jumlah the widest of the quarters given, terakhir the last one's, rata_rata computed (-1); -1 when a
// quarter that counts was itself computed.
int accumulated_decimals(model::Akumulasi rule, const QuarterValues& quarters,
                         const std::array<int, model::kTriwulan>& decimals);

// 0-based index of the last quarter given, -1 when none.
int last_quarter(const QuarterValues& quarters);

// An ordinal indicator's year from its quarters' labels: the last label given ("" when none). Labels can only
// be taken as they are: the reader refuses another rule for a scale.
std::string accumulate_label(const std::array<std::string, model::kTriwulan>& labels);

// The rule as a spreadsheet formula over the cells of the quarters given, in TW order (at least one):
// jumlah SUM(...), terakhir the last cell, rata_rata AVERAGE(...).
formula::Expr accumulation_formula(model::Akumulasi rule, const std::vector<formula::Expr>& given);

// The rule in words, for notes under tables and the document.
std::string accumulation_prose(model::Akumulasi rule);

// Whether an annual realisasi written with `decimals` digits agrees with the accumulated value: they differ
// by less than one unit of the last written digit, so that a rounded or a truncated value agrees (65,16 with
// 65,1613 and with 65,169) and a value a whole unit off does not (65,16 with 65,17).
bool annual_agrees(double annual, int decimals, double accumulated);

// A budget item's quarters summed (whole rupiah): nullopt when no quarter is given; `overflow` when the sum
// would not fit in 64 bits (then value is nullopt).
struct QuarterSum {
    std::optional<std::int64_t> value;
    bool overflow = false;
};
QuarterSum sum_quarters(const std::array<std::optional<std::int64_t>, model::kTriwulan>& quarters);

// "Realisasi anggaran tahunan = jumlah realisasi TW I-IV" with the check when both are written.
std::string budget_quarters_prose();

}  // namespace lkjip::rules
