#include "report/template_checks.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "generated_docs.hpp"
#include "report/placeholders.hpp"
#include "report/table_builder.hpp"
#include "test_support.hpp"

using lkjip::Diagnostics;
using lkjip::format_diagnostic;
using lkjip::SourceLocation;
using lkjip::report::ColumnTemplate;
using lkjip::report::TableTemplate;

namespace {

ColumnTemplate column(std::size_t i, double lebar, std::string judul = "Kolom") {
    ColumnTemplate c;
    c.judul = std::move(judul);
    c.isi = "nomor";
    c.lebar = lebar;
    c.where = SourceLocation::key("t.json", "kolom." + std::to_string(i));
    return c;
}

TableTemplate table_of(std::size_t columns, double lebar) {
    TableTemplate t;
    t.file = "t.json";
    t.nomor = "9";
    t.judul = "Uji";
    t.baris = "iku";
    for (std::size_t i = 1; i <= columns; ++i)
        t.kolom.push_back(column(i, lebar));
    return t;
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& item : d.items())
        out.push_back(format_diagnostic(item));
    return out;
}

}  // namespace

TEST_CASE("template layout: columns that cannot get a readable width on an A4 page are refused") {
    SUBCASE("60 equal columns fit a landscape page (12,1 pt each)") {
        Diagnostics d;
        lkjip::report::check_layout(table_of(60, 5), d);
        CHECK(d.items().empty());
    }
    SUBCASE("61 do not") {
        Diagnostics d;
        lkjip::report::check_layout(table_of(61, 5), d);
        CHECK(messages(d) ==
              std::vector<std::string>{
                  "t.json: kunci kolom.1: galat: kolom tidak muat di halaman A4 lanskap: 61 kolom "
                  "dengan jumlah lebar 305 karakter; kolom ini (lebar 5) hanya mendapat 11,9 pt, "
                  "paling sedikit 12 pt; kurangi kolom atau perkecil lebar kolom lain"});
    }
    SUBCASE("one narrow column beside wide ones is named, with the portrait hint") {
        TableTemplate t = table_of(5, 120);
        t.orientasi = lkjip::table::Orientation::Portrait;
        t.kolom[3].lebar = 1;
        Diagnostics d;
        lkjip::report::check_layout(t, d);
        CHECK(messages(d) ==
              std::vector<std::string>{
                  "t.json: kunci kolom.4: galat: kolom tidak muat di halaman A4 potret: 5 kolom "
                  "dengan jumlah lebar 481 karakter; kolom ini (lebar 1) hanya mendapat 1,0 pt, "
                  "paling sedikit 12 pt; kurangi kolom atau perkecil lebar kolom lain, atau pakai "
                  "\"orientasi\": \"lanskap\""});
    }
    SUBCASE("more leaf columns than an Excel sheet has, also under a group") {
        TableTemplate t = table_of(1, 1);
        t.kolom[0].isi.clear();
        t.kolom[0].kolom.assign(16385, column(1, 1));
        Diagnostics d;
        lkjip::report::check_layout(t, d);
        CHECK(messages(d) ==
              std::vector<std::string>{"t.json: kunci kolom: galat: tabel memiliki 16.385 kolom; "
                                       "lembar Excel menampung paling banyak 16.384 kolom"});
    }
}

TEST_CASE("template texts: only known placeholders, no stray braces") {
    TableTemplate t = table_of(2, 10);
    t.judul = "Capaian {rahasia} tahun {tahun}";
    t.lembar = "Tabel {nomor";
    t.catatan = {"Sumber: {opd}", "kurung } sendiri"};
    t.kolom[1].judul = "Tahun {tahun_lalu} {tahun_lal}";
    Diagnostics d;
    lkjip::report::check_placeholders(t, d);
    std::string known;
    for (const std::string& name : lkjip::report::placeholder_names())
        known += (known.empty() ? "{" : ", {") + name + "}";
    CHECK(known.rfind("{opd}, {pemda}, {instansi}, ", 0) == 0);
    CHECK(
        messages(d) ==
        std::vector<std::string>{
            "t.json: kunci judul: galat: penanda {rahasia} tidak dikenal; yang dikenal: " + known,
            "t.json: kunci lembar: galat: kurung kurawal \"{\" tanpa penutup; kurung kurawal hanya untuk "
            "penanda " +
                known,
            "t.json: kunci catatan.2: galat: kurung kurawal \"}\" tanpa pembuka; kurung kurawal hanya untuk "
            "penanda " +
                known,
            "t.json: kunci kolom.2.judul: galat: penanda {tahun_lal} tidak dikenal; yang dikenal: " + known +
                "; maksud Anda {tahun_lalu}?"});
}

TEST_CASE("every placeholder the checks allow is expanded") {
    const lkjip::compute::Performance& p = lkjip::test::dumai_performance();
    for (const std::string& name : lkjip::report::placeholder_names()) {
        CAPTURE(name);
        const std::string expanded = lkjip::report::expand_placeholders("{" + name + "}", p, "3.1", 2023);
        CHECK(expanded.find('{') == std::string::npos);
        CHECK_FALSE(expanded.empty());
    }
}

TEST_CASE("templates/README.md lists every placeholder, generated from the placeholder table") {
    std::string table = "| penanda | isi |\n|---|---|\n";
    for (const lkjip::report::Placeholder& ph : lkjip::report::placeholders())
        table += "| `{" + std::string(ph.name) + "}` | " + ph.description + " |\n";
    lkjip::test::check_generated_section("templates/README.md", "penanda", table);
}

TEST_CASE("rule placeholders follow the conventions in force") {
    lkjip::compute::Performance p = lkjip::test::dumai_performance();
    CHECK(lkjip::report::expand_placeholders("{skala_predikat}", p, "3.1.1", 2023) ==
          "> 90 Sangat Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah, ≤ 50 Sangat Rendah");
    p.conventions.predikat.bands = {{"Sangat Tinggi", lkjip::model::Band::Bound::AtLeast, 91},
                                    {"Tinggi", lkjip::model::Band::Bound::AtLeast, 76},
                                    {"Rendah", lkjip::model::Band::Bound::Rest, 0}};
    CHECK(lkjip::report::expand_placeholders("{skala_predikat}", p, "3.1.1", 2023) ==
          "≥ 91 Sangat Tinggi, ≥ 76 Tinggi, < 76 Rendah");
    p.conventions.capaian.negative_formula = lkjip::model::NegativeFormula::TargetOverRealisasi;
    p.conventions.capaian.floor.reset();
    p.conventions.capaian.cap = 120;
    p.conventions.capaian.cap_scope = lkjip::model::CapScope::AggregationOnly;
    CHECK(lkjip::report::expand_placeholders("{rumus_capaian}", p, "3.1.1", 2023) ==
          "Capaian indikator positif = realisasi / target × 100%; indikator negatif = target / realisasi × "
          "100%; "
          "paling tinggi 120% bila dirata-ratakan.");
    p.conventions.budget.parent_absorption = lkjip::model::ParentAbsorption::MeanOfChildren;
    CHECK(lkjip::report::expand_placeholders("{rumus_serapan}", p, "", 2023)
              .find("rata-rata serapan (%) anak langsungnya") != std::string::npos);
}
