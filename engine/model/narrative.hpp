#pragma once
// The text only the staff can write (narasi.csv, the "Narasi" sheet): blocks keyed by the section of the
// document they belong to and, for blocks about one IKU or sasaran, its code. The document builder puts
// each block in its place; a block it expects and does not find is a visible placeholder.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace lkjip::model {

struct NarrativeBlock {
    std::string bagian;  // a NarrativeSection key: "kata_pengantar", "faktor_pendukung", ...
    std::string kode;    // the IKU or sasaran for per-code sections; empty otherwise
    std::string teks;    // paragraphs, "- " bullets, "1. " numbers, **bold**
    SourceLocation where;
};

// Opd: one block for the whole OPD; Iku: one per IKU (kode = its code); Triwulan: one per quarter of the
// Renja evaluation (kode = 1 to 4), optional, so `check` does not ask for them.
enum class NarrativeScope { Opd, Iku, Triwulan };

struct NarrativeSection {
    std::string_view key;
    NarrativeScope scope;
    std::string_view title;  // what the block is, for placeholders and the workbook's help
};

// Every section a block may belong to, in document order.
const std::vector<NarrativeSection>& narrative_sections();
const NarrativeSection* find_narrative_section(std::string_view key);

// The block of `bagian` (and `kode` for a per-IKU section), or nullptr.
const NarrativeBlock* find_narrative(const std::vector<NarrativeBlock>& blocks, std::string_view bagian,
                                     std::string_view kode = {});

}  // namespace lkjip::model
