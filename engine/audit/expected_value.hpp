#pragma once
// What a printed figure should be: the value lkjip derives for the same objek, besaran and year from the
// primary data, with the conventions in force.
#include <optional>
#include <string>

#include "compute/performance.hpp"
#include "model/printed_figure.hpp"

namespace lkjip::audit {

struct Expected {
    bool applies = false;              // lkjip knows this objek/besaran combination
    std::optional<double> number;      // numeric figures (percent points, rupiah, counts)
    std::optional<std::string> label;  // predikat, atribut, kategori, terbilang
    std::string na_reason;             // why neither is defined, when applies
    bool from_computation = false;     // a result of a rule (capaian, serapan, ...), not primary data
    bool missing_data = false;         // n/a only because the input folder lacks the data (another year, ...)
};

Expected expected_value(const model::PrintedFigure& f, const compute::Performance& p);

// The same besaran computed for a given capaian value (predikat/atribut), for explaining a label.
std::optional<std::string> label_for(const std::string& besaran, double value, const compute::Performance& p);

}  // namespace lkjip::audit
