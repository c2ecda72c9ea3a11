#pragma once
// The figures of one generated sentence: read through the vocabulary (quantity::value_of), shown as the
// tables show them (report::quantity_cell: decimals, rounding, n/a with its reason), and recorded in the
// paragraph's `figures` so that tests can check the sentence against the model. Shared by every sentence
// builder (document/sentences.cpp, document/pk_revisions.cpp).
#include <string>
#include <string_view>

#include "compute/performance.hpp"
#include "document/document.hpp"
#include "document/sentence_templates.hpp"
#include "quantity/value.hpp"

namespace lkjip::document {

// A figure as the sentence shows it.
struct Shown {
    bool defined = false;
    std::string text;    // as displayed ("92,32%", "Sangat Tinggi")
    double number = 0;   // the displayed number (rounded as displayed), for comparisons
    std::string reason;  // why it is n/a
};

// One sentence being written: its paragraph, the figures read into it, the subject they are about (with its
// code, for the figures) and the reporting year. Holds a reference to its own paragraph: not copied.
class Draft {
  public:
    Draft(const compute::Performance& p, quantity::Subject subject, std::string code);
    explicit Draft(const compute::Performance& p, const compute::IndicatorResult& r);
    Draft(const Draft&) = delete;
    Draft& operator=(const Draft&) = delete;

    // The quantity `key` of the subject in `tahun` (the reporting year when left out).
    Shown get(std::string_view key, int tahun);
    Shown get(std::string_view key) { return get(key, n); }
    // The same for another subject (a sentence about the OPD that states a total).
    Shown get(const quantity::Subject& subject, std::string_view key, const std::string& code);
    // A value the model no longer holds (a revision of the PK before the last), shown as quantity `key`.
    Shown shown(std::string_view key, const quantity::Value& value, int tahun);

    // The paragraph: the template of `kind` with `values` (and "kode", "tahun", "tahun_lalu" of the subject
    // and year unless given), Generated, with the figures read.
    Paragraph finish(const SentenceTemplates& t, std::string_view kind, const SentenceValues& values);

    const int n;  // the reporting year

  private:
    Shown show(const quantity::Quantity& q, const quantity::Value& v, const std::string& code, int tahun);

    const compute::Performance& p_;
    quantity::Subject subject_;
    std::string code_;
    Paragraph para_;
};

// "70,58%" or "45 koperasi": a figure in the indicator's unit; n/a with its reason.
std::string with_unit(const Shown& v, const model::Indicator& i);
// "Rp 8.729.827.382" ("Rp" and the amount never part at a line end), or n/a with its reason.
std::string rupiah(const Shown& v);
// The figure, or n/a with its reason.
std::string or_reason(const Shown& v);

std::string year(int y);

}  // namespace lkjip::document
