#pragma once
// Readers of the planning tables: tujuan, sasaran, indicators, Renstra targets, Perjanjian Kinerja and
// realisasi. Each adds what it can read to the model and reports the rest.
#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

void read_tujuan(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
void read_sasaran(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
// Needs tujuan, sasaran and the budget read first, to resolve each indicator's induk.
void read_indicators(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
void read_renstra(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
void read_perjanjian_kinerja(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);
void read_realisasi(const CsvTable& table, model::Opd& opd, Diagnostics& diagnostics);

}  // namespace lkjip::input
