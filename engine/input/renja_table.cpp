#include "input/renja_table.hpp"

#include <map>

#include "input/csv_table_reader.hpp"
#include "input/input_tables.hpp"

namespace lkjip::input {

void read_evaluasi_renja(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    CsvTableReader r(table, column_specs(input_table("evaluasi_renja.csv")), ctx.diagnostics);
    if (!r.usable())
        return;
    std::map<std::string, std::size_t> line_of;
    for (const CsvRow& row : table.rows) {
        model::RenjaEntry e;
        e.where = r.where(row);
        e.kode = r.required_text(row, "kode");
        if (e.kode.empty())
            continue;
        if (!opd.find_budget_item(e.kode)) {
            r.error(
                row, "kode",
                "kode \"" + e.kode + "\" tidak ada di anggaran.csv (program, kegiatan atau sub kegiatan)");
            continue;
        }
        if (auto [it, inserted] = line_of.emplace(e.kode, row.line); !inserted) {
            r.error(row, "kode",
                    "kode \"" + e.kode + "\" ganda (sudah ada di baris " + std::to_string(it->second) + ")");
            continue;
        }
        e.pagu_renstra = r.rupiah(row, "pagu_renstra");
        e.realisasi_renstra_lalu = r.rupiah(row, "realisasi_renstra_lalu");
        if (e.pagu_renstra && e.realisasi_renstra_lalu && *e.realisasi_renstra_lalu > *e.pagu_renstra)
            r.warning(row, "realisasi_renstra_lalu",
                      "realisasi Renstra sampai tahun lalu melebihi anggaran Renstra seluruh periode");
        e.unit = r.text(row, "unit");
        e.keterangan = r.text(row, "keterangan");
        opd.renja.push_back(std::move(e));
    }
}

}  // namespace lkjip::input
