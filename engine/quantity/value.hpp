#pragma once
// The value of a quantity of the vocabulary (quantity/vocabulary.hpp) for one subject and year, read from the
// computed model. The one place that says where in compute::Performance each quantity lives: the report's
// cells and the page's summary, compute --json, the audit's expected values and the document's sentences all
// ask here.
#include <optional>
#include <string>
#include <string_view>

#include "compute/performance.hpp"
#include "quantity/vocabulary.hpp"

namespace lkjip::quantity {

// What a quantity is about. Exactly one of the pointers is set, except for Opd and Total (none) and Belanja
// (belanja_jenis empty = all of it).
struct Subject {
    SubjectKind kind = kOpd;
    const compute::IndicatorResult* indicator = nullptr;
    const compute::SasaranResult* sasaran = nullptr;
    const rules::BudgetNode* node = nullptr;
    const compute::ProgramResult* program = nullptr;  // for a node that is a program
    std::string belanja_jenis;

    static Subject of(const compute::IndicatorResult& r);
    static Subject of(const compute::SasaranResult& s);
    static Subject of(const rules::BudgetNode& n, const compute::Performance& p);
    static Subject opd();
    static Subject total();
    static Subject belanja(std::string jenis = "");
};

// The subject an `objek` of angka_tercetak.csv names: an indicator or sasaran code, a budget code, `opd`,
// `total`, `belanja` or `belanja:<jenis>`; nullopt when it names nothing in the data.
std::optional<Subject> subject_of(const std::string& objek, const compute::Performance& p);

struct Value {
    bool applies = false;              // the quantity exists for this subject and year
    std::optional<double> number;      // Percent, Money, Count, Decimal
    std::optional<double> upper;       // a range target: number is its lower bound, upper its upper one
    std::optional<std::string> label;  // Label, Words
    std::string na_reason;             // why neither is defined, when it applies
    bool from_computation = false;     // a result of a rule (capaian, serapan, ...), not primary data
    bool missing_data = false;         // n/a only because the input lacks the data (another year, ...)
    int written_decimals = -1;         // primary data: the decimals the user wrote it with; -1 = computed
};

Value value_of(const Subject& subject, std::string_view key, int tahun, const compute::Performance& p);
// The same for a quantity already looked up (the report asks once per cell).
Value value_of(const Subject& subject, const Quantity& q, int tahun, const compute::Performance& p);

// A target as the "target" quantity holds it (written decimals, range, an ordinal level), for a target the
// computed model does not keep: a revision of the Perjanjian Kinerja before the last.
Value value_of_target(const model::Target& target);

// The label a Label quantity (predikat, atribut) gives a value, with the conventions in force.
std::optional<std::string> label_for(std::string_view key, double value, const compute::Performance& p);

}  // namespace lkjip::quantity
