#include "rules/budget_rollup.hpp"

#include <functional>
#include <limits>
#include <map>

#include "core/number_format.hpp"
#include "rules/quarter_accumulation.hpp"

namespace lkjip::rules {

namespace {

using Field = std::optional<std::int64_t> Amounts::*;

struct FieldInfo {
    Field field;
    const char* name;  // as the CSV column is named
};

constexpr FieldInfo kFields[] = {
    {&Amounts::pagu_murni, "pagu_murni"},
    {&Amounts::pagu_perubahan, "pagu_perubahan"},
    {&Amounts::realisasi, "realisasi"},
};

// Adds `value` to `sum`; false (sum unchanged) when the result would not fit in int64. Each amount is
// at most 999.999.999.999.999 (the number parser's limit), but ten thousand of them are not.
bool add_checked(std::int64_t& sum, std::int64_t value) {
    std::int64_t result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return false;
    sum = result;
    return true;
}

std::string overflow_message(const std::string& what) {
    return what + " melampaui batas bilangan yang dapat dihitung (" +
           format::ribuan(std::numeric_limits<std::int64_t>::max()) + "); periksa nilai rinciannya";
}

// The realisasi an item states: its annual one, else the sum of its quarters (rules/quarter_accumulation;
// an overflowing sum is reported by roll_quarters).
Amounts own_amounts(const model::BudgetItem& item) {
    const auto realisasi = item.realisasi ? item.realisasi : sum_quarters(item.realisasi_triwulan).value;
    return Amounts{item.pagu_murni, item.pagu_perubahan, realisasi, std::nullopt};
}

// A node's quarters: a leaf's as written; a parent's the sum of its children's quarter when every child
// has it, else its own.
void roll_quarters(BudgetTree& tree, std::size_t index, Diagnostics& diagnostics) {
    BudgetNode& node = tree.nodes[index];
    const model::BudgetItem& item = *node.item;
    node.realisasi_dari_triwulan = !item.realisasi && sum_quarters(item.realisasi_triwulan).value.has_value();
    if (!item.realisasi && sum_quarters(item.realisasi_triwulan).overflow)
        diagnostics.error(item.where, overflow_message("jumlah realisasi triwulan " + item.kode));
    for (std::size_t q = 0; q < node.realisasi_triwulan.size(); ++q) {
        node.realisasi_triwulan[q] = item.realisasi_triwulan[q];
        if (node.children.empty())
            continue;
        std::int64_t sum = 0;
        bool complete = true;
        for (std::size_t child : node.children) {
            const auto& v = tree.nodes[child].realisasi_triwulan[q];
            if (!v || !add_checked(sum, *v)) {
                complete = false;
                break;
            }
        }
        if (complete)
            node.realisasi_triwulan[q] = sum;
    }
}

// The pagu serapan is measured against is chosen per item (after the revision when there was one) and
// then summed, so a parent mixing revised and unrevised children gets the right total.
void roll_effective_pagu(BudgetTree& tree, std::size_t index, Diagnostics& diagnostics) {
    BudgetNode& node = tree.nodes[index];
    const auto own = node.item->pagu_perubahan ? node.item->pagu_perubahan : node.item->pagu_murni;
    if (node.children.empty()) {
        node.amounts.pagu_efektif = own;
        return;
    }
    std::int64_t sum = 0;
    for (std::size_t child : node.children) {
        const auto& v = tree.nodes[child].amounts.pagu_efektif;
        if (!v) {
            node.amounts.pagu_efektif = own;
            return;
        }
        if (!add_checked(sum, *v)) {
            diagnostics.error(node.item->where, overflow_message("jumlah pagu " + node.item->kode));
            node.amounts.pagu_efektif = std::nullopt;
            return;
        }
    }
    node.amounts.pagu_efektif = sum;
}

void roll_field(BudgetTree& tree, std::size_t index, const FieldInfo& info, Diagnostics& diagnostics) {
    BudgetNode& node = tree.nodes[index];
    const Amounts own = own_amounts(*node.item);
    if (node.children.empty()) {
        node.amounts.*info.field = own.*info.field;
        return;
    }
    std::int64_t sum = 0;
    std::size_t defined = 0;
    for (std::size_t child : node.children) {
        const auto& v = tree.nodes[child].amounts.*info.field;
        if (v) {
            if (!add_checked(sum, *v)) {
                diagnostics.error(node.item->where, overflow_message("jumlah " + std::string(info.name) +
                                                                     " " + node.item->kode));
                node.amounts.*info.field = std::nullopt;
                return;
            }
            ++defined;
        }
    }
    const auto& stated = own.*info.field;
    if (defined == node.children.size()) {
        if (stated && *stated != sum) {
            diagnostics.error(node.item->where, std::string(info.name) + " " + node.item->kode +
                                                    " tertulis " + format::ribuan(*stated) +
                                                    ", jumlah rinciannya " + format::ribuan(sum) +
                                                    "; kosongkan nilai induk atau perbaiki rinciannya");
        }
        node.amounts.*info.field = sum;
    } else if (defined == 0 || stated) {
        node.amounts.*info.field = stated;
    } else {
        diagnostics.warning(node.item->where, std::string(info.name) + " " + node.item->kode + ": hanya " +
                                                  std::to_string(defined) + " dari " +
                                                  std::to_string(node.children.size()) +
                                                  " rincian berisi nilai; jumlahnya tidak dapat dihitung");
        node.amounts.*info.field = std::nullopt;
    }
}

std::optional<std::int64_t> sum_over(const BudgetTree& tree, Field field, const char* name,
                                     Diagnostics& diagnostics) {
    if (tree.programs.empty())
        return std::nullopt;  // no budget at all: not Rp 0
    std::int64_t sum = 0;
    for (std::size_t p : tree.programs) {
        const auto& v = tree.nodes[p].amounts.*field;
        if (!v)
            return std::nullopt;
        if (!add_checked(sum, *v)) {
            diagnostics.error(SourceLocation::in_file(tree.nodes[p].item->where.file),
                              overflow_message(std::string("jumlah ") + name + " semua program"));
            return std::nullopt;
        }
    }
    return sum;
}

}  // namespace

std::optional<double> serapan(const std::optional<std::int64_t>& pagu,
                              const std::optional<std::int64_t>& realisasi) {
    if (!pagu || !realisasi || *pagu <= 0)
        return std::nullopt;
    return format::clean(static_cast<double>(*realisasi) * 100.0 / static_cast<double>(*pagu));
}

namespace {

// The mean of the nodes' serapan percentages; n/a when there is none or when one of them is n/a (a mean
// that silently skipped an item would report a different set of items than the table shows).
std::optional<double> mean_serapan(const BudgetTree& tree, const std::vector<std::size_t>& nodes) {
    if (nodes.empty())
        return std::nullopt;
    double sum = 0.0;
    for (std::size_t i : nodes) {
        if (!tree.nodes[i].serapan)
            return std::nullopt;
        sum += *tree.nodes[i].serapan;
    }
    return format::clean(sum / static_cast<double>(nodes.size()));
}

// The leaves under the given nodes, in tree order: the sub kegiatan, or an item not itemised further (a
// kegiatan without sub kegiatan, a program stating its own amounts).
std::vector<std::size_t> leaves_under(const BudgetTree& tree, const std::vector<std::size_t>& nodes) {
    std::vector<std::size_t> out;
    std::function<void(std::size_t)> walk = [&](std::size_t i) {
        if (tree.nodes[i].children.empty()) {
            out.push_back(i);
            return;
        }
        for (std::size_t child : tree.nodes[i].children)
            walk(child);
    };
    for (std::size_t i : nodes)
        walk(i);
    return out;
}

}  // namespace

BudgetTree roll_up(const std::vector<model::BudgetItem>& items, const model::BudgetConventions& conv,
                   Diagnostics& diagnostics) {
    BudgetTree tree;
    std::map<std::string, std::size_t> index_of;
    tree.nodes.reserve(items.size());
    for (const model::BudgetItem& item : items) {
        index_of[item.kode] = tree.nodes.size();
        tree.nodes.push_back(BudgetNode{&item, {}, {}, {}, {}, false});
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].induk.empty()) {
            tree.programs.push_back(i);
        } else if (auto it = index_of.find(items[i].induk); it != index_of.end()) {
            tree.nodes[it->second].children.push_back(i);
        }
    }

    // Post-order over the (acyclic, checked by the reader) tree.
    std::function<void(std::size_t)> visit = [&](std::size_t i) {
        for (std::size_t child : tree.nodes[i].children)
            visit(child);
        for (const FieldInfo& info : kFields)
            roll_field(tree, i, info, diagnostics);
        roll_effective_pagu(tree, i, diagnostics);
        roll_quarters(tree, i, diagnostics);
        BudgetNode& node = tree.nodes[i];
        const auto pagu = node.amounts.pagu();
        // Reported where the amounts are written, not again at every parent they roll into.
        if (node.children.empty() && node.amounts.realisasi && pagu && *node.amounts.realisasi > *pagu) {
            diagnostics.warning(node.item->where, "realisasi " + node.item->kode + " (" +
                                                      format::ribuan(*node.amounts.realisasi) +
                                                      ") melebihi pagu (" + format::ribuan(*pagu) + ")");
        }
        if (conv.parent_absorption == model::ParentAbsorption::MeanOfChildren && !node.children.empty()) {
            node.serapan = mean_serapan(tree, node.children);
        } else if (conv.parent_absorption == model::ParentAbsorption::MeanOfSubKegiatan &&
                   !node.children.empty()) {
            node.serapan = mean_serapan(tree, leaves_under(tree, node.children));
        } else {
            node.serapan = serapan(pagu, node.amounts.realisasi);
        }
    };
    for (std::size_t p : tree.programs)
        visit(p);

    for (const FieldInfo& info : kFields)
        tree.total.*info.field = sum_over(tree, info.field, info.name, diagnostics);
    tree.total.pagu_efektif = sum_over(tree, &Amounts::pagu_efektif, "pagu", diagnostics);
    // The total follows the same convention as every parent (a Jumlah row is the parent of the programs).
    switch (conv.parent_absorption) {
        case model::ParentAbsorption::SumOfAmounts:
            tree.serapan_total = serapan(tree.total.pagu(), tree.total.realisasi);
            break;
        case model::ParentAbsorption::MeanOfChildren:
            tree.serapan_total = mean_serapan(tree, tree.programs);
            break;
        case model::ParentAbsorption::MeanOfSubKegiatan:
            tree.serapan_total = mean_serapan(tree, leaves_under(tree, tree.programs));
            break;
    }
    return tree;
}

