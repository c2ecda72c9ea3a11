#pragma once
// The running text of a draft checked like its tables: a sentence that states a predikat ("tercapai Sedang"),
// a capaian ("tercapai sebesar 91,20%"), a target or realisasi ("Target ... adalah 70,58% realisasi sebesar
// 65,16%"), a change ("meningkat sebesar 92,32%") or leaves a template unfilled ("meningkat/ menurun/ tetap")
// about the indicator it names (or the one named last before it) becomes a printed figure of table
// "teks:<page>", so that the audit's checks judge it.
#include <vector>

#include "compute/performance.hpp"
#include "model/draft_document.hpp"
#include "model/printed_figure.hpp"

namespace lkjip::audit {

// The draft's paragraphs cut into sentences (a full stop followed by a capital or a digit ends one).
std::vector<std::string> sentences_of(const std::string& text);

std::vector<model::PrintedFigure> narrative_figures(const model::DraftDocument& draft,
                                                    const compute::Performance& p);

}  // namespace lkjip::audit
