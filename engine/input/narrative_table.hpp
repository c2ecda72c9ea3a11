#pragma once
// narasi.csv (the "Narasi" sheet): the staff's own text for the document, one block per section and, for
// the per-IKU sections, per code. Rows with the same section and code are joined as paragraphs, so a
// long block can be written a paragraph per row.
#include "input/csv_reader.hpp"
#include "input/read_context.hpp"

namespace lkjip::input {

// Needs the indicators read first (per-IKU blocks name one).
void read_narasi(const CsvTable& table, ReadContext& ctx);

// For `lkjip check`, when narasi.csv was given: a warning for each block the document expects and does not
// find (the document shows a placeholder there). Without narasi.csv (or with an empty Narasi sheet) nothing
// is said: the input holds no narrative yet, and the document's placeholders say what to write.
void check_narrative_complete(const model::Opd& opd, Diagnostics& diagnostics);

}  // namespace lkjip::input
