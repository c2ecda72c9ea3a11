#pragma once
// Readers of the budget tables: anggaran.csv (program -> kegiatan -> sub kegiatan) and belanja.csv.
#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

void read_anggaran(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
void read_belanja(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
// Program links to sasaran and IKU; run after indicators are read.
void check_program_links(model::Opd& opd, Diagnostics& diagnostics);

}  // namespace lkjip::input
