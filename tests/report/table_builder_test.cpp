#include "report/table_builder.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

#include "compute/performance.hpp"
#include "generated_docs.hpp"
#include "input/printed_figures_reader.hpp"
#include "input/template_reader.hpp"
#include "quantity/vocabulary.hpp"
#include "report/fields.hpp"
#include "report/report_builder.hpp"
#include "report/row_source.hpp"
#include "table/cell_text.hpp"
#include "test_support.hpp"

using lkjip::Diagnostics;
using lkjip::report::TableTemplate;
using lkjip::table::Cell;

namespace {
// A cell's formula in its neutral text ({R3C4}), "" when it has none.
std::string formula_of(const Cell& c) {
    return c.formula ? lkjip::formula::neutral_text(*c.formula) : "";
}
}  // namespace

namespace {

// The Dumai fixture, read and computed once per test run.
const lkjip::compute::Performance& dumai() {
    return lkjip::test::dumai_performance();
}

TableTemplate parse(const std::string& json, Diagnostics& diagnostics) {
    return lkjip::input::read_table_template(json, "uji.json", diagnostics);
}

std::string text(const Cell& c) {
    return lkjip::table::display_text(c);
}

}  // namespace

TEST_CASE("a grouped header spans its leaves and leaves span the rows below") {
    Diagnostics d;
    const TableTemplate t = parse(R"({"nomor": "3.2.1", "judul": "Perbandingan {tahun_lalu} dan {tahun}",
        "baris": "iku", "kolom": [
          {"judul": "No", "isi": "nomor"},
          {"judul": "Tahun {tahun}", "tahun": "N-1", "kolom": [
            {"judul": "Target", "isi": "target"}, {"judul": "Capaian", "isi": "capaian"}]},
          {"judul": "Tahun {tahun}", "kolom": [
            {"judul": "Target", "isi": "target"}, {"judul": "Capaian", "isi": "capaian"}]}]})",
                                  d);
    REQUIRE_FALSE(d.has_errors());
    lkjip::report::validate_template(t, d);
    REQUIRE_FALSE(d.has_errors());
    const lkjip::table::Table table = lkjip::report::build_table(t, dumai());
    CHECK(table.judul == "Perbandingan 2022 dan 2023");
    REQUIRE(table.header.size() == 2);
    CHECK(table.header[0][0].text == "No");
    CHECK(table.header[0][0].row_span == 2);
    CHECK(table.header[1][0].covered);
    CHECK(table.header[0][1].text == "Tahun 2022");
    CHECK(table.header[0][1].col_span == 2);
    CHECK(table.header[0][2].covered);
    CHECK(table.header[0][3].text == "Tahun 2023");
    CHECK(table.header[1][4].text == "Capaian");
    REQUIRE(table.rows.size() == 4);
    // IKU1.1: 2022 target 68,53, realisasi 62,5 -> 91,20; 2023 -> 92,32 (full precision from 202/310).
    CHECK(text(table.rows[0].cells[1]) == "68,53");
    CHECK(text(table.rows[0].cells[2]) == "91,20%");
    CHECK(text(table.rows[0].cells[4]) == "92,32%");
    // Capaian of 2022 is computed from 2022's cells, which are not in this table: no formula then.
    CHECK(formula_of(table.rows[0].cells[2]).empty());
}

TEST_CASE("capaian, predikat and the sasaran average carry formulas over the cells they read") {
    Diagnostics d;
    const TableTemplate t = parse(R"({"nomor": "3.1", "judul": "Capaian", "baris": "iku", "kolom": [
          {"judul": "Sasaran", "isi": "sasaran"}, {"judul": "Target", "isi": "target"},
          {"judul": "Realisasi", "isi": "realisasi"}, {"judul": "Capaian", "isi": "capaian"},
          {"judul": "Predikat", "isi": "predikat"}, {"judul": "Sasaran", "isi": "sasaran.capaian"}]})",
                                  d);
    REQUIRE_FALSE(d.has_errors());
    const lkjip::table::Table table = lkjip::report::build_table(t, dumai());
    REQUIRE(table.rows.size() == 4);
    CHECK(formula_of(table.rows[1].cells[3]) == "MAX(0,{R1C2}/{R1C1}*100)");
    CHECK(text(table.rows[1].cells[3]) == "49,18%");
    CHECK(table.rows[1].cells[4].text == "Sangat Rendah");
    CHECK(
        formula_of(table.rows[1].cells[4]) ==
        R"(IF({R1C3}>90,"Sangat Tinggi",IF({R1C3}>75,"Tinggi",IF({R1C3}>65,"Sedang",IF({R1C3}>50,"Rendah","Sangat Rendah")))))");
    CHECK(table.rows[1].cells[4].shade.scale == "predikat");
    CHECK(table.rows[1].cells[4].shade.band == 4);
    // The sasaran cells are merged over their two IKU rows; the average reads both capaian cells.
    CHECK(table.rows[0].cells[0].row_span == 2);
    CHECK(table.rows[1].cells[0].covered);
    CHECK(formula_of(table.rows[0].cells[5]) == "AVERAGE({R0C3}:{R1C3})");
    CHECK(text(table.rows[0].cells[5]) == "70,75%");
    CHECK(formula_of(table.rows[2].cells[5]) == "AVERAGE({R2C3}:{R3C3})");
}

