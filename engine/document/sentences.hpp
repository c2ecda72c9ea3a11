#pragma once
// The generated sentences of the document: every figure, comparison and judgement from the computed
// model. Figures are read only through the vocabulary (quantity::value_of) and shown as the tables show
// them (report::quantity_cell: decimals, rounding, n/a with its reason); the words come from
// document/judgement.hpp; the wording is the templates' (document/sentence_templates.hpp). Each paragraph
// lists the figures it states (Paragraph::figures), so tests can check it against the model.
#include <optional>
#include <vector>

#include "compute/performance.hpp"
#include "document/document.hpp"
#include "document/sentence_templates.hpp"

namespace lkjip::document {

class Sentences {
  public:
    Sentences(const compute::Performance& p, const SentenceTemplates& templates) : p_(p), t_(templates) {}

    Paragraph ikhtisar() const;
    Paragraph sasaran(const compute::SasaranResult& s) const;
    // The seven points of PermenPANRB 53/2014 for one IKU, but the staff's causes and solutions (point 5):
    // capaian, tahun_lalu, renstra, nasional, efisiensi, then one sentence per supporting program.
    Paragraph capaian(const compute::IndicatorResult& r) const;
    Paragraph tahun_lalu(const compute::IndicatorResult& r) const;
    // The realisasi of the years before N-1, or nullopt when the data hold none.
    std::optional<Paragraph> riwayat(const compute::IndicatorResult& r) const;
    Paragraph renstra(const compute::IndicatorResult& r) const;
    Paragraph nasional(const compute::IndicatorResult& r) const;
    Paragraph efisiensi(const compute::IndicatorResult& r) const;
    std::vector<Paragraph> programs(const compute::IndicatorResult& r) const;
    Paragraph anggaran() const;
    Paragraph penutup() const;
    Paragraph pk_pernyataan(const std::string& pihak_kedua_nama,
                            const std::string& pihak_kedua_jabatan) const;

  private:
    const compute::Performance& p_;
    const SentenceTemplates& t_;
};

}  // namespace lkjip::document
