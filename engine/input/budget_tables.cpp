#include "input/budget_tables.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "core/text.hpp"
#include "input/csv_table_reader.hpp"
#include "input/input_tables.hpp"
#include "input/property_file.hpp"
#include "input/quarter_values.hpp"

namespace lkjip::input {

namespace {

std::size_t segment_count(const std::string& kode) {
    return static_cast<std::size_t>(std::count(kode.begin(), kode.end(), '.')) + 1;
}

std::string first_segments(const std::string& kode, std::size_t n) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < n; ++i) {
        pos = kode.find('.', pos);
        if (pos == std::string::npos)
            return kode;
        if (i + 1 < n)
            ++pos;
    }
    return kode.substr(0, pos);
}

// Permendagri 90/2019: program X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan X.XX.XX.X.XX.XXXX.
std::string parent_by_nomenclature(const std::string& kode) {
    switch (segment_count(kode)) {
        case 6:
            return first_segments(kode, 5);
        case 5:
            return first_segments(kode, 3);
        default:
            return {};
    }
}

std::vector<std::string> split_codes(const std::string& s) {
    std::vector<std::string> out;
    std::string current;
    for (char c : s + ",") {
        if (c == ',' || c == '|' || c == ' ' || c == '\t') {
            if (!current.empty())
                out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    return out;
}

}  // namespace

void read_anggaran(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("anggaran.csv")), diagnostics);
    if (!r.usable())
        return;
    std::map<std::string, std::size_t> line_of;
    std::vector<BudgetQuarterRow> quarters;  // put on their items once every annual row is read
    for (const CsvRow& row : table.rows) {
        if (const int triwulan = read_triwulan(r, row); triwulan != 0) {
            if (triwulan > 0) {
                if (auto q = read_budget_quarter(r, row, triwulan))
                    quarters.push_back(std::move(*q));
            }
            continue;
        }
        model::BudgetItem item;
        item.where = r.where(row);
        item.kode = r.required_text(row, "kode");
        item.nama = r.required_text(row, "nama");
        if (item.kode.empty())
            continue;
        if (auto [it, inserted] = line_of.emplace(item.kode, row.line); !inserted) {
            r.error(
                row, "kode",
                "kode \"" + item.kode + "\" ganda (sudah ada di baris " + std::to_string(it->second) + ")");
            continue;
        }
        item.induk = r.text(row, "induk");
        if (item.induk.empty())
            item.induk = parent_by_nomenclature(item.kode);
        if (item.induk.empty() && segment_count(item.kode) != 3) {
            r.error(row, "kode",
                    "kode \"" + item.kode +
                        "\" bukan program (3 segmen), kegiatan (5) atau sub kegiatan (6) menurut "
                        "Permendagri 90/2019; isi kolom induk");
        }
        item.pagu_murni = r.rupiah(row, "pagu_murni");
        item.pagu_perubahan = r.rupiah(row, "pagu_perubahan");
        item.realisasi = r.rupiah(row, "realisasi");
        item.sasaran = r.text(row, "sasaran");
        item.iku = split_codes(r.text(row, "iku"));
        item.sumber_dana = r.text(row, "sumber_dana");
        opd.budget.push_back(std::move(item));
    }
    opd.index_codes();

    // Parents must exist; levels follow from the chain; a chain that returns to itself is a cycle.
    std::map<std::string, std::size_t> index_of;
    for (std::size_t i = 0; i < opd.budget.size(); ++i)
        index_of[opd.budget[i].kode] = i;
    std::vector<std::string> known;
    for (const auto& item : opd.budget)
        known.push_back(item.kode);
    std::vector<bool> broken(opd.budget.size(), false);
    std::set<std::string> cycle_reported;
    for (std::size_t i = 0; i < opd.budget.size(); ++i) {
        model::BudgetItem& item = opd.budget[i];
        std::size_t depth = 0;
        std::set<std::string> seen{item.kode};
        std::string at = item.induk;
        // At most program > kegiatan > sub kegiatan: the walk stops one level beyond, so that a chain of a
        // million items is not walked once per member (a cycle longer than that is reported as too deep).
        while (!at.empty() && depth <= 2) {
            auto it = index_of.find(at);
            if (it == index_of.end()) {
                std::string message =
                    "induk \"" + at + "\" dari \"" + item.kode + "\" tidak ada di anggaran.csv";
                if (ctx.may_suggest(known.size())) {
                    if (const std::string hint = suggest(at, known); !hint.empty())
                        message += "; maksud Anda \"" + hint + "\"?";
                }
                diagnostics.error(item.where, message);
                broken[i] = true;
                break;
            }
            if (!seen.insert(at).second) {
                if (!cycle_reported.count(at)) {  // one message per cycle, not one per member
                    cycle_reported.insert(seen.begin(), seen.end());
                    diagnostics.error(item.where, "siklus induk: rantai induk dari \"" + item.kode +
                                                      "\" kembali ke \"" + at + "\"");
                }
                broken[i] = true;
                break;
            }
            ++depth;
            at = opd.budget[it->second].induk;
        }
        if (broken[i])
            continue;
        if (depth > 2 || !at.empty()) {
            diagnostics.error(item.where,
                              "\"" + item.kode + "\" terlalu dalam: program > kegiatan > sub kegiatan");
            broken[i] = true;
            continue;
        }
        item.level = depth == 0   ? model::BudgetLevel::Program
                     : depth == 1 ? model::BudgetLevel::Kegiatan
                                  : model::BudgetLevel::SubKegiatan;
    }
    // Items in a broken chain are dropped so the roll-up only sees a tree.
    std::vector<model::BudgetItem> kept;
    for (std::size_t i = 0; i < opd.budget.size(); ++i) {
        if (!broken[i])
            kept.push_back(std::move(opd.budget[i]));
    }
    opd.budget = std::move(kept);
    opd.index_codes();
    // The quarters of an item dropped above (its chain was reported) are left out with it.
    std::erase_if(quarters, [&](const BudgetQuarterRow& q) {
        return line_of.count(q.kode) > 0 && !opd.find_budget_item(q.kode);
    });
    apply_budget_quarters(quarters, ctx);
}

