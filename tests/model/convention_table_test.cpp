#include "model/convention_table.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "input/convention_reader.hpp"
#include "input/property_file.hpp"

using namespace lkjip;

namespace {

// A key of the default file as the table names it: a scale's items ("predikat.skala.label") are its scale.
std::string table_key(const std::string& shape) {
    for (const model::ConventionEntry& e : model::convention_table()) {
        if (e.kind == model::ConventionKind::Scale && shape.rfind(e.key + ".", 0) == 0)
            return e.key;
    }
    return shape;
}

}  // namespace

TEST_CASE("the convention table and config/konvensi-bawaan.json name the same keys") {
    std::set<std::string> in_file;
    for (const input::Property& p : input::default_convention_properties().entries) {
        if (p.key != "keterangan")  // the file's description of itself, not a convention
            in_file.insert(table_key(input::key_shape(p.key)));
    }
    std::set<std::string> in_table;
    for (const model::ConventionEntry& e : model::convention_table()) {
        CHECK_MESSAGE(in_table.insert(e.key).second, "twice in the table: " << e.key);
        CHECK_MESSAGE(in_file.count(e.key) == 1, "in the table, not in the default file: " << e.key);
    }
    for (const std::string& k : in_file)
        CHECK_MESSAGE(in_table.count(k) == 1, "in the default file, not in the table: " << k);
    CHECK(in_table.size() == 31);
}

TEST_CASE("each choice name reads as the value the table writes back") {
    for (const model::ConventionEntry& e : model::convention_table()) {
        if (e.kind != model::ConventionKind::Choice)
            continue;
        CAPTURE(e.key);
        REQUIRE(e.choices.size() >= 2);
        for (std::size_t i = 0; i < e.choices.size(); ++i) {
            input::ConventionOverrides o;
            o.set_arguments = {e.key + "=" + e.choices[i]};
            const model::Conventions c = input::load_conventions(o);
            CHECK(std::get<int>(e.get(c)) == static_cast<int>(i));
        }
    }
    // And the names are the enums' own: the reader's choice is what the rules see.
    input::ConventionOverrides o;
    o.set_arguments = {"capaian.rumus_negatif=T/R", "anggaran.serapan_induk=rata_rata_anak",
                       "efisiensi.metode=sisa_anggaran", "tampilan.pembulatan=potong"};
    const model::Conventions c = input::load_conventions(o);
    CHECK(c.capaian.negative_formula == model::NegativeFormula::TargetOverRealisasi);
    CHECK(c.budget.parent_absorption == model::ParentAbsorption::MeanOfChildren);
    CHECK(c.efficiency.method == model::EfficiencyMethod::UnspentShare);
    CHECK(c.display.rounding == format::Rounding::Truncate);
}

TEST_CASE("the efficiency section's source is every efficiency scale's source") {
    input::ConventionOverrides o;
    o.set_arguments = {"efisiensi.sumber=Perwali 12/2024"};
    const model::Conventions c = input::load_conventions(o);
    CHECK(c.efficiency.source == "Perwali 12/2024");
    CHECK(c.efficiency.ratio_categories.source == "Perwali 12/2024");
    CHECK(c.efficiency.difference_categories.source == "Perwali 12/2024");
    CHECK(c.efficiency.unspent_categories.source == "Perwali 12/2024");
    CHECK(c.predikat.source.rfind("Permendagri 86/2017", 0) == 0);
    CHECK(c.predikat.bands.size() == 5);
}
