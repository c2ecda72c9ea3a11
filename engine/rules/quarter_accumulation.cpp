#include "rules/quarter_accumulation.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/number_format.hpp"

namespace lkjip::rules {

int last_quarter(const QuarterValues& quarters) {
    for (int i = model::kTriwulan - 1; i >= 0; --i) {
        if (quarters[static_cast<std::size_t>(i)])
            return i;
    }
    return -1;
}

std::optional<double> accumulate(model::Akumulasi rule, const QuarterValues& quarters) {
    const int last = last_quarter(quarters);
    if (last < 0)
        return std::nullopt;
    double sum = 0.0;
    int given = 0;
    for (const auto& q : quarters) {
        if (q) {
            sum += *q;
            ++given;
        }
    }
    switch (rule) {
        case model::Akumulasi::Jumlah:
            return format::clean(sum);
        case model::Akumulasi::Terakhir:
            return quarters[static_cast<std::size_t>(last)];
        case model::Akumulasi::RataRata:
            return format::clean(sum / given);
    }
    return std::nullopt;
}

int accumulated_decimals(model::Akumulasi rule, const QuarterValues& quarters,
                         const std::array<int, model::kTriwulan>& decimals) {
    const int last = last_quarter(quarters);
    if (last < 0 || rule == model::Akumulasi::RataRata)
        return -1;
    if (rule == model::Akumulasi::Terakhir)
        return decimals[static_cast<std::size_t>(last)];
    int widest = 0;
    for (std::size_t i = 0; i < quarters.size(); ++i) {
        if (!quarters[i])
            continue;
        if (decimals[i] < 0)
            return -1;
        widest = std::max(widest, decimals[i]);
    }
    return widest;
}

std::string accumulate_label(const std::array<std::string, model::kTriwulan>& labels) {
    for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
        if (!it->empty())
            return *it;
    }
    return {};
}

formula::Expr accumulation_formula(model::Akumulasi rule, const std::vector<formula::Expr>& given) {
    if (given.empty())
        throw std::logic_error("accumulation_formula: no quarter");
    switch (rule) {
        case model::Akumulasi::Jumlah:
            return formula::call("SUM", given);
        case model::Akumulasi::Terakhir:
            return given.back();
        case model::Akumulasi::RataRata:
            return formula::call("AVERAGE", given);
    }
    throw std::logic_error("accumulation_formula: unknown rule");
}

std::string accumulation_prose(model::Akumulasi rule) {
    switch (rule) {
        case model::Akumulasi::Jumlah:
            return "realisasi tahunan = jumlah realisasi triwulan yang diisi (akumulatif)";
        case model::Akumulasi::Terakhir:
            return "realisasi tahunan = realisasi triwulan terakhir yang diisi (repetitif, nilai akhir)";
        case model::Akumulasi::RataRata:
            return "realisasi tahunan = rata-rata realisasi triwulan yang diisi";
    }
    return {};
}

bool annual_agrees(double annual, int decimals, double accumulated) {
    // Rounding or truncating to `decimals` moves a value by less than one unit of the last digit; a whole
    // unit (9 written for 8) is a difference. The margin keeps binary noise (65,17 - 65,16) on the right
    // side.
    const double unit = std::pow(10.0, -std::max(decimals, 0));
    return std::fabs(annual - accumulated) < unit * (1.0 - 1e-6);
}

QuarterSum sum_quarters(const std::array<std::optional<std::int64_t>, model::kTriwulan>& quarters) {
    QuarterSum out;
    std::int64_t sum = 0;
    bool any = false;
    for (const auto& q : quarters) {
        if (!q)
            continue;
        any = true;
        if (__builtin_add_overflow(sum, *q, &sum)) {
            out.overflow = true;
            return out;
        }
    }
    if (any)
        out.value = sum;
    return out;
}

std::string budget_quarters_prose() {
    return "Realisasi anggaran tahunan = jumlah realisasi anggaran triwulan I-IV yang diisi; bila realisasi "
           "tahunan juga ditulis, keduanya harus sama";
}

}  // namespace lkjip::rules
