#include "report/batch_recap.hpp"

#include <algorithm>

namespace lkjip::report {

namespace {

using table::Cell;

Cell money(const std::optional<std::int64_t>& v) {
    return v ? Cell::of_number(static_cast<double>(*v), table::NumberStyle::Rupiah, 0)
             : Cell::not_available("");
}

Cell percent(const std::optional<double>& v) {
    return v ? Cell::of_number(*v, table::NumberStyle::Percent, 2) : Cell::not_available("");
}

Cell count(std::size_t n) {
    Cell c = Cell::of_number(static_cast<double>(n), table::NumberStyle::Integer, 0);
    c.align = table::Align::Center;
    return c;
}

}  // namespace

std::string input_warning_text(std::size_t n) {
    return n == 0 ? "" : std::to_string(n) + " peringatan pada masukan (lihat lkjip check/audit)";
}

std::vector<BatchResult> sorted_for_recap(std::vector<BatchResult> results) {
    std::stable_sort(results.begin(), results.end(), [](const BatchResult& a, const BatchResult& b) {
        const int ra = a.ok ? (a.capaian ? 0 : 1) : 2;
        const int rb = b.ok ? (b.capaian ? 0 : 1) : 2;
        if (ra != rb)
            return ra < rb;
        return ra == 0 && *a.capaian > *b.capaian;
    });
    return results;
}

table::Report batch_recap(const std::vector<BatchResult>& sorted, bool audited) {
    table::Report report;
    report.title = "Rekapitulasi Kinerja Perangkat Daerah";
    // The year and pemda go in the title only when every folder shares them.
    int tahun = 0;
    std::string pemda;
    bool first = true;
    for (const BatchResult& r : sorted) {
        if (!r.ok)
            continue;
        if (first) {
            tahun = r.tahun;
            pemda = r.pemda;
            first = false;
        } else {
            tahun = r.tahun == tahun ? tahun : 0;
            pemda = r.pemda == pemda ? pemda : "";
        }
    }
    report.tahun = tahun;
    report.opd = "Rekapitulasi " + std::to_string(sorted.size()) + " perangkat daerah";
    report.pemda = pemda;
    if (tahun > 0)
        report.title += " Tahun " + std::to_string(tahun);

    table::Table t;
    t.id = "rekap";
    t.nomor = "R";
    t.judul = report.title + (pemda.empty() ? "" : " " + pemda);
    t.sheet_name = "Rekap";
    t.orientation = table::Orientation::Landscape;
    // "Masukan": a folder or an input workbook (lkjip init --xlsx).
    std::vector<std::string> titles = {"No",          "Perangkat Daerah", "Masukan",
                                       "Capaian (%)", "Predikat",         "Atribut",
                                       "Pagu (Rp)",   "Realisasi (Rp)",   "Serapan (%)"};
    t.columns = {{"nomor", 5},     {"opd", 34},     {"folder", 16}, {"capaian", 11},
                 {"predikat", 14}, {"atribut", 15}, {"pagu", 17},   {"realisasi_anggaran", 17},
                 {"serapan", 11}};
    if (audited) {
        for (const char* s : {"Galat", "Pembulatan", "Peringatan"}) {
            titles.emplace_back(s);
            t.columns.push_back({s, 10});
        }
    }
    titles.emplace_back("Keterangan");
    t.columns.push_back({"keterangan", 36});
    std::vector<Cell> header;
    for (const std::string& title : titles) {
        Cell c = Cell::of_text(title, table::Align::Center);
        c.bold = true;
        header.push_back(c);
    }
    t.header = {header};
    int number = 0;
    // A recap holds a row per folder: each row's cells are allocated once, at their final size (grown by
    // insert and push_back, a row had room for 18 cells; a batch of 1,000 OPDs spent 3 MiB on them).
    t.rows.reserve(sorted.size());
    for (const BatchResult& r : sorted) {
        Cell no = Cell::of_number(++number, table::NumberStyle::Integer, 0);
        no.align = table::Align::Center;
        std::vector<Cell> row;
        row.reserve(t.columns.size());
        row.insert(row.end(), {no, Cell::of_text(r.ok ? r.opd : ""), Cell::of_text(r.folder)});
        if (r.ok) {
            row.insert(row.end(), {percent(r.capaian), Cell::of_text(r.predikat, table::Align::Center),
                                   Cell::of_text(r.atribut, table::Align::Center), money(r.pagu),
                                   money(r.realisasi), percent(r.serapan)});
            if (audited)
                row.insert(row.end(), {count(r.galat), count(r.pembulatan), count(r.peringatan)});
            row.push_back(Cell::of_text(input_warning_text(r.input_warnings)));
        } else {
            for (std::size_t k = 0; k < 6 + (audited ? 3u : 0u); ++k)
                row.push_back(Cell::empty());
            row.push_back(Cell::of_text("gagal: " + r.error));
        }
        t.rows.push_back({table::RowRole::Data, std::move(row)});
    }
    t.notes.push_back(
        "Urut menurut capaian kinerja tertinggi; masukan (folder atau buku kerja) yang gagal dibaca ada di "
        "akhir dengan masalah pertamanya (jalankan lkjip check pada masukan itu untuk daftar lengkap).");
    // A chart helps up to a few dozen OPDs; beyond that the table reads better.
    std::vector<std::size_t> charted;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        if (sorted[i].ok && sorted[i].capaian)
            charted.push_back(i);
    }
    if (!charted.empty() && charted.size() <= 60) {
        table::Chart c;
        c.kind = table::ChartKind::Bar;
        c.title = "Capaian kinerja per perangkat daerah";
        c.category_column = 1;
        c.value_columns = {3};
        c.rows = charted;
        c.reference = 100.0;
        c.reference_label = "100%";
        c.y_axis_title = "Capaian (%)";
        t.charts.push_back(c);
    }
    report.tables.push_back(std::move(t));
    return report;
}

}  // namespace lkjip::report