TEST_CASE("a capped convention changes the capaian formula, and a cap for averages only drops the AVERAGE") {
    Diagnostics d;
    const TableTemplate t = parse(R"({"nomor": "3.6", "judul": "Program", "baris": "program", "kolom": [
          {"judul": "Target", "isi": "target"}, {"judul": "Realisasi", "isi": "realisasi"},
          {"judul": "Capaian", "isi": "capaian"}]})",
                                  d);
    lkjip::compute::Performance p = dumai();
    p.conventions.capaian.cap = 100.0;
    p.conventions.capaian.cap_scope = lkjip::model::CapScope::Everywhere;
    const lkjip::table::Table table = lkjip::report::build_table(t, p);
    CHECK(formula_of(table.rows[1].cells[2]) == "MIN(100,MAX(0,{R1C1}/{R1C0}*100))");
    CHECK(table.notes.back() == "Capaian dibatasi paling tinggi 100%.");
}

TEST_CASE("budget parents sum their children only where the children hold every amount") {
    Diagnostics d;
    const TableTemplate t = parse(R"({"nomor": "2", "judul": "Pagu", "baris": "anggaran", "jumlah": true,
        "kolom": [{"judul": "Uraian", "isi": "uraian"}, {"judul": "Murni", "isi": "pagu_murni"},
                  {"judul": "Pagu", "isi": "pagu"}, {"judul": "Realisasi", "isi": "realisasi_anggaran"},
                  {"judul": "Serapan", "isi": "serapan"}]})",
                                  d);
    const lkjip::table::Table table = lkjip::report::build_table(t, dumai());
    // Row 1 is program 2.17.03: its pagu is its one kegiatan's, which is its one sub kegiatan's.
    CHECK(table.rows[1].cells[0].text == "Program Pengawasan dan Pemeriksaan Koperasi");
    CHECK(formula_of(table.rows[1].cells[2]) == "SUM({R2C2})");
    CHECK(table.rows[2].cells[0].indent == 1);
    // Pagu murni is not itemised below the program: a dash, and no SUM over it.
    CHECK(text(table.rows[2].cells[1]) == "-");
    CHECK(formula_of(table.rows[1].cells[1]).empty());
    CHECK(formula_of(table.rows[1].cells[4]) == "{R1C3}/{R1C2}*100");
    const lkjip::table::Row& total = table.rows.back();
    CHECK(total.role == lkjip::table::RowRole::Total);
    CHECK(total.cells[0].text == "Jumlah");
    CHECK(text(total.cells[2]) == "8.729.827.382");
    CHECK(formula_of(total.cells[2]) == "SUM({R0C2},{R1C2},{R4C2},{R7C2},{R12C2},{R15C2})");
    CHECK(text(total.cells[4]) == "94,45%");
}

