#pragma once
// Reader of evaluasi_renja.csv (the "Evaluasi Renja" sheet): what only the Permendagri 86/2017 evaluation
// of the Renja needs per program, kegiatan or sub kegiatan (model/renja.hpp). Read after anggaran.csv,
// whose codes it names.
#include "input/csv_reader.hpp"
#include "input/read_context.hpp"

namespace lkjip::input {

void read_evaluasi_renja(const CsvTable& table, ReadContext& ctx);

}  // namespace lkjip::input
