#pragma once
// The figures of a draft (DOCX or PDF, read by engine/input/draft) matched to the vocabulary of quantities:
// each table recognised by its caption ("Tabel 3.1.1"), each number by its row (an indicator, sasaran,
// program, kegiatan or sub kegiatan, by code or by name, tolerant of the spelling drift real drafts have) and
// its column (target, realisasi, capaian, predikat, pagu, serapan, ... and the year in the header). The
// result is the records of angka_tercetak.csv, so that the audit's checks run on them unchanged; a number
// that could not be matched is kept with its place and the reason, never dropped.
#include <string>
#include <vector>

#include "compute/performance.hpp"
#include "model/draft_document.hpp"
#include "model/printed_figure.hpp"

namespace lkjip::audit {

struct UnmatchedFigure {
    std::string nilai;   // as printed
    std::string tempat;  // table, page, row and column
    std::string alasan;  // why it was not matched
};

struct DraftFigures {
    std::vector<model::PrintedFigure> matched;
    std::vector<UnmatchedFigure> unmatched;
    std::size_t read() const { return matched.size() + unmatched.size(); }
};

DraftFigures match_draft(const model::DraftDocument& draft, const compute::Performance& p);

// Spelling drift tolerated between a printed name and the data's: case, punctuation, spaces, and a few
// letters (about one in eight) changed, added or dropped.
std::string normalized_name(const std::string& name);
bool same_name(const std::string& printed, const std::string& known);

// The column's quantity from its header texts ("Tahun 2023 / Capaian (%)" → capaian), "" when none.
std::string besaran_of_header(const std::vector<std::string>& headers, bool cell_has_digits);

}  // namespace lkjip::audit
