#pragma once
// The recap of a batch run: one row per OPD input (a folder or an input workbook) with its overall capaian,
// predikat, atribut, budget and (when auditing) its findings, sorted by capaian; failed inputs listed last
// with their first problem. (The terminal's lines are output/batch_text.hpp.)
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "table/table.hpp"

namespace lkjip::report {

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

// The reading's warnings (a total that disagrees, an unknown key, ...) are not repeated per input in a
// batch; their number says which inputs to open with lkjip check. "" for none.
std::string input_warning_text(std::size_t n);

}  // namespace lkjip::report
