#include "core/cell_reference.hpp"

#include <doctest/doctest.h>

using namespace lkjip;

TEST_CASE("column letters and cell references") {
    CHECK(column_letters(1) == "A");
    CHECK(column_letters(26) == "Z");
    CHECK(column_letters(27) == "AA");
    CHECK(column_letters(52) == "AZ");
    CHECK(column_letters(702) == "ZZ");
    CHECK(column_letters(703) == "AAA");
    CHECK(column_letters(16384) == "XFD");
    CHECK(column_letters(0) == "");
    CHECK(cell_reference(7, 4) == "D7");
    CHECK(cell_reference(1048576, 16384) == "XFD1048576");
}

TEST_CASE("sheet references in Excel's syntax, quoted only where Excel quotes") {
    CHECK(sheet_cell_reference("IKU", 7, 4) == "IKU!D7");
    CHECK(sheet_cell_reference("Data_2023", 1, 1) == "Data_2023!A1");
    CHECK(sheet_cell_reference("Angka tercetak", 7, 4) == "'Angka tercetak'!D7");
    CHECK(sheet_cell_reference("Dinas's", 1, 2) == "'Dinas''s'!B1");
    CHECK(sheet_cell_reference("2023", 1, 1) == "'2023'!A1");
    CHECK(sheet_cell_reference("3.1.1 Capaian", 1, 1) == "'3.1.1 Capaian'!A1");
    CHECK(sheet_cell_reference("Realisasi-Anggaran", 1, 1) == "'Realisasi-Anggaran'!A1");
    CHECK(sheet_cell_reference("Év", 1, 1) == "'Év'!A1");
    CHECK(sheet_cell_reference("", 1, 1) == "''!A1");
    // Names Excel could read as a reference by themselves.
    CHECK(sheet_cell_reference("IKU1", 1, 1) == "'IKU1'!A1");
    CHECK(sheet_cell_reference("a1", 1, 1) == "'a1'!A1");
    CHECK(sheet_cell_reference("R1C1", 1, 1) == "'R1C1'!A1");
    CHECK(sheet_cell_reference("R", 1, 1) == "'R'!A1");
    CHECK(sheet_cell_reference("c", 1, 1) == "'c'!A1");
    CHECK(sheet_cell_reference("RC", 1, 1) == "'RC'!A1");
    CHECK(sheet_cell_reference("XFE1", 1, 1) == "XFE1!A1");  // beyond the last column: a plain name
    CHECK(sheet_cell_reference("IKU1048577", 1, 1) == "IKU1048577!A1");
    CHECK(sheet_cell_reference("Rekap", 1, 1) == "Rekap!A1");
    CHECK(sheet_cell_reference("RCX", 1, 1) == "RCX!A1");
}

TEST_CASE("cell references are parsed strictly") {
    const auto d7 = parse_cell_reference("D7");
    REQUIRE(d7);
    CHECK(d7->row == 7);
    CHECK(d7->column == 4);
    const auto last = parse_cell_reference("XFD1048576");
    REQUIRE(last);
    CHECK(last->column == 16384);
    CHECK(last->row == 1048576);
    const auto beyond = parse_cell_reference("ZZZ9999999");  // syntax fine; the caller checks bounds
    REQUIRE(beyond);
    CHECK(beyond->column == 18278);
    for (const char* bad :
         {"", "D", "7", "d7", "$D$7", "D07", "D0", "D7 ", " D7", "ABCD1", "D12345678", "D-1", "D+1"})
        CHECK_MESSAGE(!parse_cell_reference(bad), bad);
    CHECK(parse_row_number("1048576") == 1048576u);
    CHECK_FALSE(parse_row_number("0"));
    CHECK_FALSE(parse_row_number("01"));
    CHECK_FALSE(parse_row_number("12345678"));
    CHECK_FALSE(parse_row_number("1.0"));
}
