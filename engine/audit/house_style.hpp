#pragma once
// A draft's house style, recognised once for the whole draft instead of figure by figure: every percentage
// printed with fewer decimals than tampilan.desimal (LKjIP Setda Provinsi Sumatera Utara prints them all
// with 1), or English notation throughout (an e-SAKIP page: 91.13%, Rp 6,210,455,282). The draft's figures
// are then judged in that style (read in its notation, compared at its precision) and the style is one
// note of the reviu. A style is recognised only when used on at least reviu.gaya_porsi_minimal % of the
// figures that show it and on at least reviu.gaya_angka_minimal of them; a draft mixing styles keeps its
// findings figure by figure.
#include <optional>
#include <string>
#include <vector>

#include "audit/finding.hpp"
#include "audit/printed_value.hpp"
#include "model/conventions.hpp"
#include "model/printed_figure.hpp"

namespace lkjip::audit {

enum class Notation { Unknown, Indonesian, English };

// What the writing of one figure shows: "92,32" and "Rp 6.210.455.282" are Indonesian, "92.32" and
// "Rp 6,210,455,282.00" English; "100", "1.250" (a thousands dot or a decimal point) and words show neither.
Notation notation_of(const std::string& text, ValueKind kind);

// The figure read in the draft's notation: in an English draft its marks are swapped before reading (so
// that 91.13 is 91,13 written regularly), except on a figure written in Indonesian notation, which is read
// as written and noted as irregular there.
PrintedValue read_in_notation(const std::string& text, ValueKind kind, Notation draft_notation);

// Whether a besaran is a percentage computed by lkjip (capaian, serapan, efisiensi, ...): the figures a
// decimal style is about. Targets and realisasi are printed as the staff wrote them.
bool is_percentage(const std::string& besaran);

struct HouseStyle {
    Notation notation = Notation::Indonesian;
    std::optional<int>
        percent_decimals;     // the precision percentages are judged at, when not tampilan.desimal
    std::vector<Note> notes;  // one per style recognised
};

HouseStyle recognise_house_style(const std::vector<model::PrintedFigure>& printed,
                                 const model::Conventions& c);

}  // namespace lkjip::audit
