#pragma once
// The Permendagri 86/2017 evaluation of the Renja (`lkjip evaluasi`): the form "Evaluasi terhadap hasil
// Renja Perangkat Daerah" for one quarter, as a table::Report drawn by the usual XLSX and PDF renderers.
//
// Built here rather than from a template of templates/laporan/ because the template language cannot say
// it: every measure is a K/Rp pair where K belongs to an indicator row and Rp to its program, kegiatan or
// sub kegiatan (merged over the node's indicator rows), the quarter columns depend on --triwulan, and the
// footer rows (means, predikat per K and per Rp, the staff's text per triwulan) are not rows of any source.
#include "compute/performance.hpp"
#include "table/table.hpp"

namespace lkjip::report {

// The form for quarter `triwulan` (1-4) of the reporting year. Throws std::invalid_argument for another
// quarter (the command checks it first, with a message for the user).
table::Report build_evaluasi_renja(const compute::Performance& p, int triwulan);

// Leaf columns of the form: 1-5, then a K and an Rp column for each of 6-15, then 16 and 17.
namespace evaluasi_column {
constexpr std::size_t kNomor = 0, kSasaran = 1, kKode = 2, kUraian = 3, kIndikator = 4;
// The K column of form column `number` (6-15); its Rp column is the next one.
constexpr std::size_t k(int number) {
    return 5 + 2 * static_cast<std::size_t>(number - 6);
}
constexpr std::size_t rp(int number) {
    return k(number) + 1;
}
constexpr std::size_t kUnit = 25, kKeterangan = 26, kCount = 27;
}  // namespace evaluasi_column

}  // namespace lkjip::report
