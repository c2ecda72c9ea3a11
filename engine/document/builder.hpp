#pragma once
// The whole LKjIP (PermenPANRB 53/2014) as a document: cover, Kata Pengantar, Ikhtisar Eksekutif,
// Daftar Isi and Daftar Tabel, BAB I to IV and the Lampiran with the Perjanjian Kinerja statement. Figures
// and judgements are generated sentences (document/sentences.hpp); the staff's text comes from narasi.csv
// (a missing block is a visible placeholder); the report's tables appear in their places by number.
#include "compute/performance.hpp"
#include "document/document.hpp"
#include "document/sentence_templates.hpp"
#include "table/table.hpp"

namespace lkjip::document {

Document build_document(const compute::Performance& p, table::Report report,
                        const SentenceTemplates& templates);

// The text of a placeholder for a narrative block the staff have not written.
std::string placeholder_text(std::string_view bagian, std::string_view kode = {});

}  // namespace lkjip::document
