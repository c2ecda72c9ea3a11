#include "compute/quarter_checks.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/number_format.hpp"
#include "rules/quarter_accumulation.hpp"

namespace lkjip::compute {

namespace {

// "realisasi.csv baris 20, 21" for the quarters given.
template <typename Where>
std::string quarter_lines(const Where& where_of) {
    std::string file;
    std::string lines;
    for (int i = 0; i < model::kTriwulan; ++i) {
        const SourceLocation* w = where_of(static_cast<std::size_t>(i));
        if (!w || w->line == 0)
            continue;
        if (file.empty())
            file = w->sheet.empty() ? w->file : w->sheet;
        lines += (lines.empty() ? "" : ", ") + std::to_string(w->line);
    }
    return file.empty() ? std::string() : file + " baris " + lines;
}

void check_indicator_year(const model::Indicator& ind, int tahun, const YearResult& y,
                          const model::YearValues& v, Diagnostics& diagnostics) {
    if (y.realisasi_dari_triwulan || !ind.akumulasi || !v.has_quarters())
        return;
    const std::string lines = quarter_lines(
        [&](std::size_t i) { return v.triwulan[i] ? &v.triwulan[i]->realisasi_where : nullptr; });
    const std::string rule = model::akumulasi_name(*ind.akumulasi);
    const std::string head = ind.kode + " tahun " + std::to_string(tahun) + ": realisasi tahunan ";
    if (!v.realisasi_label.empty() || !y.realisasi_label.empty()) {
        std::array<std::string, model::kTriwulan> labels;
        for (std::size_t i = 0; i < labels.size(); ++i)
            labels[i] = y.triwulan[i].realisasi_label;
        const std::string from_quarters = rules::accumulate_label(labels);
        if (!from_quarters.empty() && from_quarters != y.realisasi_label)
            diagnostics.warning(v.realisasi_where, head + "\"" + y.realisasi_label +
                                                       "\" berbeda dengan label triwulan terakhir \"" +
                                                       from_quarters + "\" (" + lines +
                                                       "); yang dipakai: realisasi tahunan");
        return;
    }
    if (!y.realisasi)
        return;
    rules::QuarterValues values;
    std::array<int, model::kTriwulan> decimals{};
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = y.triwulan[i].realisasi;
        decimals[i] = y.triwulan[i].realisasi_decimals;
    }
    const std::optional<double> accumulated = rules::accumulate(*ind.akumulasi, values);
    if (!accumulated)
        return;
    // Compared at the coarser of the two written precisions (a value from pembilang/penyebut has none).
    const int annual_decimals = y.realisasi_decimals;
    const int quarter_decimals = rules::accumulated_decimals(*ind.akumulasi, values, decimals);
    int tolerance_decimals = 12;
    for (const int d : {annual_decimals, quarter_decimals}) {
        if (d >= 0)
            tolerance_decimals = std::min(tolerance_decimals, d);
    }
    if (rules::annual_agrees(*y.realisasi, tolerance_decimals, *accumulated))
        return;
    const auto shown = [](double x, int d) { return format::angka(x, d >= 0 ? d : 4); };
    diagnostics.warning(v.realisasi_where,
                        head + shown(*y.realisasi, annual_decimals) + " tidak sama dengan akumulasi " + rule +
                            " triwulannya " + shown(*accumulated, quarter_decimals) + " (" + lines +
                            "; toleransi satu satuan angka terakhir yang ditulis); yang dipakai: realisasi "
                            "tahunan");
}

}  // namespace

void check_quarters(const model::Opd& opd, Performance& p) {
    for (const IndicatorResult& r : p.indicators) {
        for (const YearResult& y : r.history) {
            if (auto it = r.indicator->years.find(y.tahun); it != r.indicator->years.end())
                check_indicator_year(*r.indicator, y.tahun, y, it->second, p.diagnostics);
        }
    }
    for (const model::BudgetItem& item : opd.budget) {
        if (!item.realisasi)
            continue;
        const rules::QuarterSum sum = rules::sum_quarters(item.realisasi_triwulan);
        if (!sum.value || *sum.value == *item.realisasi)
            continue;
        const std::string lines = quarter_lines([&](std::size_t i) {
            return item.realisasi_triwulan[i] ? &item.realisasi_triwulan_where[i] : nullptr;
        });
        p.diagnostics.warning(
            item.where, "realisasi anggaran " + item.kode + " " + format::ribuan(*item.realisasi) +
                            " tidak sama dengan jumlah realisasi triwulannya " + format::ribuan(*sum.value) +
                            " (" + lines + "); yang dipakai: realisasi tahunan");
    }
}

}  // namespace lkjip::compute
