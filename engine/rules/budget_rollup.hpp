#pragma once
// Budget roll-ups: sub kegiatan -> kegiatan -> program -> OPD total, and serapan (absorption) at every
// level. Leaves are primary data; a parent states its own amount only where its children do not.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/formula.hpp"
#include "model/conventions.hpp"
#include "model/opd.hpp"

namespace lkjip::rules {

struct Amounts {
    std::optional<std::int64_t> pagu_murni;
    std::optional<std::int64_t> pagu_perubahan;
    std::optional<std::int64_t> realisasi;
    // The pagu serapan is measured against: per item, after the budget revision when there was one
    // (pagu perubahan, else pagu murni), then summed up the tree.
    std::optional<std::int64_t> pagu_efektif;
    std::optional<std::int64_t> pagu() const { return pagu_efektif; }
};

struct BudgetNode {
    const model::BudgetItem* item = nullptr;
    std::vector<std::size_t> children;  // indexes into BudgetTree::nodes
    Amounts amounts;                    // rolled up
    std::optional<double> serapan;      // %
    // Realisasi anggaran per quarter (TW I..IV): a leaf's as written; a parent's the sum of its children's
    // when every child has that quarter, else its own.
    std::array<std::optional<std::int64_t>, model::kTriwulan> realisasi_triwulan{};
    bool realisasi_dari_triwulan = false;  // the annual realisasi is the sum of the quarters (no annual one)
};

struct BudgetTree {
    std::vector<BudgetNode> nodes;      // same order as the input items
    std::vector<std::size_t> programs;  // roots, in input order
    Amounts total;                      // sum over programs
    std::optional<double> serapan_total;
};

// Serapan = realisasi / pagu x 100; n/a for a missing amount or a zero pagu.
std::optional<double> serapan(const std::optional<std::int64_t>& pagu,
                              const std::optional<std::int64_t>& realisasi);

// Expects items whose parents exist and form no cycle (the folder reader checks that). Reports a parent
// amount that differs from the sum of its children as an error, an incompletely itemised amount and a
// realisasi above its pagu as warnings.
BudgetTree roll_up(const std::vector<model::BudgetItem>& items, const model::BudgetConventions& conv,
                   Diagnostics& diagnostics);

// The sum of the belanja of kind `jenis` ("operasi", "modal", ...), or of every kind when `jenis` is empty.
// The realisasi is n/a when any summed item lacks one; nullopt when no item is of that kind.
std::optional<Amounts> belanja_amounts(const std::vector<model::Belanja>& belanja,
                                       const std::string& jenis = "");

// Belanja operasi + modal + ... must equal the program totals; reports differences as warnings.
void check_belanja_totals(const std::vector<model::Belanja>& belanja, const BudgetTree& tree,
                          Diagnostics& diagnostics);

// serapan() and the unspent amount as spreadsheet formulas: realisasi/pagu*100 and pagu-realisasi.
formula::Expr serapan_formula(const formula::Expr& realisasi, const formula::Expr& pagu);
formula::Expr sisa_formula(const formula::Expr& pagu, const formula::Expr& realisasi);

// The serapan rule in words, for a parent as anggaran.serapan_induk says.
std::string serapan_prose(const model::BudgetConventions& conv);

}  // namespace lkjip::rules
