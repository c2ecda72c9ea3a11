#pragma once
// One disagreement between a draft report and what follows from its primary data, with the rule it
// breaks and the rule's source, so that a reviewer can cite it in the reviu.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace lkjip::audit {

// Ordered as the reviu lists them: real errors first, then rounding, then what deserves a look.
enum class Severity { Galat, Pembulatan, Peringatan };

struct Rule {
    const char* id;
    Severity severity;
    const char* judul;
    const char* sumber;  // regulation or convention it rests on
};

const std::vector<Rule>& all_rules();
const Rule& rule(const std::string& id);

struct Finding {
    std::string rule;  // Rule::id
    std::string tabel;
    std::string halaman;
    std::string objek;
    std::string besaran;
    int tahun = 0;
    std::string tercetak;    // as printed
    std::string seharusnya;  // what follows from the data ("" when not a single value)
    std::string pesan;       // the explanation, in Bahasa Indonesia
    SourceLocation where;    // the row of angka_tercetak.csv
};

// What a reviewer should know about the draft as a whole rather than about one figure: a house style
// recognised once (audit/house_style.hpp) instead of a finding on every figure printed in it.
struct Note {
    std::string jenis;  // "gaya_desimal", "notasi_inggris"
    std::string pesan;  // in Bahasa Indonesia: the style, on how many figures, how the figures were judged
};

const char* severity_name(Severity s);  // "galat", "pembulatan", "peringatan"

// How many of `findings` have severity `s`.
std::size_t count(const std::vector<Finding>& findings, Severity s);

// Where the figure was printed, as the reviu names it: "Tabel 3.1.1, hlm. 12", "teks: ..." (the text, the
// findings table and the JSON's readers all see the same words).
std::string place(const Finding& f);

}  // namespace lkjip::audit
