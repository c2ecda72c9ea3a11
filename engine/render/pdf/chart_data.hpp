#pragma once
// What a chart shows, read from its table: category names, one series per value column (named by the
// header text above that column), and the values with their Indonesian labels. Also the value axis with
// "nice" ticks. Pure, so it is tested without PoDoFo.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "table/table.hpp"

namespace lkjip::render::pdf {

struct ChartData {
    std::vector<std::string> series;      // one per value column
    std::vector<std::string> categories;  // one per charted row
    // values[category][series]: nullopt for an NotAvailable or empty cell (drawn as a gap)
    std::vector<std::vector<std::optional<double>>> values;
    std::vector<std::vector<std::string>> labels;  // "92,32%", as the table prints them
    bool percent = false;                          // every value is a percentage: ticks read "20%"
    bool has_values() const;
};

ChartData chart_data(const table::Table& table, const table::Chart& chart);

struct ValueAxis {
    double min = 0.0;
    double max = 1.0;
    double step = 1.0;
    int decimals = 0;  // for tick labels
    std::vector<double> ticks() const;
};

// Ticks at 1, 2, 2.5 or 5 times a power of ten, about `target_ticks` of them, always including zero.
ValueAxis nice_axis(double low, double high, int target_ticks = 5);

// Series names for value columns, from the header texts above each column, top to bottom. Header rows
// in which every series reads the same ("Realisasi Kinerja" over all, "Capaian" under each year) and
// column numbers such as "(7)" are left out, so two years of capaian read "Tahun 2022", "Tahun 2023".
std::vector<std::string> series_names(const table::Table& table, const std::vector<std::size_t>& columns);

}  // namespace lkjip::render::pdf
