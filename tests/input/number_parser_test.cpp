#include "input/number_parser.hpp"

#include <cmath>

#include <doctest/doctest.h>

using lkjip::input::parse_decimal;
using lkjip::input::parse_rupiah;
using lkjip::input::parse_target;
using lkjip::input::ParseStatus;
using lkjip::input::TargetParse;

namespace {

void check_decimal(std::string_view text, double value, int decimals) {
    INFO("teks: \"", std::string(text), "\"");
    const auto r = parse_decimal(text);
    REQUIRE(r.status == ParseStatus::Ok);
    CHECK(r.error.empty());
    CHECK(r.value == doctest::Approx(value).epsilon(1e-15));
    CHECK(r.decimals == decimals);
}

void check_decimal_error(std::string_view text, const std::string& message) {
    INFO("teks: \"", std::string(text), "\"");
    const auto r = parse_decimal(text);
    REQUIRE(r.status == ParseStatus::Error);
    CHECK(r.error == message);
}

void check_rupiah(std::string_view text, std::int64_t value) {
    INFO("teks: \"", std::string(text), "\"");
    const auto r = parse_rupiah(text);
    REQUIRE(r.status == ParseStatus::Ok);
    CHECK(r.error.empty());
    CHECK(r.rupiah == value);
}

void check_rupiah_error(std::string_view text, const std::string& message) {
    INFO("teks: \"", std::string(text), "\"");
    const auto r = parse_rupiah(text);
    REQUIRE(r.status == ParseStatus::Error);
    CHECK(r.error == message);
}

}  // namespace

TEST_CASE("parse_decimal accepts the forms spreadsheets write") {
    check_decimal("70,58", 70.58, 2);
    check_decimal("70.58", 70.58, 2);
    check_decimal("4.33", 4.33, 2);
    check_decimal("0.125", 0.125, 3);
    check_decimal("0,125", 0.125, 3);
    check_decimal("45", 45, 0);
    check_decimal("45 %", 45, 0);
    check_decimal("45%", 45, 0);
    check_decimal("92,32 %", 92.32, 2);
    check_decimal("8.729.827.382", 8729827382.0, 0);
    check_decimal("8.729.827.382,5", 8729827382.5, 1);
    check_decimal("1,234.5", 1234.5, 1);
    check_decimal("1.234,5", 1234.5, 1);
    check_decimal("1,234,567", 1234567, 0);
    check_decimal("1,234", 1.234, 3);  // one comma is always the decimal mark
    check_decimal("-3,5", -3.5, 1);
    check_decimal(
        "\xE2\x88\x92"
        "3,5",
        -3.5, 1);  // U+2212 minus
    check_decimal("+3,5", 3.5, 1);
    check_decimal(" 12 ", 12, 0);
    check_decimal("\t12\t", 12, 0);
    check_decimal(
        "\xC2\xA0"
        "12,5\xC2\xA0",
        12.5, 1);
    check_decimal("12,5\xC2\xA0%", 12.5, 1);
    check_decimal("0", 0, 0);
    check_decimal("0,00", 0, 2);
    check_decimal("100,0", 100, 1);
    check_decimal(",5", 0.5, 1);
    check_decimal("007", 7, 0);
    check_decimal("1000000000000000", 1e15, 0);
    check_decimal("-1.000.000.000.000.000", -1e15, 0);
    CHECK_FALSE(std::signbit(parse_decimal("-0").value));
}

TEST_CASE("parse_decimal: blank and a lone dash are missing, not zero") {
    for (std::string_view blank : {"", "   ", "\t", "\xC2\xA0", "-", " - ", "\xE2\x80\x93", "\xE2\x80\x94"}) {
        INFO("teks: \"", std::string(blank), "\"");
        const auto r = parse_decimal(blank);
        CHECK(r.status == ParseStatus::Empty);
        CHECK(r.value == 0.0);
        CHECK(r.error.empty());
    }
}

TEST_CASE("parse_decimal reads a lone separator the Indonesian way, whichever it is") {
    // Issue 15: "1,250" was read as 1,25 while "1.250" was refused. Both now follow the Indonesian
    // convention (comma decimal, dot thousands); a dot is an English decimal point only where it cannot
    // group thousands.
    check_decimal("1,250", 1.25, 3);
    check_decimal("1.250", 1250, 0);
    check_decimal("-12.500 %", -12500, 0);
    check_decimal("5.000", 5000, 0);
    check_decimal("999.999", 999999, 0);
    check_decimal("1234.567", 1234.567, 3);  // a group of four: not thousands
    check_decimal("0.250", 0.25, 3);         // a leading zero groups nothing
    check_decimal(".250", 0.25, 3);
    check_decimal("1.2500", 1.25, 4);
}

