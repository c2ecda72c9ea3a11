#pragma once
// Reading quarterly data (triwulan, TW I-IV): the `triwulan` column of realisasi.csv,
// perjanjian_kinerja.csv and anggaran.csv (empty = the annual row), indikator.csv's `akumulasi` with its
// configured default (config/akumulasi-triwulan.json), and the budget's quarter rows.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "input/csv_table_reader.hpp"
#include "input/read_context.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

// The `triwulan` cell of a row: 0 when empty (an annual row), 1..4 for TW I..IV (written 1-4, I-IV, with or
// without "TW"/"triwulan" before it), -1 when it is anything else (then reported at the cell).
int read_triwulan(CsvTableReader& r, const CsvRow& row);

// The configured default accumulation for an indicator with this satuan (compared trimmed and without
// case) or, when `ordinal`, for every scale; nullopt when config/akumulasi-triwulan.json names none.
std::optional<model::Akumulasi> default_akumulasi(const std::string& satuan, bool ordinal);

// indikator.csv `akumulasi` into ind.akumulasi: the column when written, else the configured default. An
// ordinal indicator can only take its last quarter's label ("terakhir"): another rule is reported.
void read_akumulasi(CsvTableReader& r, const CsvRow& row, model::Indicator& ind);

// A quarter row of realisasi.csv or perjanjian_kinerja.csv for an indicator without accumulation rule is
// reported at that row, once per indicator (`reported` remembers which).
void require_akumulasi(CsvTableReader& r, const CsvRow& row, const model::Indicator& ind,
                       std::set<std::string>& reported);

// One anggaran.csv row with a triwulan: only kode, triwulan and realisasi (and the nama, ignored).
struct BudgetQuarterRow {
    std::string kode;
    int triwulan = 0;
    std::int64_t realisasi = 0;
    SourceLocation where;
    std::size_t line = 0;
};

// Reads the quarter row (triwulan 1..4): reports cells that belong to the annual row and a missing
// realisasi; nullopt when the row is unusable.
std::optional<BudgetQuarterRow> read_budget_quarter(CsvTableReader& r, const CsvRow& row, int triwulan);

// Puts the quarter rows on their budget items (read before): an unknown kode and a quarter written twice are
// reported.
void apply_budget_quarters(const std::vector<BudgetQuarterRow>& rows, ReadContext& ctx);

}  // namespace lkjip::input
