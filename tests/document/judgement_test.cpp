#include <doctest/doctest.h>

#include "document/judgement.hpp"

using namespace lkjip;
using namespace lkjip::document;

TEST_CASE("achievement: over, at and under 100 percent, on the displayed value") {
    CHECK(achievement_word(achievement(101.77)) == "melampaui target");
    CHECK(achievement_word(achievement(100.0)) == "tercapai");
    CHECK(achievement_word(achievement(100.01)) == "melampaui target");
    CHECK(achievement_word(achievement(99.99)) == "belum tercapai");
    // Dumai IKU1.1: 92,32% is not "tercapai Sedang" as the printed report said.
    CHECK(achievement_word(achievement(92.32)) == "belum tercapai");
    CHECK(achievement_word(achievement(0.0)) == "belum tercapai");
}

TEST_CASE("movement of a realisasi between two years") {
    CHECK(movement_word(movement(62.50, 65.16)) == "meningkat");
    CHECK(movement_word(movement(25.79, 22.13)) == "menurun");
    CHECK(movement_word(movement(65.16, 65.16)) == "tetap");
}

TEST_CASE("trend: for a positive indicator up is better, for a negative one down is better") {
    CHECK(trend_word(trend(Movement::Up, model::Arah::Positif)) == "membaik");
    CHECK(trend_word(trend(Movement::Down, model::Arah::Positif)) == "memburuk");
    CHECK(trend_word(trend(Movement::Down, model::Arah::Negatif)) == "membaik");
    CHECK(trend_word(trend(Movement::Up, model::Arah::Negatif)) == "memburuk");
    CHECK(trend_word(trend(Movement::Same, model::Arah::Positif)) == "tidak berubah");
    CHECK(trend_word(trend(Movement::Same, model::Arah::Negatif)) == "tidak berubah");
    // A worked case: angka kemiskinan (negative) from 7,5 to 6,8 is a fall and an improvement.
    const Movement m = movement(7.5, 6.8);
    CHECK(movement_word(m) == "menurun");
    CHECK(trend_word(trend(m, model::Arah::Negatif)) == "membaik");
}
