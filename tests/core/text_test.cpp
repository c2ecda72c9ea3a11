#include "core/text.hpp"

#include <doctest/doctest.h>

using namespace lkjip::text;

TEST_CASE("find_invalid_utf8 accepts valid text") {
    CHECK_FALSE(find_invalid_utf8("").has_value());
    CHECK_FALSE(find_invalid_utf8("Koperasi; UKM").has_value());
    CHECK_FALSE(find_invalid_utf8("Caf\xC3\xA9 \xE2\x88\x92 \xE2\x82\xAC \xF0\x9F\x98\x80").has_value());
    CHECK_FALSE(find_invalid_utf8("\xED\x9F\xBF").has_value());      // U+D7FF, just below the surrogates
    CHECK_FALSE(find_invalid_utf8("\xEE\x80\x80").has_value());      // U+E000, just above
    CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF
    CHECK_FALSE(find_invalid_utf8(std::string_view("a\0b", 3)).has_value());
}

TEST_CASE("find_invalid_utf8 reports the offset of the first bad sequence") {
    CHECK(find_invalid_utf8("Caf\xE9").value() == 3);           // Windows-1252 e acute, truncated
    CHECK(find_invalid_utf8("ab\x80").value() == 2);            // stray continuation byte
    CHECK(find_invalid_utf8("\xC0\xAF").value() == 0);          // overlong '/'
    CHECK(find_invalid_utf8("\xC1\xBF").value() == 0);          // overlong
    CHECK(find_invalid_utf8("x\xE0\x80\xAF").value() == 1);     // overlong 3-byte
    CHECK(find_invalid_utf8("\xF0\x80\x80\xAF").value() == 0);  // overlong 4-byte
    CHECK(find_invalid_utf8("ok \xED\xA0\x80").value() == 3);   // surrogate U+D800
    CHECK(find_invalid_utf8("\xED\xBF\xBF").value() == 0);      // surrogate U+DFFF
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80").value() == 0);  // U+110000
    CHECK(find_invalid_utf8("\xF5\x80\x80\x80").value() == 0);
    CHECK(find_invalid_utf8("\xFF").value() == 0);
    CHECK(find_invalid_utf8("\xE2\x82").value() == 0);   // truncated at the end
    CHECK(find_invalid_utf8("\xE2\x82x").value() == 0);  // truncated by ASCII
    CHECK(find_invalid_utf8("\xC3\xA9\xC3").value() == 2);
}

TEST_CASE("looks_like_windows_1252 separates another encoding from damaged UTF-8") {
    CHECK(looks_like_windows_1252("Caf\xE9"));
    CHECK(looks_like_windows_1252("\x93kutip\x94 dan \x96"));
    CHECK(
        looks_like_windows_1252("Rp\xA0"
                                "5"));
    CHECK(looks_like_windows_1252("Jos\xE9 M\xFCller"));
    CHECK_FALSE(looks_like_windows_1252("Caf\xC3\xA9"));  // valid UTF-8
    CHECK_FALSE(looks_like_windows_1252(""));
    CHECK_FALSE(looks_like_windows_1252("\xED\xA0\x80"));                    // CESU-8 surrogate
    CHECK_FALSE(looks_like_windows_1252("\xC0\x80"));                        // modified UTF-8 NUL
    CHECK_FALSE(looks_like_windows_1252("\xF4\x90\x80\x80"));                // beyond U+10FFFF
    CHECK_FALSE(looks_like_windows_1252(std::string_view("Caf\xE9\0", 5)));  // binary
}

TEST_CASE("append_utf8 writes each length at its edges") {
    std::string out;
    for (char32_t cp :
         {U'A', U'\x7F', U'\x80', U'\xE9', U'\x7FF', U'\x800', U'\x2265', U'\xFFFF', U'\x10000', U'\x10FFFF'})
        append_utf8(out, cp);
    CHECK(
        out ==
        "A\x7F\xC2\x80\xC3\xA9\xDF\xBF\xE0\xA0\x80\xE2\x89\xA5\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
    CHECK_FALSE(find_invalid_utf8(out).has_value());
}

TEST_CASE("strip_bom") {
    CHECK(strip_bom("\xEF\xBB\xBFkode") == "kode");
    CHECK(strip_bom("kode") == "kode");
    CHECK(strip_bom("\xEF\xBB\xBF") == "");
    CHECK(strip_bom("\xEF\xBB") == "\xEF\xBB");
}

TEST_CASE("column_of counts characters, not bytes") {
    CHECK(column_of("abc", 0) == 1);
    CHECK(column_of("abc", 2) == 3);
    CHECK(column_of("Caf\xC3\xA9;x", 5) == 5);  // after the two-byte e acute
    CHECK(column_of("\xE2\x88\x92"
                    "5",
                    3) == 2);
    CHECK(column_of("ab", 10) == 3);  // clamped to the end of the line
}

TEST_CASE("trim and normalize_key") {
    CHECK(trim("  \tkode \t") == "kode");
    CHECK(trim("\xC2\xA0"
               "12 \xC2\xA0") == "12");
    CHECK(trim("") == "");
    CHECK(trim(" \xC2\xA0 ") == "");
    CHECK(trim("a b") == "a b");
    CHECK(trim("\xC2") == "\xC2");
    CHECK(normalize_key(" Pagu_Murni\xC2\xA0") == "pagu_murni");
    CHECK(normalize_key("KODE") == "kode");
    CHECK(normalize_key("Tahun 2023") == "tahun 2023");
    CHECK(normalize_key("\xC3\x89t\xC3\xA9") == "\xC3\x89t\xC3\xA9");  // non-ASCII left alone
}

TEST_CASE("edit_distance is Levenshtein on bytes") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("kode", "kode") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("sitting", "kitten") == 3);
    CHECK(edit_distance("realisasi", "relisasi") == 1);
    CHECK(edit_distance("pagu_murni", "pagu murni") == 1);
    CHECK(edit_distance("satuan", "sasaran") == 3);
    CHECK(edit_distance("\xC3\xA9", "e") == 2);
}
