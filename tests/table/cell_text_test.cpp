#include "table/cell_text.hpp"

#include <doctest/doctest.h>

#include "table/table_text.hpp"

using lkjip::table::Cell;
using lkjip::table::display_text;
using lkjip::table::NumberStyle;
using lkjip::table::spreadsheet_format;

TEST_CASE("cells read as an Indonesian report prints them, rounded half up for display only") {
    CHECK(display_text(Cell::of_number(49.175, NumberStyle::Percent)) == "49,18%");
    CHECK(display_text(Cell::of_number(8729827382.0, NumberStyle::Rupiah, 0)) == "8.729.827.382");
    CHECK(display_text(Cell::of_number(5123456789012.0, NumberStyle::Rupiah, 0)) == "5.123.456.789.012");
    CHECK(display_text(Cell::of_number(70.58, NumberStyle::Decimal, 2)) == "70,58");
    CHECK(display_text(Cell::of_number(45, NumberStyle::Decimal, 0)) == "45");
    CHECK(display_text(Cell::of_number(1.02424, NumberStyle::Index, 4)) == "1,0242");
    CHECK(display_text(Cell::of_number(2023, NumberStyle::Year, 0)) == "2023");
    CHECK(display_text(Cell::not_available("target 0")) == "n/a");
    CHECK(display_text(Cell::empty()).empty());
}

TEST_CASE("spreadsheet formats show the same digits") {
    CHECK(spreadsheet_format(NumberStyle::Percent, 2) == "#,##0.00\"%\"");
    CHECK(spreadsheet_format(NumberStyle::Rupiah, 0) == "#,##0");
    CHECK(spreadsheet_format(NumberStyle::Decimal, 0) == "#,##0");
    CHECK(spreadsheet_format(NumberStyle::Index, 4) == "#,##0.0000");
    CHECK(spreadsheet_format(NumberStyle::Year, 0) == "0");
}

TEST_CASE("the text dump marks merged cells, formulas, n/a reasons and shading") {
    lkjip::table::Table t;
    t.nomor = "1";
    t.judul = "Uji";
    t.sheet_name = "Uji";
    t.columns.resize(3);
    Cell group = Cell::of_text("Grup");
    group.col_span = 2;
    Cell covered;
    covered.covered = true;
    t.header = {{group, covered, Cell::of_text("C")}};
    Cell f = Cell::of_number(50, NumberStyle::Percent);
    f.formula = lkjip::formula::ref(0, 1);
    Cell shaded = Cell::of_text("Tinggi");
    shaded.shade = {"predikat", 1, 5};
    t.rows = {{lkjip::table::RowRole::Data, {Cell::not_available("target 0"), f, shaded}}};
    CHECK(lkjip::table::to_text(t) ==
          "Tabel 1  Uji\nlembar: Uji; lanskap\njudul: Grup | < | C\n"
          "baris: n/a (target 0) | 50,00% [={R0C1}] | Tinggi #predikat1\n");
}

TEST_CASE("a cell is cut to its decimals by its own rounding (tampilan.pembulatan)") {
    Cell half_up = Cell::of_number(49.1790, NumberStyle::Percent, 2);
    CHECK(display_text(half_up) == "49,18%");
    Cell truncated = half_up;
    truncated.rounding = lkjip::format::Rounding::Truncate;
    CHECK(display_text(truncated) == "49,17%");
    Cell three = Cell::of_number(70.7516, NumberStyle::Percent, 3);
    CHECK(display_text(three) == "70,752%");
    Cell index = Cell::of_number(1.024289, NumberStyle::Index, 4);
    index.rounding = lkjip::format::Rounding::Truncate;
    CHECK(display_text(index) == "1,0242");
    Cell decimal = Cell::of_number(0.0189, NumberStyle::Decimal, 4);
    CHECK(display_text(decimal) == "0,0189");
}
