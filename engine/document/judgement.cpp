#include "document/judgement.hpp"

namespace lkjip::document {

Achievement achievement(double capaian_shown) {
    if (capaian_shown > 100.0)
        return Achievement::Exceeded;
    return capaian_shown == 100.0 ? Achievement::Met : Achievement::NotMet;
}

std::string_view achievement_word(Achievement a) {
    switch (a) {
        case Achievement::Exceeded:
            return "melampaui target";
        case Achievement::Met:
            return "tercapai";
        case Achievement::NotMet:
            break;
    }
    return "belum tercapai";
}

Movement movement(double before_shown, double now_shown) {
    if (now_shown > before_shown)
        return Movement::Up;
    return now_shown < before_shown ? Movement::Down : Movement::Same;
}

std::string_view movement_word(Movement m) {
    switch (m) {
        case Movement::Up:
            return "meningkat";
        case Movement::Down:
            return "menurun";
        case Movement::Same:
            break;
    }
    return "tetap";
}

Trend trend(Movement m, model::Arah arah) {
    if (m == Movement::Same)
        return Trend::Same;
    const bool up_is_better = arah == model::Arah::Positif;
    return (m == Movement::Up) == up_is_better ? Trend::Better : Trend::Worse;
}

std::string_view trend_word(Trend t) {
    switch (t) {
        case Trend::Better:
            return "membaik";
        case Trend::Worse:
            return "memburuk";
        case Trend::Same:
            break;
    }
    return "tidak berubah";
}

}  // namespace lkjip::document
