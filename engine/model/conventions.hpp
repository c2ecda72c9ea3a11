#pragma once
// Every convention the field disagrees on, as one typed value read from config/konvensi-bawaan.json,
// overlaid by --config, by the profile's [konvensi] section and by --set. Names match the config keys.
#include <optional>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "model/band_scale.hpp"
#include "model/ordinal_scale.hpp"

namespace lkjip::model {

enum class NegativeFormula { TwoTargetMinusRealisasi, TargetOverRealisasi };  // "2T-R" | "T/R"
enum class CapScope { Everywhere, AggregationOnly };                          // "semua" | "agregasi"
enum class RatingBasis { FullPrecision, DisplayedValue };  // "nilai_penuh" | "nilai_tampil"
enum class Weighting { Unweighted, ByBobot };              // "tanpa" | "bobot"
enum class OpdAggregation { MeanOfSasaran, MeanOfIku };    // "rata_rata_sasaran" | "rata_rata_iku"
enum class MissingInAggregate { Skip, MakesAggregateNa };  // "abaikan" | "na"
// "jumlah" | "rata_rata_anak" (each level the mean of its direct children's %) | "rata_rata_sub_kegiatan"
// (a program, and a total, the mean of the % of every sub kegiatan under it, as Setda Provinsi Sumatera
// Utara)
enum class ParentAbsorption { SumOfAmounts, MeanOfChildren, MeanOfSubKegiatan };
enum class EfficiencyMethod { Ratio, Difference, UnspentShare };  // "rasio" | "selisih" | "sisa_anggaran"
enum class EfficiencyForm { Percent, Index };                     // "persen" | "indeks"

struct CapaianConventions {
    std::string source;
    NegativeFormula negative_formula = NegativeFormula::TwoTargetMinusRealisasi;
    std::optional<double> floor = 0.0;  // "batas_bawah"; nullopt = "tidak_ada"
    std::optional<double> cap;          // "batas_atas"; nullopt = "tidak_ada"
    CapScope cap_scope = CapScope::Everywhere;
};

struct DisplayConventions {
    std::string source;
    int decimals = 2;
    format::Rounding rounding = format::Rounding::HalfUp;
    RatingBasis rating_basis = RatingBasis::FullPrecision;  // "dasar_penilaian": what bands are applied to
};

struct AggregationConventions {
    std::string source;
    Weighting weighting = Weighting::Unweighted;
    OpdAggregation opd = OpdAggregation::MeanOfSasaran;
    MissingInAggregate missing = MissingInAggregate::Skip;
};

struct BudgetConventions {
    std::string source;
    ParentAbsorption parent_absorption = ParentAbsorption::SumOfAmounts;
};

struct EfficiencyConventions {
    std::string source;
    EfficiencyMethod method = EfficiencyMethod::Ratio;
    EfficiencyForm form = EfficiencyForm::Percent;
    std::optional<double> min_capaian;  // "capaian_minimal"
    std::string not_rated_label = "Tidak dinilai";
    BandScale ratio_categories;
    BandScale difference_categories;
    BandScale unspent_categories;

    const BandScale& categories() const {
        switch (method) {
            case EfficiencyMethod::Ratio:
                return ratio_categories;
            case EfficiencyMethod::Difference:
                return difference_categories;
            case EfficiencyMethod::UnspentShare:
                return unspent_categories;
        }
        return ratio_categories;
    }
};

// How the reviu recognises a draft's house style (audit/house_style.cpp): a way of printing used on at
// least `style_min_share` % of the figures that show it, and on at least `style_min_figures` of them, is
// reported once as the report's style, and the figures are judged in it; below either, every figure is
// judged on its own.
struct ReviewConventions {
    std::string source;
    int style_min_share = 80;   // "gaya_porsi_minimal"
    int style_min_figures = 5;  // "gaya_angka_minimal"
};

// A key whose default was changed, and where ("--set", the --config file, the profile).
struct ConventionOverride {
    std::string key;  // "capaian.batas_atas"; a list as a whole: "predikat.skala"
    std::string source;
};

struct Conventions {
    std::string name;
    // Keys changed after the set named `name` was given (empty when only the defaults, or only a named
    // variant, are in force): what the summary lists beside the name.
    std::vector<ConventionOverride> overrides;
    CapaianConventions capaian;
    DisplayConventions display;
    BandScale predikat;
    BandScale atribut;
    AggregationConventions aggregation;
    BudgetConventions budget;
    EfficiencyConventions efficiency;
    ReviewConventions review;
    // The scales of ordinal indicators (config/skala-ordinal.json); not part of the convention table.
    std::vector<OrdinalScale> ordinal_scales;
};

}  // namespace lkjip::model
