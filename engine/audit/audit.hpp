#pragma once
// `lkjip audit`: every printed figure of a draft compared with what follows from the primary data, and the
// printed figures compared with each other (the same quantity in two tables, children against their
// parent, serapan against the printed amounts, amounts in words).
#include <vector>

#include "audit/finding.hpp"
#include "compute/performance.hpp"
#include "model/printed_figure.hpp"

namespace lkjip::audit {

struct Result {
    std::vector<Finding> findings;  // in reviu order: by severity, then in the order the figures were listed
    std::vector<Note> notes;        // the draft's house style, when one was recognised
};

Result audit(const std::vector<model::PrintedFigure>& printed, const compute::Performance& p);

}  // namespace lkjip::audit
