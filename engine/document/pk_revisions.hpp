#pragma once
// The revisions of the reporting year's Perjanjian Kinerja (perjanjian_kinerja.csv, model::YearValues::pk,
// sorted by revisi), generated from the data: for BAB II, how many revisions there were and, for each, its
// date and the targets it changed (old → new); for the Lampiran, which revision the PK annex shows. The
// report's tables use the last revision's targets (compute::target_of).
#include <optional>
#include <vector>

#include "compute/performance.hpp"
#include "document/document.hpp"
#include "document/sentence_templates.hpp"

namespace lkjip::document {

// Nothing when no indicator's PK of the reporting year has a revision after the first signed one.
std::vector<Block> pk_revision_blocks(const compute::Performance& p, const SentenceTemplates& t);

// "Target dalam lampiran ini adalah ... revisi 1 tanggal ...", or nothing when the year has no PK.
std::optional<Paragraph> pk_annex_note(const compute::Performance& p, const SentenceTemplates& t);

// "2023-09-25" -> "25 September 2023"; anything else as it is.
std::string tanggal_text(const std::string& iso);

}  // namespace lkjip::document
