#pragma once
// The recap of a batch run: one row per OPD input (a folder or an input workbook) with its overall capaian,
// predikat, atribut, budget and (when auditing) its findings, sorted by capaian; failed inputs listed last
// with their first problem.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "table/table.hpp"

namespace lkjip::output {

struct BatchResult {
    std::string folder;  // the input as given: a folder or a .xlsx workbook
    bool ok = false;
    std::string error;  // first problem, when !ok
    std::string opd;
    std::string pemda;
    int tahun = 0;
    std::optional<double> capaian;
    std::string predikat;
    std::string atribut;
    std::optional<std::int64_t> pagu;
    std::optional<std::int64_t> realisasi;
    std::optional<double> serapan;
    std::size_t input_warnings = 0;  // warnings about the input itself, which lkjip check lists
    bool audited = false;
    std::size_t galat = 0;
    std::size_t pembulatan = 0;
    std::size_t peringatan = 0;
};

// Best capaian first; n/a after numbers; failures last; ties in input order.
std::vector<BatchResult> sorted_for_recap(std::vector<BatchResult> results);

table::Report batch_recap(const std::vector<BatchResult>& sorted, bool audited);

// One line per input, in the order given, for the terminal.
std::string batch_text(const std::vector<BatchResult>& results, bool audited);

}  // namespace lkjip::output
