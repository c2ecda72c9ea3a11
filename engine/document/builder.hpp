#pragma once
// The whole LKjIP (PermenPANRB 53/2014) as a document, in the order its outline gives (by default: cover,
// Kata Pengantar, Ikhtisar Eksekutif, Daftar Isi and Daftar Tabel, BAB I to IV and the Lampiran). Figures
// and judgements are generated sentences (document/sentences.hpp); the staff's text comes from narasi.csv
// (a missing block is a visible placeholder); the report's tables appear in their places by number.
#include "compute/performance.hpp"
#include "document/document.hpp"
#include "document/sentence_templates.hpp"
#include "table/table.hpp"
#include "template/document_outline.hpp"

namespace lkjip::document {

// `outline` (templates/dokumen/kerangka.json, read by input/outline_reader) says which blocks go where;
// the builder knows how each kind of block is made.
Document build_document(const compute::Performance& p, table::Report report,
                        const SentenceTemplates& sentence_templates,
                        const templates::DocumentOutline& outline);

// The text of a placeholder for a narrative block the staff have not written.
std::string placeholder_text(std::string_view bagian, std::string_view kode = {});

}  // namespace lkjip::document