TEST_CASE("parse_decimal refuses malformed groups and separators") {
    check_decimal_error("1.25.000", "angka \"1.25.000\" salah: kelompok ribuan harus 3 angka");
    check_decimal_error("1234.567.890", "angka \"1234.567.890\" salah: kelompok ribuan harus 3 angka");
    check_decimal_error("0.125.000", "angka \"0.125.000\" salah: kelompok ribuan harus 3 angka");
    check_decimal_error("1,23,456", "angka \"1,23,456\" salah: kelompok ribuan harus 3 angka");
    check_decimal_error("12.34,5", "angka \"12.34,5\" salah: kelompok ribuan harus 3 angka");
    check_decimal_error("1.234,5,6",
                        "susunan angka \"1.234,5,6\" tidak sah: tanda desimal ',' muncul lebih dari sekali");
    check_decimal_error("12,", "angka \"12,\" tidak lengkap: tidak ada angka setelah tanda desimal");
    check_decimal_error("12.", "angka \"12.\" tidak lengkap: tidak ada angka setelah tanda desimal");
}

TEST_CASE("parse_decimal refuses text and spreadsheet leftovers") {
    check_decimal_error("tujuh puluh", "angka diharapkan, ditemukan \"tujuh puluh\"");
    check_decimal_error("nan", "angka diharapkan, ditemukan \"nan\"");
    check_decimal_error("inf", "angka diharapkan, ditemukan \"inf\"");
    check_decimal_error("-inf", "angka diharapkan, ditemukan \"-inf\"");
    check_decimal_error("12a", "angka diharapkan, ditemukan \"12a\"");
    check_decimal_error("%", "angka diharapkan, ditemukan \"%\"");
    check_decimal_error("45%%", "angka diharapkan, ditemukan \"45%%\"");
    check_decimal_error(".", "angka diharapkan, ditemukan \".\"");
    check_decimal_error("(5)", "angka diharapkan, ditemukan \"(5)\"");
    check_decimal_error("5-", "angka diharapkan, ditemukan \"5-\"");
    check_decimal_error("130. 410.000", "spasi di dalam angka \"130. 410.000\" tidak diterima");
    check_decimal_error("1 250", "spasi di dalam angka \"1 250\" tidak diterima");
    check_decimal_error(
        "1\xC2\xA0"
        "250",
        "spasi di dalam angka \"1\xC2\xA0"
        "250\" tidak diterima");
    check_decimal_error("- 5", "spasi di dalam angka \"- 5\" tidak diterima");
    check_decimal_error("1e5", "notasi eksponen tidak diterima: \"1e5\"; tulis angkanya lengkap");
    check_decimal_error("2,5E-3", "notasi eksponen tidak diterima: \"2,5E-3\"; tulis angkanya lengkap");
    check_decimal_error("--5", "tanda ganda pada angka \"--5\"");
    check_decimal_error("+-5", "tanda ganda pada angka \"+-5\"");
    check_decimal_error("Rp 5.000", "awalan Rp tidak diterima di kolom angka, ditemukan \"Rp 5.000\"");
    check_decimal_error("#DIV/0!", "sel berisi galat spreadsheet #DIV/0!");
    check_decimal_error(" #N/A ", "sel berisi galat spreadsheet #N/A");
    check_decimal_error("#VALUE!", "sel berisi galat spreadsheet #VALUE!");
    check_decimal_error("#REF!", "sel berisi galat spreadsheet #REF!");
    check_decimal_error("#NAME?", "sel berisi galat spreadsheet #NAME?");
    check_decimal_error("#NUM!", "sel berisi galat spreadsheet #NUM!");
    check_decimal_error("#NULL!", "sel berisi galat spreadsheet #NULL!");
    check_decimal_error("#div/0!", "sel berisi galat spreadsheet #DIV/0!");
    check_decimal_error("#HILANG", "angka diharapkan, ditemukan \"#HILANG\"");
    check_decimal_error("1000000000000001", "angka \"1000000000000001\" di luar batas (lebih dari 10^15)");
    check_decimal_error(std::string(400, '9'),
                        "angka \"" + std::string(400, '9') + "\" di luar batas (lebih dari 10^15)");
}

TEST_CASE("parse_rupiah accepts whole rupiah as written") {
    check_rupiah("Rp. 6.210.455.282,00", 6210455282);
    check_rupiah("Rp 8.729.827.382", 8729827382);
    check_rupiah("Rp8.729.827.382", 8729827382);
    check_rupiah("RP 1.000", 1000);
    check_rupiah("rp.1.000", 1000);
    check_rupiah("6210455282", 6210455282);
    check_rupiah("1.250", 1250);  // dots are always thousands in money
    check_rupiah("Rp. 0,00", 0);
    check_rupiah("0", 0);
    check_rupiah("1.250,0", 1250);
    check_rupiah("1.250,00", 1250);
    check_rupiah(
        " \xC2\xA0Rp\xC2\xA0"
        "5.000 ",
        5000);
    check_rupiah("-5.000", -5000);
    check_rupiah(
        "\xE2\x88\x92"
        "5.000",
        -5000);
    check_rupiah("-Rp 5.000", -5000);
    check_rupiah("Rp -5.000", -5000);
    check_rupiah("999.999.999.999.999", 999'999'999'999'999);
}