TEST_CASE("template problems name the file and key path, with a suggestion") {
    Diagnostics d;
    const TableTemplate t = parse(R"({"nomor": "1", "judul": "x", "baris": "ikuu", "kolom": [
          {"judul": "a", "isi": "capain"}, {"judul": "b", "kolom": [{"isi": "target", "lebarr": 3}]}],
        "grafik": [{"judul": "g", "kategori": "indikator", "nilai": "capaian"}]})",
                                  d);
    lkjip::report::validate_template(t, d);
    std::vector<std::string> messages;
    for (const lkjip::Diagnostic& x : d.items())
        messages.push_back(x.where.key_path + ": " + x.message);
    REQUIRE(messages.size() == 5);
    CHECK(messages[0] ==
          "kolom.2.kolom.1.lebarr: kunci tidak dikenal di kolom: \"lebarr\"; maksud Anda \"lebar\"?");
    CHECK(messages[1] == "baris: sumber baris tidak dikenal: \"ikuu\"; maksud Anda \"iku\"?");
    CHECK(messages[2] ==
          "kolom.1.isi: bidang tidak dikenal: \"capain\"; maksud Anda \"capaian\"? (daftar bidang: "
          "templates/README.md)");
    CHECK(messages[3] == "grafik.1.kategori: grafik memakai kolom \"indikator\" yang tidak ada di tabel");
    CHECK(messages[4] == "grafik.1.nilai: grafik memakai kolom \"capaian\" yang tidak ada di tabel");
}

TEST_CASE("every default template is valid and the report has them in file order") {
    Diagnostics d;
    const auto templates = lkjip::input::default_table_templates(d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(templates.size() == 16);
    const lkjip::table::Report report = lkjip::report::build_report(templates, dumai());
    // Tables 3.8 (indicators of kegiatan and sub kegiatan), 3.9 and 3.10 (quarters) are left out: Dumai
    // reports none.
    CHECK(report.tables.size() == 13);
    CHECK(std::none_of(report.tables.begin(), report.tables.end(), [](const lkjip::table::Table& t) {
        return t.nomor == "3.8" || t.nomor == "3.9" || t.nomor == "3.10";
    }));
    CHECK(report.tables.front().sheet_name == "Ikhtisar");
    CHECK(report.tables.back().nomor == "L.1");
    CHECK(report.place_and_date == "Dumai, Januari 2024");
    CHECK(report.head_nip == "19740925 199502 1 001");
}

TEST_CASE("sheet names are valid, at most 31 characters and unique regardless of case") {
    using lkjip::report::sheet_name;
    CHECK(sheet_name("3.1 Capaian: IKU/Sasaran?", {}) == "3.1 Capaian- IKU-Sasaran-");
    CHECK(sheet_name("'kutip'", {}) == "kutip");
    CHECK(sheet_name("", {}) == "Tabel");
    CHECK(sheet_name("Ikhtisar", {"IKHTISAR"}) == "Ikhtisar (2)");
    const std::string long_name = "Perbandingan Realisasi Kinerja Tahun Lalu";
    CHECK(sheet_name(long_name, {}) == "Perbandingan Realisasi Kinerja ");
    CHECK(sheet_name(long_name, {"Perbandingan Realisasi Kinerja "}) == "Perbandingan Realisasi Kine (2)");
    // 31 characters, not bytes: "≥" is one character.
    const std::string wide = "≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥≥";
    CHECK(sheet_name(wide, {}).size() == 31 * 3);
}

TEST_CASE("templates/README.md documents every field (generated from the field table) and row source") {
    std::string table = "| bidang | arti |\n|---|---|\n";
    for (const lkjip::report::FieldSpec& f : lkjip::report::all_fields())
        table += "| `" + f.name + "` | " + f.description + " |\n";
    lkjip::test::check_generated_section("templates/README.md", "bidang", table);

    std::ifstream in(std::string(LKJIP_SOURCE_DIR) + "/templates/README.md");
    const std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const lkjip::report::RowSourceSpec& s : lkjip::report::all_row_sources()) {
        INFO(s.name);
        CHECK(readme.find("| `" + std::string(s.name) + "` |") != std::string::npos);
    }
}

TEST_CASE("every figure a template can show is a quantity of the vocabulary, so the audit can check it") {
    std::size_t quantity_fields = 0;
    for (const lkjip::report::FieldSpec& f : lkjip::report::all_fields()) {
        if (f.quantity.empty())
            continue;
        INFO(f.name);
        ++quantity_fields;
        const lkjip::quantity::Quantity* q = lkjip::quantity::find(f.quantity);
        REQUIRE(q != nullptr);
        const auto& printable = lkjip::input::printed_quantities();
        CHECK(std::find(printable.begin(), printable.end(), std::string(q->key)) != printable.end());
        CHECK(f.description.rfind(std::string(q->description), 0) == 0);
    }
    CHECK(quantity_fields >= 30);
}
