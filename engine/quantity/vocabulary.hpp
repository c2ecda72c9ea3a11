#pragma once
// The vocabulary of quantities: every figure an LKjIP states (target, realisasi, capaian, predikat, pagu,
// serapan, efisiensi, counts, ...) defined once, with what it is about, its kind, its description and its
// source. The report's fields, the audit's `besaran`, the printed-figures reader and the documentation lists
// all read this one table; quantity/value.hpp gives each quantity's value from the computed model.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::quantity {

// How a quantity reads. Percent: percentage points (92.32 = 92,32 %); Money: whole rupiah; Count: a whole
// number of things; Decimal: a value in the indicator's own unit; Label: a word from a scale; Words: an
// amount spelled out (terbilang).
enum class Kind { Percent, Money, Count, Decimal, Label, Words };

// What a quantity can be about (a bit set).
enum SubjectKind : unsigned {
    kIndicator = 1u << 0,  // an indicator of a tujuan, sasaran (IKU) or program
    kSasaran = 1u << 1,    // a sasaran strategis
    kProgram = 1u << 2,    // a program, kegiatan or sub kegiatan of the budget
    kOpd = 1u << 3,        // the whole OPD
    kTotal = 1u << 4,      // the budget total of every program
    kBelanja = 1u << 5,    // belanja, all of it or one jenis
};

struct Quantity {
    std::string_view key;  // as written in angka_tercetak.csv (besaran) and in templates
    Kind kind;
    unsigned subjects;              // SubjectKind bits
    bool yearly;                    // has a value for every year; otherwise only for the report year N
    std::string_view description;   // Bahasa Indonesia, one line
    std::string_view source;        // the rule or the input it comes from
    std::string_view spelled_from;  // Words: the Money quantity it spells out
};

const std::vector<Quantity>& vocabulary();
const Quantity* find(std::string_view key);

// Other spellings accepted in angka_tercetak.csv, each with the key it stands for.
std::string_view canonical_key(std::string_view key);

// "target, realisasi, ..." for messages and suggestions.
std::vector<std::string> keys();

// Quarterly quantities: `realisasi_tw2` is the base figure `realisasi` of TW II. quarterly_key("realisasi",
// 2) gives the key; split_quarterly_key the base and the quarter (nullopt for any other key).
std::string quarterly_key(std::string_view base, int triwulan);
struct QuarterlyKey {
    std::string_view base;
    int triwulan = 0;  // 1..4
};
std::optional<QuarterlyKey> split_quarterly_key(std::string_view key);

// "IKU, sasaran, program, OPD" for documentation.
std::string subjects_text(unsigned subjects);

}  // namespace lkjip::quantity
