#pragma once
// The figures of the Permendagri 86/2017 evaluation of the Renja (form "Evaluasi terhadap hasil Renja
// Perangkat Daerah", columns 7, 13, 14 and 15), each with its spreadsheet formula and its prose:
//   13 realisasi of the year = the quarters I..N accumulated by the indicator's rule (Rp: their sum),
//    7 realisasi of the Renstra up to last year = the years of the period before N, accumulated likewise,
//   14 realisasi of the Renstra up to this year = 7 + 13 for a sum, the latest (13) for a level or a mean,
//   15 tingkat capaian Renstra = 14 / 6 x 100.
// A missing value is never taken as 0: the result is n/a with the reason (a result n/a because an input
// column is n/a names that column; the column's own reason is in its cell).
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/formula.hpp"
#include "model/opd.hpp"

namespace lkjip::rules {

// How an indicator's values over a period make one value: the indicator's own rule (indikator.csv
// `akumulasi`, model::Akumulasi): `jumlah` for counts, `terakhir` for levels and percentages, `rata_rata`.
// Money always adds up.
using Akumulasi = model::Akumulasi;

// The indicator's rule; an indicator that names none (and has no quarters, or the reader would have refused
// it) is read as a level (`terakhir`): its latest value is where it stands.
Akumulasi akumulasi_of(const model::Indicator& indicator);

struct EvaluasiValue {
    std::optional<double> value;
    std::string na_reason;  // why value is absent
};

// Column 13 from the quarters (index 0 = TW I) up to `triwulan` (1-4): every quarter up to N is needed
// for `jumlah` and `rata_rata`, the quarter N for `terakhir`.
EvaluasiValue realisasi_tahun_berjalan(const std::array<std::optional<double>, 4>& quarters, int triwulan,
                                       Akumulasi rule);
// Its formula over the cells of quarters I..N (all of them hold values when the rule gave one).
formula::Expr realisasi_tahun_berjalan_formula(const std::vector<formula::Expr>& quarters, Akumulasi rule);

// Column 7 from the realisasi of each year (by year) from `awal` up to `tahun` - 1. In the first year of
// the Renstra there is no earlier year: n/a, and column 14 is then column 13 alone.
EvaluasiValue realisasi_renstra_lalu(const std::map<int, double>& per_year, int awal, int tahun,
                                     Akumulasi rule);

// Column 14 from column 7 (`lalu`) and 13 (`tahun_ini`); `first_year`: no year of the Renstra before this.
EvaluasiValue realisasi_renstra_kini(const EvaluasiValue& lalu, const EvaluasiValue& tahun_ini,
                                     bool first_year, Akumulasi rule);
// Its formula: 7 + 13 for `jumlah` past the first year, else 13.
formula::Expr realisasi_renstra_kini_formula(const formula::Expr& lalu, const formula::Expr& tahun_ini,
                                             bool first_year, Akumulasi rule);

// Column 15: realisasi up to this year / the Renstra target at the end of the period x 100.
EvaluasiValue tingkat_capaian_renstra(const EvaluasiValue& realisasi_kini,
                                      const std::optional<double>& target_akhir);
formula::Expr tingkat_capaian_renstra_formula(const formula::Expr& realisasi_kini,
                                              const formula::Expr& target_akhir);

// The rule's name as written in notes ("jumlah", "nilai terakhir", "rata-rata").
std::string akumulasi_words(Akumulasi rule);
// Columns 13, 14 and 15 in words, for the note under the form.
std::string evaluasi_prose();

}  // namespace lkjip::rules
