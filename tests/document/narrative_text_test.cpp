#include <doctest/doctest.h>

#include "document/narrative_text.hpp"

using namespace lkjip::document;

TEST_CASE("narrative text: paragraphs, bullets, numbers, bold") {
    const auto blocks = narrative_blocks(
        "Satu baris\nlanjut **tebal** akhir.\n\n- butir a\n  lanjutan\n- butir b\n1. satu\n2. "
        "dua\n\nPenutup.");
    REQUIRE(blocks.size() == 4);
    const auto& p = std::get<Paragraph>(blocks[0]);
    REQUIRE(p.runs.size() == 3);
    CHECK(p.runs[0].text == "Satu baris lanjut ");
    CHECK(p.runs[1].text == "tebal");
    CHECK(p.runs[1].bold);
    CHECK(p.runs[2].text == " akhir.");
    CHECK(p.origin == Origin::Narrative);
    const auto& bullets = std::get<List>(blocks[1]);
    CHECK_FALSE(bullets.numbered);
    REQUIRE(bullets.items.size() == 2);
    CHECK(bullets.items[0].text() == "butir a lanjutan");
    const auto& numbers = std::get<List>(blocks[2]);
    CHECK(numbers.numbered);
    CHECK(numbers.items[1].text() == "dua");
    CHECK(std::get<Paragraph>(blocks[3]).text() == "Penutup.");
}

TEST_CASE("an unclosed ** is text; empty text gives no block") {
    const auto runs = inline_runs("50 ** 2");
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].text == "50 ** 2");
    CHECK(narrative_blocks("").empty());
    CHECK(narrative_blocks("\n\n  \n").empty());
}
