#pragma once
// The computed summary (what `lkjip compute` prints) as report tables, for the page of `lkjip serve`:
// capaian per IKU with predikat and atribut, capaian per sasaran, serapan and efisiensi per program, and
// the OPD as a whole. Each figure is a quantity of the vocabulary, shown as the report's tables show it.
#include <vector>

#include "compute/performance.hpp"
#include "table/table.hpp"

namespace lkjip::report {

// Four tables without a nomor (they are not the report's), ids "ringkasan-iku", "-sasaran", "-program",
// "-opd".
std::vector<table::Table> summary_tables(const compute::Performance& p);

}  // namespace lkjip::report