std::optional<Amounts> belanja_amounts(const std::vector<model::Belanja>& belanja, const std::string& jenis) {
    std::optional<Amounts> sum;
    for (const model::Belanja& b : belanja) {
        if (!jenis.empty() && b.jenis != jenis)
            continue;
        if (!sum) {
            sum = Amounts{};
            sum->pagu_efektif = 0;
            sum->realisasi = 0;
        }
        *sum->pagu_efektif += b.pagu;
        if (sum->realisasi && b.realisasi)
            *sum->realisasi += *b.realisasi;
        else
            sum->realisasi.reset();
    }
    return sum;
}

void check_belanja_totals(const std::vector<model::Belanja>& belanja, const BudgetTree& tree,
                          Diagnostics& diagnostics) {
    const std::optional<Amounts> sum = belanja_amounts(belanja);
    if (!sum)
        return;
    const std::int64_t pagu = *sum->pagu_efektif;
    // The table as a whole: the file, or the workbook's sheet.
    SourceLocation where = SourceLocation::in_file(belanja.front().where.file);
    where.sheet = belanja.front().where.sheet;
    if (const auto total = tree.total.pagu(); total && *total != pagu) {
        diagnostics.warning(where, "jumlah pagu belanja " + format::ribuan(pagu) +
                                       " tidak sama dengan jumlah pagu program " + format::ribuan(*total) +
                                       " (selisih " + format::ribuan(pagu - *total) + ")");
    }
    if (const auto total = tree.total.realisasi; sum->realisasi && total && *total != *sum->realisasi) {
        const std::int64_t realisasi = *sum->realisasi;
        diagnostics.warning(where, "jumlah realisasi belanja " + format::ribuan(realisasi) +
                                       " tidak sama dengan jumlah realisasi program " +
                                       format::ribuan(*total) + " (selisih " +
                                       format::ribuan(realisasi - *total) + ")");
    }
}

