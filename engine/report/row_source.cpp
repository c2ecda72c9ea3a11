#include "report/row_source.hpp"

#include <algorithm>

namespace lkjip::report {

namespace {

const std::vector<RowSourceSpec> kSources = {
    {"iku", "satu baris per IKU, dikelompokkan menurut sasaran"},
    {"iku_triwulan",
     "satu baris per IKU yang diisi per triwulan pada tahun laporan, dikelompokkan menurut sasaran"},
    {"indikator_tujuan", "satu baris per indikator tujuan"},
    {"sasaran", "satu baris per sasaran strategis"},
    {"program", "satu baris per indikator program (program tanpa indikator: satu baris)"},
    {"anggaran", "program, kegiatan dan sub kegiatan bertingkat"},
    {"belanja", "satu baris per jenis belanja"},
    {"anggaran_triwulan",
     "program, kegiatan dan sub kegiatan bertingkat, bila ada realisasi anggaran per triwulan"},
    {"indikator_kegiatan", "satu baris per indikator kegiatan dan sub kegiatan, menurut urutan anggaran"},
    {"kinerja_anggaran", "tujuan, sasaran dan program dengan indikator dan anggarannya (Tabel 1.4 / 3.6.1)"},
    {"tetap", "baris yang didaftar di templat (baris_tetap)"},
};

using compute::Performance;

// Whether any budget item has a realisasi anggaran of a quarter.
bool has_budget_quarters(const Performance& p) {
    for (const rules::BudgetNode& node : p.budget.nodes) {
        for (const auto& q : node.realisasi_triwulan) {
            if (q)
                return true;
        }
    }
    return false;
}

const compute::SasaranResult* sasaran_of_program(const Performance& p, const rules::BudgetNode& node) {
    for (const compute::SasaranResult& s : p.sasaran) {
        if (s.sasaran->kode == node.item->sasaran)
            return &s;
    }
    return nullptr;
}

// A program's rows: one per outcome indicator, or one for a program without indicators.
void add_program_rows(std::vector<RowContext>& rows, const Performance& p, const compute::ProgramResult& pr,
                      int number, const std::string& heading) {
    const rules::BudgetNode& node = p.budget.nodes[pr.node];
    RowContext base;
    base.program = &pr;
    base.budget = &node;
    base.sasaran = sasaran_of_program(p, node);
    base.number = number;
    base.numbered = &pr;
    base.heading = heading;
    base.heading_object = &pr;
    if (pr.indicators.empty()) {
        rows.push_back(base);
        return;
    }
    for (std::size_t i : pr.indicators) {
        RowContext r = base;
        r.indicator = &p.indicators[i];
        rows.push_back(r);
    }
}

void add_budget_subtree(std::vector<RowContext>& rows, const Performance& p, std::size_t node_index,
                        int level, int& number, const compute::ProgramResult* program) {
    const rules::BudgetNode& node = p.budget.nodes[node_index];
    RowContext r;
    r.budget = &node;
    r.level = level;
    r.program = level == 0 ? program : nullptr;
    r.role = level == 0 ? table::RowRole::Group : table::RowRole::Data;
    if (level == 0) {
        r.number = ++number;
        r.numbered = &node;
    }
    const std::size_t at = rows.size();
    rows.push_back(r);
    for (std::size_t child : node.children) {
        rows[at].children.push_back(rows.size());
        add_budget_subtree(rows, p, child, level + 1, number, nullptr);
    }
}

// The output indicators of the kegiatan and sub kegiatan under a node, in budget order, one row each; the
// node's name is merged over its rows.
void add_activity_indicator_rows(std::vector<RowContext>& rows, std::vector<std::size_t>& top_level,
                                 const Performance& p, std::size_t node_index, int level, int& number) {
    const rules::BudgetNode& node = p.budget.nodes[node_index];
    if (node.item->level != model::BudgetLevel::Program) {
        for (const compute::IndicatorResult& r : p.indicators) {
            if (r.indicator->induk != node.item->kode)
                continue;
            RowContext row;
            row.budget = &node;
            row.indicator = &r;
            row.level = level;
            row.number = ++number;
            row.numbered = &r;
            top_level.push_back(rows.size());
            rows.push_back(row);
        }
    }
    for (std::size_t child : node.children)
        add_activity_indicator_rows(rows, top_level, p, child, level + 1, number);
}

}  // namespace

const std::vector<RowSourceSpec>& all_row_sources() {
    return kSources;
}

bool is_row_source(const std::string& name) {
    return std::any_of(kSources.begin(), kSources.end(),
                       [&](const RowSourceSpec& s) { return name == s.name; });
}

std::vector<RowContext> rows_for(const TableTemplate& t, const Performance& p) {
    std::vector<RowContext> rows;
    std::vector<std::size_t> top_level;
    int number = 0;
    const std::string& source = t.baris;
    if (source == "iku" || source == "iku_triwulan") {
        for (const compute::SasaranResult& s : p.sasaran) {
            for (std::size_t i : s.iku) {
                if (source == "iku_triwulan" && !p.indicators[i].current.has_quarters())
                    continue;
                RowContext r;
                r.sasaran = &s;
                r.indicator = &p.indicators[i];
                r.iku_budget = true;
                r.number = ++number;
                r.numbered = r.indicator;
                for (const compute::TujuanResult& tr : p.tujuan) {
                    if (tr.tujuan->kode == s.sasaran->tujuan)
                        r.tujuan = &tr;
                }
                top_level.push_back(rows.size());
                rows.push_back(r);
            }
        }
    } else if (source == "indikator_tujuan") {
        for (const compute::TujuanResult& tr : p.tujuan) {
            for (std::size_t i : tr.indicators) {
                RowContext r;
                r.tujuan = &tr;
                r.indicator = &p.indicators[i];
                r.number = ++number;
                r.numbered = r.indicator;
                top_level.push_back(rows.size());
                rows.push_back(r);
            }
        }
    } else if (source == "sasaran") {
        for (const compute::SasaranResult& s : p.sasaran) {
            RowContext r;
            r.sasaran = &s;
            r.number = ++number;
            r.numbered = &s;
            top_level.push_back(rows.size());
            rows.push_back(r);
        }
    } else if (source == "program") {
        for (const compute::ProgramResult& pr : p.programs) {
            top_level.push_back(rows.size());
            add_program_rows(rows, p, pr, ++number, "");
        }
    } else if (source == "anggaran" || (source == "anggaran_triwulan" && has_budget_quarters(p))) {
        for (std::size_t k = 0; k < p.budget.programs.size(); ++k) {
            top_level.push_back(rows.size());
            add_budget_subtree(rows, p, p.budget.programs[k], 0, number, &p.programs[k]);
        }
    } else if (source == "indikator_kegiatan") {
        for (std::size_t program : p.budget.programs)
            add_activity_indicator_rows(rows, top_level, p, program, 0, number);
    } else if (source == "belanja") {
        for (const model::Belanja& b : p.opd->belanja) {
            RowContext r;
            r.belanja = &b;
            r.amounts = rules::belanja_amounts({b});
            r.number = ++number;
            r.numbered = &b;
            top_level.push_back(rows.size());
            rows.push_back(r);
        }
    } else if (source == "kinerja_anggaran") {
        for (const compute::TujuanResult& tr : p.tujuan) {
            RowContext head;
            head.tujuan = &tr;
            head.heading = "Tujuan";
            head.heading_object = &tr;
            head.role = table::RowRole::Group;
            if (tr.indicators.empty()) {
                rows.push_back(head);
            }
            for (std::size_t i : tr.indicators) {
                RowContext r = head;
                r.indicator = &p.indicators[i];
                rows.push_back(r);
            }
            for (std::size_t si : tr.sasaran) {
                const compute::SasaranResult& s = p.sasaran[si];
                RowContext sh;
                sh.tujuan = &tr;
                sh.sasaran = &s;
                sh.heading = "Sasaran";
                sh.heading_object = &s;
                if (s.iku.empty())
                    rows.push_back(sh);
                for (std::size_t i : s.iku) {
                    RowContext r = sh;
                    r.indicator = &p.indicators[i];
                    rows.push_back(r);
                }
                for (const compute::ProgramResult& pr : p.programs) {
                    if (p.budget.nodes[pr.node].item->sasaran != s.sasaran->kode)
                        continue;
                    top_level.push_back(rows.size());
                    add_program_rows(rows, p, pr, 0, "Program");
                }
            }
        }
        // Programs that name no sasaran of this OPD still carry budget: list them at the end.
        for (const compute::ProgramResult& pr : p.programs) {
            if (!sasaran_of_program(p, p.budget.nodes[pr.node])) {
                top_level.push_back(rows.size());
                add_program_rows(rows, p, pr, 0, "Program");
            }
        }
    } else if (source == "tetap") {
        for (const FixedRowTemplate& f : t.baris_tetap) {
            RowContext r;
            r.fixed = &f;
            r.number = ++number;
            r.numbered = &f;
            rows.push_back(r);
        }
    }
    // A Jumlah row of nothing would print zeros (or, for belanja, the program totals) as if reported.
    if (t.jumlah && !top_level.empty()) {
        RowContext total;
        if (source == "belanja")
            total.amounts = rules::belanja_amounts(p.opd->belanja);
        total.total = true;
        total.role = table::RowRole::Total;
        total.children = top_level;
        rows.push_back(total);
    }
    return rows;
}

bool left_out_when_empty(const std::string& source) {
    return source == "indikator_kegiatan" || source == "iku_triwulan" || source == "anggaran_triwulan";
}

std::string why_no_rows(const std::string& source, const compute::Performance& p) {
    if (source == "belanja" && p.opd->belanja.empty())
        return "Tidak ada data belanja menurut jenisnya (belanja.csv tidak ada atau tanpa baris): tabel ini "
               "tidak diisi, dan jumlah program tidak dicetak sebagai belanja.";
    if ((source == "anggaran" || source == "program") && p.opd->budget.empty())
        return "Tidak ada data anggaran (anggaran.csv tidak ada atau tanpa baris): tabel ini tidak diisi; "
               "anggaran yang tidak dilaporkan bukan nol rupiah.";
    if (source == "indikator_kegiatan")
        return "Tidak ada indikator kegiatan atau sub kegiatan (indikator.csv dengan induk kode kegiatan "
               "atau "
               "sub kegiatan).";
    if (source == "anggaran_triwulan")
        return "Tidak ada realisasi anggaran per triwulan (anggaran.csv dengan kolom triwulan).";
    if (source == "iku_triwulan")
        return "Tidak ada IKU yang diisi per triwulan (kolom triwulan di realisasi.csv atau "
               "perjanjian_kinerja.csv).";
    if ((source == "iku" || source == "sasaran") && p.sasaran.empty())
        return "Tidak ada sasaran strategis: tabel ini tidak diisi.";
    return "Tidak ada baris untuk tabel ini.";
}

}  // namespace lkjip::report
