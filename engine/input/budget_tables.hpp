#pragma once
// Readers of the budget tables: anggaran.csv (program -> kegiatan -> sub kegiatan) and belanja.csv.
#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "input/read_context.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

void read_anggaran(const CsvTable& table, ReadContext& ctx);
void read_belanja(const CsvTable& table, ReadContext& ctx);
// Program links to sasaran and IKU; run after indicators are read.
void check_program_links(ReadContext& ctx);

}  // namespace lkjip::input