formula::Expr serapan_formula(const formula::Expr& realisasi, const formula::Expr& pagu) {
    return realisasi / pagu * formula::number(100);
}

formula::Expr sisa_formula(const formula::Expr& pagu, const formula::Expr& realisasi) {
    return pagu - realisasi;
}

std::string serapan_prose(const model::BudgetConventions& conv) {
    std::string out =
        "Pagu: APBD Perubahan bila ada, selain itu APBD Murni. Serapan = realisasi / pagu × 100%";
    switch (conv.parent_absorption) {
        case model::ParentAbsorption::SumOfAmounts:
            return out +
                   "; serapan program, kegiatan dan baris Jumlah: jumlah realisasi / jumlah pagu rinciannya.";
        case model::ParentAbsorption::MeanOfChildren:
            return out +
                   "; serapan program, kegiatan dan baris Jumlah: rata-rata serapan (%) anak langsungnya "
                   "(anggaran.serapan_induk = rata_rata_anak); serapan IKU: rata-rata serapan program "
                   "pendukungnya.";
        case model::ParentAbsorption::MeanOfSubKegiatan:
            return out +
                   "; serapan program, kegiatan dan baris Jumlah: rata-rata serapan (%) seluruh sub kegiatan "
                   "di bawahnya (anggaran.serapan_induk = rata_rata_sub_kegiatan); serapan IKU: rata-rata "
                   "serapan program pendukungnya.";
    }
    return out + ".";
}

}  // namespace lkjip::rules