void read_belanja(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("belanja.csv")), diagnostics);
    if (!r.usable())
        return;
    static const std::vector<std::string> kJenis = {"operasi", "modal", "tidak_terduga", "transfer"};
    std::set<std::string> seen;
    for (const CsvRow& row : table.rows) {
        model::Belanja b;
        b.where = r.where(row);
        b.jenis = text::normalize_key(r.required_text(row, "jenis"));
        if (b.jenis.empty())
            continue;
        if (std::find(kJenis.begin(), kJenis.end(), b.jenis) == kJenis.end()) {
            std::string message = "jenis belanja \"" + b.jenis +
                                  "\" tidak dikenal; pilihan: operasi, modal, tidak_terduga, transfer";
            if (const std::string hint = suggest(b.jenis, kJenis); !hint.empty())
                message += "; maksud Anda \"" + hint + "\"?";
            r.error(row, "jenis", message);
            continue;
        }
        if (!seen.insert(b.jenis).second) {
            r.error(row, "jenis", "jenis belanja \"" + b.jenis + "\" ganda");
            continue;
        }
        const auto pagu = r.rupiah(row, "pagu");
        if (!pagu) {
            if (r.text(row, "pagu").empty())
                r.error(row, "pagu", "nilai wajib diisi");
            continue;
        }
        b.pagu = *pagu;
        b.realisasi = r.rupiah(row, "realisasi");
        if (b.realisasi && *b.realisasi > b.pagu) {
            r.warning(row, "realisasi", "realisasi belanja " + b.jenis + " melebihi pagunya");
        }
        opd.belanja.push_back(b);
    }
}

void check_program_links(ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    std::vector<std::string> sasaran_codes;
    for (const auto& s : opd.sasaran)
        sasaran_codes.push_back(s.kode);
    std::vector<std::string> iku_codes;
    for (const auto& ind : opd.indicators) {
        if (ind.level == model::IndicatorLevel::Sasaran)
            iku_codes.push_back(ind.kode);
    }
    const std::unordered_set<std::string> is_iku(iku_codes.begin(), iku_codes.end());
    for (model::BudgetItem& item : opd.budget) {
        if (item.level != model::BudgetLevel::Program) {
            if (!item.sasaran.empty() || !item.iku.empty()) {
                diagnostics.error(item.where,
                                  "\"" + item.kode + "\": kolom sasaran dan iku hanya untuk program");
            }
            continue;
        }
        if (item.sasaran.empty()) {
            diagnostics.warning(item.where,
                                "program \"" + item.kode + "\" tidak menyebut sasaran yang didukungnya");
        } else if (!opd.find_sasaran(item.sasaran) && ctx.readable("sasaran.csv")) {
            std::string message =
                "program \"" + item.kode + "\": sasaran \"" + item.sasaran + "\" tidak ada di sasaran.csv";
            if (ctx.may_suggest(sasaran_codes.size())) {
                if (const std::string hint = suggest(item.sasaran, sasaran_codes); !hint.empty())
                    message += "; maksud Anda \"" + hint + "\"?";
            }
            diagnostics.error(item.where, message);
        }
        for (const std::string& kode : item.iku) {
            if (is_iku.count(kode) || !ctx.readable("indikator.csv"))
                continue;
            if (const model::Indicator* other = opd.find_indicator(kode)) {
                diagnostics.error(item.where,
                                  "program \"" + item.kode + "\": \"" + kode + "\" bukan IKU (induknya \"" +
                                      other->induk +
                                      "\", bukan sasaran); kolom iku hanya memuat indikator sasaran");
                continue;
            }
            std::string message =
                "program \"" + item.kode + "\": IKU \"" + kode + "\" tidak ada di indikator.csv";
            if (ctx.may_suggest(iku_codes.size())) {
                if (const std::string hint = suggest(kode, iku_codes); !hint.empty())
                    message += "; maksud Anda \"" + hint + "\"?";
            }
            diagnostics.error(item.where, message);
        }
    }
}

}  // namespace lkjip::input
