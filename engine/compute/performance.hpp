#pragma once
// The computed performance of one OPD-year: every rule applied to the primary data. Renderer-neutral;
// the JSON writer, the text summary and (later) the report tables all read this.
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/conventions.hpp"
#include "model/opd.hpp"
#include "rules/aggregation.hpp"
#include "rules/budget_rollup.hpp"
#include "rules/capaian.hpp"
#include "rules/efficiency.hpp"

namespace lkjip::compute {

// One quarter (triwulan) of a year as computed: the realisasi from pembilang/penyebut x pengali or as
// written (an ordinal quarter: its label, and its score as the number), and the quarter's PK target.
struct QuarterResult {
    std::optional<double> realisasi;
    int realisasi_decimals = -1;  // as written; -1 when computed from pembilang/penyebut
    std::string realisasi_label;
    std::optional<model::Target> target;  // the quarter's target in the PK revision in force
};

struct YearResult {
    int tahun = 0;
    std::optional<model::Target> target;
    std::string target_source;  // "pk", "pk_revisi_2", "renstra" or "" when none
    std::optional<double> realisasi;
    int realisasi_decimals = -1;  // as the user wrote it; -1 when computed from pembilang/penyebut
    std::string
        realisasi_label;  // an ordinal indicator's realisasi as written ("WTP"); its score is realisasi
    rules::Capaian capaian;
    std::array<QuarterResult, model::kTriwulan> triwulan{};  // TW I..IV
    // The annual realisasi follows from the quarters by the indicator's akumulasi (no annual row).
    bool realisasi_dari_triwulan = false;
    bool has_quarters() const {
        for (const QuarterResult& q : triwulan) {
            if (q.realisasi || !q.realisasi_label.empty() || q.target)
                return true;
        }
        return false;
    }
};

struct IndicatorResult {
    const model::Indicator* indicator = nullptr;
    YearResult current;                  // year N
    std::optional<YearResult> previous;  // year N-1, when it has a target or a realisasi
    std::vector<YearResult> history;     // every year up to N with data, ascending
    std::optional<std::string> predikat;
    std::optional<std::string> atribut;
    std::optional<double> kondisi_awal;
    std::optional<model::Target> target_akhir_renstra;
    rules::Capaian tingkat_kemajuan;  // realisasi N against the Renstra end target
    rules::Capaian capaian_nasional;  // realisasi N against the national target
    // IKU efficiency: the programs that support the indicator.
    std::vector<std::string> programs;
    rules::Amounts anggaran;
    std::optional<double> serapan;
    rules::Efficiency efisiensi;

    // The result of one year up to N (N and N-1 are kept apart; earlier years are in the history), or
    // nullptr when that year has no data.
    const YearResult* year(int tahun) const;
};

struct SasaranResult {
    const model::Sasaran* sasaran = nullptr;
    std::vector<std::size_t> iku;  // indexes into Performance::indicators
    rules::Aggregate capaian;
    std::optional<std::string> predikat;
    std::optional<std::string> atribut;
};

struct TujuanResult {
    const model::Tujuan* tujuan = nullptr;
    std::vector<std::size_t> indicators;  // indicators of the tujuan itself
    std::vector<std::size_t> sasaran;     // indexes into Performance::sasaran
};

struct ProgramResult {
    std::size_t node = 0;                 // index into Performance::budget.nodes
    std::vector<std::size_t> indicators;  // its outcome indicators
    rules::Aggregate capaian;             // mean of its indicators' capaian
    std::optional<std::string> predikat;
    std::optional<std::string> atribut;
    rules::Efficiency efisiensi;
};

struct OverallResult {
    rules::Aggregate capaian;
    std::optional<std::string> predikat;
    std::optional<std::string> atribut;
};

struct Performance {
    const model::Opd* opd = nullptr;
    model::Conventions conventions;
    std::vector<IndicatorResult> indicators;  // same order as opd->indicators
    std::vector<TujuanResult> tujuan;
    std::vector<SasaranResult> sasaran;
    rules::BudgetTree budget;
    std::vector<ProgramResult> programs;  // one per budget.programs, same order
    OverallResult overall;
    Diagnostics diagnostics;  // warnings found while computing (and roll-up errors)

    const IndicatorResult* find_indicator(const std::string& kode) const;

    // Positions by code, built by compute() (the audit looks up every printed figure): in `indicators`,
    // in `budget.nodes`, and a budget node's position in `programs`.
    std::unordered_map<std::string, std::size_t> indicator_position;
    std::unordered_map<std::string, std::size_t> budget_position;
    std::unordered_map<std::size_t, std::size_t> program_of_node;
};

// The realisasi of one year: from pembilang / penyebut x pengali when given (full precision), else as
// written.
std::optional<double> realisasi_of(const model::YearValues& y, double pengali = 100.0);
// The same for one quarter.
std::optional<double> realisasi_of(const model::QuarterRealisasi& q, double pengali = 100.0);

// The target of one year: the highest PK revision, else the Renstra target.
std::optional<model::Target> target_of(const model::YearValues& y, std::string* source = nullptr);

Performance compute(const model::Opd& opd, const model::Conventions& conventions);

}  // namespace lkjip::compute
