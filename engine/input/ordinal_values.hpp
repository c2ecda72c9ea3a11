#pragma once
// Reading the values of ordinal indicators (indikator.csv `skala`): targets and realisasi written as a level
// of the indicator's scale ("WTP"), kept as written; anything else is reported with the scale's levels.
#include <optional>
#include <string>

#include "input/csv_table_reader.hpp"
#include "input/read_context.hpp"
#include "model/ordinal_scale.hpp"

namespace lkjip::input {

// The scale named `name`: the OPD's own (skala.csv), else config/skala-ordinal.json's; nullptr if none.
const model::OrdinalScale* ordinal_scale(const model::Opd& opd, const std::string& name);

// Checks indikator.csv's `skala` cell: "" when empty, else the name, reported when unknown (with the
// scales there are).
std::string read_scale_name(CsvTableReader& r, const CsvRow& row, const model::Opd& opd);

// skala.csv: the OPD's own scales, one row per level (skala, label, skor, sumber, capaian).
void read_skala(const CsvTable& table, ReadContext& ctx);

// The label in `column` when it is a level of `scale` (trimmed, written as the scale writes it); nullopt,
// with the error reported, when it is not; nullopt without error when the cell is empty.
std::optional<std::string> read_ordinal_label(CsvTableReader& r, const CsvRow& row, const std::string& column,
                                              const model::OrdinalScale& scale);

// The same as a target: Target::label set, the numbers unused.
std::optional<model::Target> read_ordinal_target(CsvTableReader& r, const CsvRow& row,
                                                 const std::string& column, const model::OrdinalScale& scale);

}  // namespace lkjip::input
