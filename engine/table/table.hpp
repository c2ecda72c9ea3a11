#pragma once
// The renderer-neutral report table: what the rules computed, laid out as an LKjIP table (header rows with
// spans, typed body cells, merged group cells, notes, charts), with no idea of XLSX or PDF. Report tables
// are built from templates (report/); renderers (render/xlsx, render/pdf) only draw this model.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/formula.hpp"
#include "core/number_format.hpp"

namespace lkjip::table {

// How a number reads. Every style rounds (Cell::rounding) for display only; the cell keeps full precision.
enum class NumberStyle {
    Decimal,  // "70,58"            (decimals from the cell)
    Percent,  // "92,32%"           percentage points: 92.32 means 92,32 %
    Rupiah,   // "6.210.455.282"    whole rupiah
    Integer,  // "1.250"            counts
    Index,    // "1,0242"           efficiency as an index
    Year,     // "2023"             no grouping
};

enum class Align { Left, Center, Right };

// A cell's role in the colour scheme: the renderer maps it to a fill. `band` carries the label so that
// predikat cells are coloured by their band ("Sangat Tinggi" ...), in the order of the scale.
struct Shade {
    std::string scale;  // "predikat", "atribut", "efisiensi" or "" for none
    int band = -1;      // index of the band in its scale, 0 = best
    int bands = 0;      // how many bands the scale has, so a renderer can spread a palette over them

    // The entry of a best-to-worst palette of `size` colours for this band, spread so that the worst band
    // of any scale takes the last colour; -1 when the cell is not shaded.
    int palette_index(int size) const {
        if (scale.empty() || band < 0 || size <= 0)
            return -1;
        const int i =
            bands > 1 ? (band * (size - 1) + (bands - 1) / 2) / (bands - 1) : (bands == 1 ? 0 : band);
        return i < size ? i : size - 1;
    }
};

struct Cell {
    enum class Kind { Empty, Text, Number, NotAvailable };
    Kind kind = Kind::Empty;
    std::string text;     // Text: the text; NotAvailable: why the value is n/a (shown as a note/comment)
    double number = 0.0;  // Number: full precision
    NumberStyle style = NumberStyle::Decimal;
    int decimals = 2;
    // How the number is cut to `decimals` for display (tampilan.pembulatan); the value keeps full precision.
    format::Rounding rounding = format::Rounding::HalfUp;
    // A spreadsheet formula that recomputes the value from other cells of the same table, its references
    // being body rows and columns (0-based), built by the rule that computed the value (rules/). The XLSX
    // renderer writes it with A1 references and stores `number`/`text` as the cached result; the PDF renderer
    // ignores it. Absent when the value is not a formula (primary data, labels).
    std::optional<formula::Expr> formula;
    Align align = Align::Left;
    bool bold = false;
    int indent = 0;  // nesting level shown by indentation (kegiatan 1, sub kegiatan 2)
    Shade shade;
    // Spans: the top-left cell of a merged block carries them; the cells it covers are `covered`.
    int row_span = 1;
    int col_span = 1;
    bool covered = false;

    static Cell empty() { return Cell{}; }
    static Cell of_text(std::string t, Align a = Align::Left) {
        Cell c;
        c.kind = Kind::Text;
        c.text = std::move(t);
        c.align = a;
        return c;
    }
    static Cell of_number(double v, NumberStyle s, int decimals = 2) {
        Cell c;
        c.kind = Kind::Number;
        c.number = v;
        c.style = s;
        c.decimals = decimals;
        c.align = Align::Right;
        return c;
    }
    static Cell not_available(std::string reason) {
        Cell c;
        c.kind = Kind::NotAvailable;
        c.text = std::move(reason);
        c.align = Align::Center;
        return c;
    }
};

// Rows of the body. Group rows (a sasaran over its IKU, a program over its kegiatan) and total rows are
// drawn bold; the renderers never split a row across pages.
enum class RowRole { Data, Group, Total };

struct Row {
    RowRole role = RowRole::Data;
    std::vector<Cell> cells;  // one per column
};

struct Column {
    std::string id;     // the template's column id (field name), for charts and tests
    double width = 12;  // in characters of the body font, as spreadsheets measure it
    Align align = Align::Left;
};

enum class Orientation { Portrait, Landscape };

enum class ChartKind { Column, Bar };

// A chart over body rows: categories from one column, one series per value column.
struct Chart {
    ChartKind kind = ChartKind::Column;
    std::string title;
    std::size_t category_column = 0;
    std::vector<std::size_t> value_columns;
    std::vector<std::size_t> rows;    // body rows charted (data rows with a value)
    std::optional<double> reference;  // a line drawn across, e.g. 100 (%)
    std::string reference_label;      // "Target 100%"
    std::string y_axis_title;
};

struct Table {
    std::string id;          // template name, e.g. "capaian-iku"
    std::string nomor;       // "3.1"
    std::string judul;       // "Capaian Indikator Kinerja Utama Tahun 2023"
    std::string sheet_name;  // valid sheet name, at most 31 characters, unique in the workbook
    Orientation orientation = Orientation::Landscape;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> header;  // header rows; text cells with spans, one cell per column
    std::vector<Row> rows;
    std::vector<std::string> notes;  // footnotes printed under the table
    std::vector<Chart> charts;

    std::size_t column_count() const { return columns.size(); }
};

// The whole report: tables in order, and what the cover, footer and signature need.
struct Report {
    std::string title;           // "Laporan Kinerja Instansi Pemerintah Tahun 2023"
    std::string opd;             // "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian"
    std::string pemda;           // "Kota Dumai"
    int tahun = 0;               // 0: no single year (a batch recap of OPDs reporting different years)
    std::string place_and_date;  // "Dumai, Januari 2024"
    std::string head_title;      // jabatan: "Kepala Dinas Koperasi ..."
    std::string head_name;
    std::string head_rank;  // pangkat
    std::string head_nip;
    std::vector<std::string> cover_lines;  // extra lines for the cover, e.g. the pemda
    std::vector<Table> tables;             // the Ikhtisar (summary) first

    // " 2023", or nothing when there is no single year: for "LKjIP 2023", "Tahun 2023".
    std::string year_suffix() const { return tahun > 0 ? " " + std::to_string(tahun) : std::string(); }
};

}  // namespace lkjip::table
