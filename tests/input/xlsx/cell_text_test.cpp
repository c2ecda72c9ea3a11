#include "input/xlsx/cell_text.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace lkjip::input::xlsx;

TEST_CASE("stored numbers are read locale-free and strictly") {
    CHECK(parse_stored_number("70.58") == 70.58);
    CHECK(parse_stored_number("-3") == -3.0);
    CHECK(parse_stored_number("1.0000000000000001E-5") == 1.0000000000000001E-5);
    CHECK(parse_stored_number("1e3") == 1000.0);
    CHECK_FALSE(parse_stored_number(""));
    CHECK_FALSE(parse_stored_number("70,58"));
    CHECK_FALSE(parse_stored_number(" 1"));
    CHECK_FALSE(parse_stored_number("1 "));
    CHECK_FALSE(parse_stored_number("+1"));
    CHECK_FALSE(parse_stored_number("abc"));
    CHECK_FALSE(parse_stored_number("inf"));
    CHECK_FALSE(parse_stored_number("nan"));
    CHECK_FALSE(parse_stored_number("1e400"));
    CHECK_FALSE(parse_stored_number("0x10"));
}

TEST_CASE("numbers in Indonesian notation, full precision, never an exponent") {
    CHECK(number_text(70.58) == "70,58");
    CHECK(number_text(8729827382.0) == "8729827382");
    CHECK(number_text(1e-7) == "0,0000001");
    CHECK(number_text(-3.5) == "-3,5");
    CHECK(number_text(2023) == "2023");
    CHECK(number_text(0.70579999999999998) == "0,7058");  // what Excel writes for 0,7058
    CHECK(number_text(65.16129032258065) == "65,16129032258065");
    CHECK(number_text(1.2345678901234568e20) == "123456789012345680000");
    CHECK(number_text(0.1 + 0.2) == "0,30000000000000004");
    CHECK(number_text(0.0) == "0");
    CHECK(number_text(-0.0) == "0");
    CHECK(number_text(5e-324).size() == 326);  // "0," and 323 zeros and "5"
}

TEST_CASE("percentages move the decimal point on the digits, not in binary") {
    CHECK(percent_text(0.7058) == "70,58 %");
    CHECK(percent_text(1) == "100 %");
    CHECK(percent_text(0.000123) == "0,0123 %");
    CHECK(percent_text(-0.5) == "-50 %");
    CHECK(percent_text(0.5) == "50 %");
    CHECK(percent_text(0.05) == "5 %");
    CHECK(percent_text(12.3) == "1230 %");
    CHECK(percent_text(0.123456789) == "12,3456789 %");
    CHECK(percent_text(0.07) == "7 %");  // 0.07 * 100 is 7.000000000000001 in binary
    CHECK(percent_text(0) == "0 %");
    CHECK(percent_text(-0.0) == "0 %");
    CHECK(percent_text(1e-7) == "0,00001 %");
}

TEST_CASE("date serials in the 1900 system, with Excel's 29 February 1900") {
    CHECK(serial_date_text(45291, false) == "2023-12-31");
    CHECK(serial_date_text(45000, false) == "2023-03-15");
    CHECK(serial_date_text(1, false) == "1900-01-01");
    CHECK(serial_date_text(59, false) == "1900-02-28");
    CHECK(serial_date_text(60, false) == "1900-02-29");
    CHECK(serial_date_text(60.5, false) == "1900-02-29 12:00:00");
    CHECK(serial_date_text(61, false) == "1900-03-01");
    CHECK(serial_date_text(0, false) == "1899-12-31");
    CHECK(serial_date_text(2958465, false) == "9999-12-31");
    CHECK(serial_date_text(2958465.5, false) == "9999-12-31 12:00:00");
    CHECK(serial_date_text(45291.5, false) == "2023-12-31 12:00:00");
    CHECK(serial_date_text(45291.75001, false) == "2023-12-31 18:00:01");  // 18:00:00,864 rounded
    CHECK(serial_date_text(45291.999999, false) == "2024-01-01");          // 23:59:59,9136 rounded
    CHECK(serial_date_text(45291.00000001, false) == "2023-12-31");
    CHECK(serial_date_text(0.25, false) == "1899-12-31 06:00:00");
    CHECK_FALSE(serial_date_text(-1, false));
    CHECK_FALSE(serial_date_text(-0.0001, false));
    CHECK_FALSE(serial_date_text(2958466, false));
    CHECK_FALSE(serial_date_text(2958465.99999999, false));  // rounds to 10000-01-01
    CHECK_FALSE(serial_date_text(1e300, false));
}

TEST_CASE("date serials in the 1904 system") {
    CHECK(serial_date_text(0, true) == "1904-01-01");
    CHECK(serial_date_text(43829, true) == "2023-12-31");
    CHECK(serial_date_text(43829.25, true) == "2023-12-31 06:00:00");
    CHECK(serial_date_text(2957003, true) == "9999-12-31");
    CHECK_FALSE(serial_date_text(2957004, true));
    CHECK_FALSE(serial_date_text(-1, true));
}

TEST_CASE("ISO dates of t=\"d\" cells") {
    CHECK(iso_date_text("2023-12-31") == "2023-12-31");
    CHECK(iso_date_text("2023-12-31T00:00:00") == "2023-12-31");
    CHECK(iso_date_text("2023-12-31T08:30:00") == "2023-12-31 08:30:00");
    CHECK(iso_date_text("2023-12-31T08:30") == "2023-12-31 08:30:00");
    CHECK(iso_date_text("2023-12-31T08:30:15.400Z") == "2023-12-31 08:30:15");
    CHECK(iso_date_text("2023-12-31T08:30:15.5+07:00") == "2023-12-31 08:30:16");
    CHECK(iso_date_text("2023-12-31T23:59:59.6") == "2024-01-01");
    CHECK(iso_date_text("2024-02-29") == "2024-02-29");
    CHECK_FALSE(iso_date_text("2023-02-29"));
    CHECK_FALSE(iso_date_text("2023-13-01"));
    CHECK_FALSE(iso_date_text("2023-12-31T24:00:00"));
    CHECK_FALSE(iso_date_text("2023-12-31T12:60"));
    CHECK_FALSE(iso_date_text("2023-12-31T12:00:00."));
    CHECK_FALSE(iso_date_text("2023-12-31 12:00"));
    CHECK_FALSE(iso_date_text("31-12-2023"));
    CHECK_FALSE(iso_date_text("2023-12-3"));
    CHECK_FALSE(iso_date_text("2023-12-31Z"));
    CHECK_FALSE(iso_date_text(""));
}

TEST_CASE("Excel's _xHHHH_ escapes are decoded") {
    CHECK(decode_escapes("Baris1_x000D_\nBaris2") == "Baris1\r\nBaris2");
    CHECK(decode_escapes("_x005F_x000D_") == "_x000D_");
    CHECK(decode_escapes("a_x0009_b") == "a\tb");
    CHECK(decode_escapes("_x00e9_") == "\xC3\xA9");                 // é, lower-case hex
    CHECK(decode_escapes("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");  // a surrogate pair: U+1F600
    CHECK(decode_escapes("_xD83D_") == "_xD83D_");                  // a lone surrogate stays as written
    CHECK(decode_escapes("_xDE00_x") == "_xDE00_x");
    CHECK(decode_escapes("_x00D_") == "_x00D_");
    CHECK(decode_escapes("_X000D_") == "_X000D_");
    CHECK(decode_escapes("_x000G_") == "_x000G_");
    CHECK(decode_escapes("nama_kolom_x") == "nama_kolom_x");
    CHECK(decode_escapes("") == "");
}
