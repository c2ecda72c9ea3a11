#include "model/convention_table.hpp"

namespace lkjip::model {

namespace {

// `field` is a generic lambda returning a reference to the member, for a const or a mutable Conventions.
template <typename Field>
ConventionEntry text(std::string key, Field field) {
    return {
        .key = std::move(key),
        .kind = ConventionKind::Text,
        .get = [field](const Conventions& c) { return ConventionValue(std::string(field(c))); },
        .set = [field](Conventions& c, const ConventionValue& v) { field(c) = std::get<std::string>(v); }};
}

template <typename Field>
ConventionEntry choice(std::string key, std::vector<std::string> names, Field field) {
    return {.key = std::move(key),
            .kind = ConventionKind::Choice,
            .choices = std::move(names),
            .get = [field](const Conventions& c) { return ConventionValue(static_cast<int>(field(c))); },
            .set =
                [field](Conventions& c, const ConventionValue& v) {
                    using Enum = std::remove_reference_t<decltype(field(c))>;
                    field(c) = static_cast<Enum>(std::get<int>(v));
                }};
}

template <typename Field>
ConventionEntry number(std::string key, Field field) {
    return {.key = std::move(key),
            .kind = ConventionKind::Number,
            .get = [field](const Conventions& c) { return ConventionValue(field(c)); },
            .set = [field](Conventions& c,
                           const ConventionValue& v) { field(c) = std::get<std::optional<double>>(v); }};
}

template <typename Field>
ConventionEntry integer(std::string key, int min, int max, Field field) {
    return {.key = std::move(key),
            .kind = ConventionKind::Integer,
            .min = min,
            .max = max,
            .get = [field](const Conventions& c) { return ConventionValue(field(c)); },
            .set = [field](Conventions& c, const ConventionValue& v) { field(c) = std::get<int>(v); }};
}

// A scale's bands; its source is the section's "sumber" (set by that entry).
template <typename Field>
ConventionEntry scale(std::string key, Field field) {
    return {.key = std::move(key),
            .kind = ConventionKind::Scale,
            .get = [field](const Conventions& c) { return ConventionValue(field(c)); },
            .set = [field](Conventions& c,
                           const ConventionValue& v) { field(c).bands = std::get<BandScale>(v).bands; }};
}

}  // namespace

const std::vector<ConventionEntry>& convention_table() {
    static const std::vector<ConventionEntry> table = {
        text(
            "nama", [](auto& c) -> auto& { return c.name; }),

        text(
            "capaian.sumber", [](auto& c) -> auto& { return c.capaian.source; }),
        choice(
            "capaian.rumus_negatif", {"2T-R", "T/R"},
            [](auto& c) -> auto& { return c.capaian.negative_formula; }),
        number(
            "capaian.batas_bawah", [](auto& c) -> auto& { return c.capaian.floor; }),
        number(
            "capaian.batas_atas", [](auto& c) -> auto& { return c.capaian.cap; }),
        choice(
            "capaian.batas_atas_berlaku", {"semua", "agregasi"},
            [](auto& c) -> auto& { return c.capaian.cap_scope; }),

        text(
            "tampilan.sumber", [](auto& c) -> auto& { return c.display.source; }),
        integer(
            "tampilan.desimal", 0, 6, [](auto& c) -> auto& { return c.display.decimals; }),
        choice(
            "tampilan.pembulatan", {"setengah_ke_atas", "potong"},
            [](auto& c) -> auto& { return c.display.rounding; }),
        choice(
            "tampilan.dasar_penilaian", {"nilai_penuh", "nilai_tampil"},
            [](auto& c) -> auto& { return c.display.rating_basis; }),

        text(
            "predikat.sumber", [](auto& c) -> auto& { return c.predikat.source; }),
        scale(
            "predikat.skala", [](auto& c) -> auto& { return c.predikat; }),

        text(
            "atribut.sumber", [](auto& c) -> auto& { return c.atribut.source; }),
        scale(
            "atribut.skala", [](auto& c) -> auto& { return c.atribut; }),

        text(
            "agregasi.sumber", [](auto& c) -> auto& { return c.aggregation.source; }),
        choice(
            "agregasi.bobot", {"tanpa", "bobot"}, [](auto& c) -> auto& { return c.aggregation.weighting; }),
        choice(
            "agregasi.opd", {"rata_rata_sasaran", "rata_rata_iku"},
            [](auto& c) -> auto& { return c.aggregation.opd; }),
        choice(
            "agregasi.indikator_na", {"abaikan", "na"},
            [](auto& c) -> auto& { return c.aggregation.missing; }),

        text(
            "anggaran.sumber", [](auto& c) -> auto& { return c.budget.source; }),
        choice(
            "anggaran.serapan_induk", {"jumlah", "rata_rata_anak", "rata_rata_sub_kegiatan"},
            [](auto& c) -> auto& { return c.budget.parent_absorption; }),

        // The efficiency scales cite the section's source too.
        {.key = "efisiensi.sumber",
         .kind = ConventionKind::Text,
         .get = [](const Conventions& c) { return ConventionValue(c.efficiency.source); },
         .set =
             [](Conventions& c, const ConventionValue& v) {
                 const std::string& source = std::get<std::string>(v);
                 c.efficiency.source = source;
                 c.efficiency.ratio_categories.source = source;
                 c.efficiency.difference_categories.source = source;
                 c.efficiency.unspent_categories.source = source;
             }},
        choice(
            "efisiensi.metode", {"rasio", "selisih", "sisa_anggaran"},
            [](auto& c) -> auto& { return c.efficiency.method; }),
        choice(
            "efisiensi.bentuk", {"persen", "indeks"}, [](auto& c) -> auto& { return c.efficiency.form; }),
        number(
            "efisiensi.capaian_minimal", [](auto& c) -> auto& { return c.efficiency.min_capaian; }),
        text(
            "efisiensi.label_tidak_dinilai", [](auto& c) -> auto& { return c.efficiency.not_rated_label; }),
        scale(
            "efisiensi.kategori.rasio", [](auto& c) -> auto& { return c.efficiency.ratio_categories; }),
        scale(
            "efisiensi.kategori.selisih",
            [](auto& c) -> auto& { return c.efficiency.difference_categories; }),
        scale(
            "efisiensi.kategori.sisa_anggaran",
            [](auto& c) -> auto& { return c.efficiency.unspent_categories; }),

        text(
            "reviu.sumber", [](auto& c) -> auto& { return c.review.source; }),
        integer(
            "reviu.gaya_porsi_minimal", 51, 100, [](auto& c) -> auto& { return c.review.style_min_share; }),
        integer(
            "reviu.gaya_angka_minimal", 1, 1000000,
            [](auto& c) -> auto& { return c.review.style_min_figures; }),
    };
    return table;
}

}  // namespace lkjip::model
