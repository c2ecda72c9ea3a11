#pragma once
// The words a generated sentence judges with, decided by the data and the indicator's direction, never
// typed by a person: tercapai / belum tercapai / melampaui target, meningkat / menurun / tetap, membaik /
// memburuk. Each takes values as they are displayed (rounded by the display convention), so that a
// sentence never says "meningkat dari 65,16 menjadi 65,16".
#include <string_view>

#include "model/opd.hpp"

namespace lkjip::document {

// Capaian (already direction-aware: for a negative indicator it is computed with the inverse formula)
// against 100%.
enum class Achievement { Exceeded, Met, NotMet };
Achievement achievement(double capaian_shown);
std::string_view achievement_word(Achievement a);  // "melampaui target", "tercapai", "belum tercapai"

// How a value moved between two years.
enum class Movement { Up, Down, Same };
Movement movement(double before_shown, double now_shown);
std::string_view movement_word(Movement m);  // "meningkat", "menurun", "tetap"

// Whether the movement is an improvement: for a positive indicator up is better, for a negative one
// (lower is better) down is better.
enum class Trend { Better, Worse, Same };
Trend trend(Movement m, model::Arah arah);
std::string_view trend_word(Trend t);  // "membaik", "memburuk", "tidak berubah"

}  // namespace lkjip::document
