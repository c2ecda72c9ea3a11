#pragma once
// An ordered list of labelled bands read from config/ (predikat, atribut, efficiency categories).
// Bands are tried top to bottom; the first whose condition holds gives the label. The last band has no
// condition and takes everything below.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace lkjip::model {

struct Band {
    enum class Bound { Above, AtLeast, Rest };  // > limit, >= limit, anything left
    std::string label;
    Bound bound = Bound::Rest;
    double limit = 0.0;

    bool contains(double value) const {
        switch (bound) {
            case Bound::Above:
                return value > limit;
            case Bound::AtLeast:
                return value >= limit;
            case Bound::Rest:
                return true;
        }
        return false;
    }
};

struct BandScale {
    std::string source;  // the regulation or convention the bands come from
    std::vector<Band> bands;

    // The label for `value`; nullopt for an undefined value.
    std::optional<std::string> classify(const std::optional<double>& value) const {
        if (!value)
            return std::nullopt;
        if (bands.size() > 16 && bands.back().bound == Band::Bound::Rest) {
            // A scale read from the conventions is validated (limits going down, no band that catches
            // nothing), so "this band contains the value" turns true once and stays true: the first such
            // band is found by bisection, as a scale of 40.000 bands rates a million values.
            const auto first = std::partition_point(bands.begin(), bands.end() - 1,
                                                    [&](const Band& b) { return !b.contains(*value); });
            return first->label;
        }
        for (const Band& b : bands) {
            if (b.contains(*value))
                return b.label;
        }
        return std::nullopt;
    }
};

}  // namespace lkjip::model
