#pragma once
// A report table as its template file describes it (templates/laporan/*.json): number, title, where the
// rows come from, the column tree and what each column shows. Read by input/template_reader, turned into a
// table::Table by report/table_builder. Plain data: no rule lives here, and no reader: its own folder, so
// that input/ (which reads it) and report/ (which builds from it) depend on it and not on each other.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "table/table.hpp"

namespace lkjip::templates {

struct ColumnTemplate {
    std::string judul;         // header text; "{tahun}" is the column's year
    std::string isi;           // field shown (see report/fields.hpp); empty for a group of columns
    std::optional<int> tahun;  // year offset from N ("N-1" -> -1); inherited by child columns
    // 1..4: the field's value of that quarter (TW I..IV; `realisasi` shows the quantity realisasi_tw2), for
    // a field with quarterly values (report/fields.hpp has_quarterly_value). Inherited by child columns.
    std::optional<int> triwulan;
    double lebar = 0;                   // width in characters; 0 = the field's default
    std::vector<ColumnTemplate> kolom;  // child columns under a grouped header
    SourceLocation where;
};

// A row of a table whose rows are listed in the template (the Ikhtisar): a label and one field.
struct FixedRowTemplate {
    std::string label;
    std::string isi;
    SourceLocation where;
};

struct ChartTemplate {
    table::ChartKind jenis = table::ChartKind::Column;
    std::string judul;
    std::string kategori;            // field of the category column
    std::vector<std::string> nilai;  // fields of the value columns
    std::optional<double> garis_acuan;
    std::string label_acuan;
    std::string judul_sumbu;
    SourceLocation where;
};

struct TableTemplate {
    std::string file;  // for messages
    std::string nama;  // file name without extension: the table's id
    std::string nomor;
    std::string judul;
    std::string lembar;  // sheet name; "{nomor}" allowed
    table::Orientation orientasi = table::Orientation::Landscape;
    std::string baris;  // row source (see report/row_source.hpp)
    SourceLocation baris_where;
    std::vector<ColumnTemplate> kolom;
    std::vector<FixedRowTemplate> baris_tetap;
    bool jumlah = false;  // add a total row
    std::vector<std::string> catatan;
    std::vector<ChartTemplate> grafik;
};

}  // namespace lkjip::templates

// The report builds tables from these: the names it has always used.
namespace lkjip::report {
using templates::ChartTemplate;
using templates::ColumnTemplate;
using templates::FixedRowTemplate;
using templates::TableTemplate;
}  // namespace lkjip::report
