#pragma once
// Report models built by hand for the PDF renderer's tests: cell helpers and a small report with a
// two-level header, predikat shading, an n/a cell, a total row, notes and a chart.
#include <string>
#include <utility>

#include "table/table.hpp"

namespace lkjip::test {

using namespace lkjip::table;

inline Cell text(std::string s, Align a = Align::Left) {
    return Cell::of_text(std::move(s), a);
}
inline Cell head(std::string s, int row_span = 1, int col_span = 1) {
    Cell c = Cell::of_text(std::move(s), Align::Center);
    c.row_span = row_span;
    c.col_span = col_span;
    return c;
}
inline Cell covered() {
    Cell c;
    c.covered = true;
    return c;
}
inline Cell percent(double v) {
    return Cell::of_number(v, NumberStyle::Percent);
}
inline Cell decimal(double v) {
    return Cell::of_number(v, NumberStyle::Decimal);
}
inline Cell rupiah(double v) {
    return Cell::of_number(v, NumberStyle::Rupiah, 0);
}
inline Cell rated(std::string label, int band) {
    Cell c = text(std::move(label), Align::Center);
    c.shade = Shade{"predikat", band};
    return c;
}

inline Report report_skeleton() {
    Report r;
    r.title = "Laporan Kinerja Instansi Pemerintah Tahun 2023";
    r.opd = "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian";
    r.pemda = "Kota Dumai";
    r.tahun = 2023;
    r.place_and_date = "Dumai, Januari 2024";
    r.head_title = "Kepala Dinas";
    r.head_name = "Drs. Budi Santoso, M.Si.";
    r.head_rank = "Pembina Utama Muda (IV/c)";
    r.head_nip = "19700101 199503 1 002";
    return r;
}

// A capaian table with a two-level header (a merged "Tahun 2023" over target, realisasi, capaian),
// short texts (one line each, so pdftotext -layout keeps every row on one line), predikat shading, an
// n/a cell, a total row, notes and a column chart.
inline Table capaian_table() {
    Table t;
    t.id = "capaian-iku";
    t.nomor = "3.1";
    t.judul = "Capaian Indikator Kinerja Utama";
    t.orientation = Orientation::Portrait;
    t.columns = {{"no", 4},         {"indikator", 30}, {"target", 10},
                 {"realisasi", 10}, {"capaian", 10},   {"predikat", 14}};
    t.header = {{head("No", 2), head("Indikator", 2), head("Tahun 2023", 1, 3), covered(), covered(),
                 head("Predikat", 2)},
                {covered(), covered(), head("Target"), head("Realisasi"), head("Capaian"), covered()}};
    t.rows.push_back(Row{RowRole::Data,
                         {text("1"), text("Koperasi aktif"), decimal(85), decimal(78.47), percent(92.3241),
                          rated("Sangat Tinggi", 0)}});
    t.rows.push_back(Row{RowRole::Data,
                         {text("2"), text("Kafé ≥ 100% – ≤ 50%"), decimal(70), decimal(49.0), percent(70.0),
                          rated("Sedang", 2)}});
    t.rows.push_back(Row{RowRole::Data,
                         {text("3"), text("Nilai SAKIP"), decimal(80), Cell::not_available("belum ada data"),
                          Cell::not_available("belum ada data"), text("")}});
    t.rows.push_back(
        Row{RowRole::Total,
            {head("Rata-rata", 1, 4), covered(), covered(), covered(), percent(81.16), rated("Tinggi", 1)}});
    t.notes = {"Capaian = realisasi / target × 100%."};
    Chart chart;
    chart.kind = ChartKind::Column;
    chart.title = "Grafik Capaian IKU";
    chart.category_column = 1;
    chart.value_columns = {4};
    chart.rows = {0, 1, 2};
    chart.reference = 100;
    chart.reference_label = "Target 100%";
    t.charts.push_back(chart);
    return t;
}

inline Table ikhtisar_table() {
    Table t;
    t.id = "ikhtisar";
    t.nomor = "1.1";
    t.judul = "Ikhtisar Kinerja";
    t.orientation = Orientation::Portrait;
    t.columns = {{"uraian", 40}, {"nilai", 20}};
    t.header = {{head("Uraian"), head("Nilai")}};
    t.rows.push_back(Row{RowRole::Data, {text("Capaian rata-rata"), percent(81.16)}});
    t.rows.push_back(Row{RowRole::Data, {text("Pagu anggaran"), rupiah(6210455282.0)}});
    return t;
}

inline Report sample_report() {
    Report r = report_skeleton();
    r.tables = {ikhtisar_table(), capaian_table()};
    return r;
}

}  // namespace lkjip::test
