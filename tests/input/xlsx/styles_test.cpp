#include "input/xlsx/styles.hpp"

#include <doctest/doctest.h>

using namespace lkjip::input::xlsx;

TEST_CASE("built-in number formats") {
    CHECK(builtin_number_style(0) == NumberStyle::Plain);
    CHECK(builtin_number_style(4) == NumberStyle::Plain);
    CHECK(builtin_number_style(9) == NumberStyle::Percent);
    CHECK(builtin_number_style(10) == NumberStyle::Percent);
    CHECK(builtin_number_style(11) == NumberStyle::Plain);
    CHECK(builtin_number_style(13) == NumberStyle::Plain);
    for (std::size_t id = 14; id <= 22; ++id)
        CHECK(builtin_number_style(id) == NumberStyle::Date);
    CHECK(builtin_number_style(23) == NumberStyle::Plain);
    CHECK(builtin_number_style(44) == NumberStyle::Plain);
    for (std::size_t id = 45; id <= 47; ++id)
        CHECK(builtin_number_style(id) == NumberStyle::Date);
    CHECK(builtin_number_style(49) == NumberStyle::Plain);
    CHECK(builtin_number_style(164) == NumberStyle::Plain);
}

TEST_CASE("custom format codes: percent and date tokens outside quotes, brackets and escapes") {
    CHECK(classify_format_code("0.00%") == NumberStyle::Percent);
    CHECK(classify_format_code("#,##0.0%;[Red]-#,##0.0%") == NumberStyle::Percent);
    CHECK(classify_format_code("[Red]0%") == NumberStyle::Percent);
    CHECK(classify_format_code("0.0\" %\"") == NumberStyle::Plain);
    CHECK(classify_format_code("0.00\\%") == NumberStyle::Plain);
    CHECK(classify_format_code("0_%") == NumberStyle::Plain);
    CHECK(classify_format_code("[$%-421]0") == NumberStyle::Plain);
    CHECK(classify_format_code("dd/mm/yyyy") == NumberStyle::Date);
    CHECK(classify_format_code("[$-421]d mmmm yyyy;@") == NumberStyle::Date);
    CHECK(classify_format_code("yyyy-mm-dd hh:mm:ss") == NumberStyle::Date);
    CHECK(classify_format_code("h:mm AM/PM") == NumberStyle::Date);
    CHECK(classify_format_code("[h]:mm:ss") == NumberStyle::Date);
    CHECK(classify_format_code("mm:ss.0") == NumberStyle::Date);
    CHECK(classify_format_code("D/M/YYYY") == NumberStyle::Date);
    CHECK(classify_format_code("dd/mm/yyyy\" 100%\"") == NumberStyle::Date);
    CHECK(classify_format_code("#,##0 \"hari\"") == NumberStyle::Plain);
    CHECK(classify_format_code("#,##0\\ \\h") == NumberStyle::Plain);
    CHECK(classify_format_code("[$Rp-421]#,##0") == NumberStyle::Plain);
    CHECK(classify_format_code("[Blue]#,##0;[Red]-#,##0") == NumberStyle::Plain);
    CHECK(classify_format_code("0.00E+00") == NumberStyle::Plain);
    CHECK(classify_format_code("General") == NumberStyle::Plain);
    CHECK(classify_format_code("general") == NumberStyle::Plain);
    CHECK(classify_format_code("@") == NumberStyle::Plain);
    CHECK(classify_format_code("*-#,##0") == NumberStyle::Plain);
    CHECK(classify_format_code("\"unterminated") == NumberStyle::Plain);
    CHECK(classify_format_code("[unterminated d") == NumberStyle::Plain);
    CHECK(classify_format_code("\\") == NumberStyle::Plain);
    CHECK(classify_format_code("") == NumberStyle::Plain);
}

TEST_CASE("a style index beyond cellXfs is plain, as Excel shows it after repair") {
    const Styles none;
    CHECK(none.of(0) == NumberStyle::Plain);
    CHECK(none.of(5) == NumberStyle::Plain);
    const Styles some({NumberStyle::Plain, NumberStyle::Percent});
    CHECK(some.of(1) == NumberStyle::Percent);
    CHECK(some.of(2) == NumberStyle::Plain);
}
