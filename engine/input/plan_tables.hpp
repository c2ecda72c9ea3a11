#pragma once
// Readers of the planning tables: tujuan, sasaran, indicators, Renstra targets, Perjanjian Kinerja and
// realisasi. Each adds what it can read to the model and reports the rest.
#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "input/read_context.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

void read_tujuan(const CsvTable& table, ReadContext& ctx);
void read_sasaran(const CsvTable& table, ReadContext& ctx);
// Needs tujuan, sasaran and the budget read first, to resolve each indicator's induk.
void read_indicators(const CsvTable& table, ReadContext& ctx);
void read_renstra(const CsvTable& table, ReadContext& ctx);
void read_perjanjian_kinerja(const CsvTable& table, ReadContext& ctx);
void read_realisasi(const CsvTable& table, ReadContext& ctx);

}  // namespace lkjip::input
