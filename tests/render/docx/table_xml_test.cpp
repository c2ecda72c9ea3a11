#include "render/docx/table_xml.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace lkjip;
using render::docx::caption_text;
using render::docx::cell_fill;
using render::docx::column_twips;

TEST_CASE("column_twips scales the template widths to the page and sums exactly to it") {
    table::Table t;
    t.columns = {{"a", 30}, {"b", 10}, {"c", 10}};
    CHECK(column_twips(t, 14570) == std::vector<int>{8742, 2914, 2914});
    t.columns = {{"a", 1}, {"b", 1}, {"c", 1}};
    const std::vector<int> thirds = column_twips(t, 9638);
    CHECK(thirds == std::vector<int>{3213, 3213, 3212});  // the last column takes the rounding
    t.columns = {{"a", 0}, {"b", -5}};                    // a width below one character counts as one
    CHECK(column_twips(t, 1000) == std::vector<int>{500, 500});
    t.columns.clear();
    CHECK(column_twips(t, 1000).empty());
}

TEST_CASE("caption_text is the PDF's caption: number and title, or the title alone") {
    table::Table t;
    t.nomor = "3.1.1";
    t.judul = "Capaian IKU";
    CHECK(caption_text(t) == "Tabel 3.1.1  Capaian IKU");
    t.nomor.clear();
    CHECK(caption_text(t) == "Capaian IKU");
}

TEST_CASE("cell_fill: the band colours of the PDF, grey for totals, nothing otherwise") {
    table::Row data;
    table::Row total;
    total.role = table::RowRole::Total;
    table::Cell plain = table::Cell::of_text("x");
    CHECK(cell_fill(data, plain) == "");
    CHECK(cell_fill(total, plain) == "F0F0F0");
    table::Cell best = plain;
    best.shade = table::Shade{"predikat", 0, 5};
    CHECK(cell_fill(data, best) == "B7E1B0");
    table::Cell worst = plain;
    worst.shade = table::Shade{"atribut", 3, 4};
    CHECK(cell_fill(total, worst) == "F4B6B0");  // the band wins over the total grey
}