TEST_CASE("parse_rupiah: blank, a lone dash and Excel's accounting dash are missing") {
    for (std::string_view blank : {"", "  ", "-", "\xE2\x80\x93", "Rp -", "Rp. -"}) {
        INFO("teks: \"", std::string(blank), "\"");
        const auto r = parse_rupiah(blank);
        CHECK(r.status == ParseStatus::Empty);
        CHECK(r.rupiah == 0);
        CHECK(r.error.empty());
    }
}

TEST_CASE("parse_rupiah refuses sen, percentages and English decimals") {
    check_rupiah_error("1.250,50", "rupiah harus bulat: \",50\" sen tidak diterima");
    check_rupiah_error("Rp 1.250,5", "rupiah harus bulat: \",5\" sen tidak diterima");
    check_rupiah_error("1,250", "rupiah harus bulat: \",250\" sen tidak diterima");
    check_rupiah_error("1.250,000", "sen tidak sah: \",000\"; tulis \",00\" atau tanpa sen");
    check_rupiah_error("1.250,", "angka \"1.250,\" tidak lengkap: tidak ada angka setelah koma");
    check_rupiah_error("45%", "rupiah diharapkan, ditemukan \"45%\": persen bukan rupiah");
    check_rupiah_error("45 %", "rupiah diharapkan, ditemukan \"45 %\": persen bukan rupiah");
    check_rupiah_error(
        "1250.50",
        "rupiah \"1250.50\" memakai titik desimal; titik hanya pemisah ribuan dan rupiah harus bulat");
    check_rupiah_error(
        "1,250.50",
        "format angka Inggris tidak diterima: \"1,250.50\"; titik untuk ribuan, koma untuk desimal");
    check_rupiah_error("1,250,000",
                       "rupiah \"1,250,000\" memakai koma sebagai pemisah ribuan; tulis \"1.250.000\"");
    check_rupiah_error("1.25.000", "angka rupiah \"1.25.000\" salah: kelompok ribuan harus 3 angka");
    check_rupiah_error("12500.000", "angka rupiah \"12500.000\" salah: kelompok ribuan harus 3 angka");
    check_rupiah_error("130. 410.000", "spasi di dalam angka \"130. 410.000\" tidak diterima");
    check_rupiah_error("1e5", "notasi eksponen tidak diterima: \"1e5\"; tulis angkanya lengkap");
    check_rupiah_error("lima ribu", "rupiah diharapkan, ditemukan \"lima ribu\"");
    check_rupiah_error("nan", "rupiah diharapkan, ditemukan \"nan\"");
    check_rupiah_error("Rp", "rupiah diharapkan, ditemukan \"Rp\"");
    check_rupiah_error("Rp.", "rupiah diharapkan, ditemukan \"Rp.\"");
    check_rupiah_error(",00", "rupiah diharapkan, ditemukan \",00\"");
    check_rupiah_error("USD 5", "rupiah diharapkan, ditemukan \"USD 5\"");
    check_rupiah_error("-Rp -5", "tanda ganda pada angka \"-Rp -5\"");
    check_rupiah_error("--5", "tanda ganda pada angka \"--5\"");
    check_rupiah_error("#DIV/0!", "sel berisi galat spreadsheet #DIV/0!");
    check_rupiah_error("1.000.000.000.000.000",
                       "rupiah \"1.000.000.000.000.000\" di luar batas (paling besar 999.999.999.999.999)");
    check_rupiah_error(std::string(30, '9'), "rupiah \"" + std::string(30, '9') +
                                                 "\" di luar batas (paling besar 999.999.999.999.999)");
}

TEST_CASE("parse_target: single values, ranges as the files write them, and their errors") {
    auto ok = [](std::string_view text, double lower, double upper) {
        const TargetParse t = parse_target(text);
        CAPTURE(text);
        REQUIRE(t.status == ParseStatus::Ok);
        CHECK(t.lower == lower);
        CHECK(t.upper == upper);
    };
    ok("70,58", 70.58, 70.58);
    ok("-3,5", -3.5, -3.5);  // a leading '-' is a sign
    ok("80 - 90", 80, 90);
    ok("80-90", 80, 90);
    ok("80 s.d. 90", 80, 90);
    ok("80 s/d 90", 80, 90);
    ok("80\xE2\x80\x93"
       "90",
       80, 90);
    ok("80,5-90", 80.5, 90);
    ok("85 - 85", 85, 85);  // equal bounds: a single value
    CHECK(parse_target("").status == ParseStatus::Empty);
    CHECK(parse_target("  ").status == ParseStatus::Empty);

    const TargetParse reversed = parse_target("90-80");
    CHECK(reversed.status == ParseStatus::Error);
    CHECK(reversed.error == "rentang target terbalik: \"90-80\" (batas bawah lebih besar dari batas atas)");
    const TargetParse unreadable = parse_target("80 - sembilan puluh");
    CHECK(unreadable.status == ParseStatus::Error);
    CHECK(unreadable.error == "rentang target \"80 - sembilan puluh\" tidak dapat dibaca; contoh: 80 - 90");
    const TargetParse text = parse_target("tinggi");
    CHECK(text.status == ParseStatus::Error);
    CHECK(text.error == parse_decimal("tinggi").error);
}
