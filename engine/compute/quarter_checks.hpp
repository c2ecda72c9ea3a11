#pragma once
// Annual values written beside their quarters (triwulan) are checked against the quarters: an indicator's
// realisasi against its akumulasi of the quarters, a budget item's realisasi anggaran against their sum.
// The annual value as written is the one used; a difference is a warning naming both values and where
// each was written.
#include "compute/performance.hpp"
#include "model/opd.hpp"

namespace lkjip::compute {

// Adds a warning to p.diagnostics for each year of each indicator, and each budget item, whose annual
// value disagrees with its quarters (an indicator: beyond one unit of the annual value's last written digit;
// a label: a different label; rupiah: any difference).
void check_quarters(const model::Opd& opd, Performance& p);

}  // namespace lkjip::compute
