#include "report/audit_tables.hpp"

#include <doctest/doctest.h>

#include "table/cell_text.hpp"
#include "test_support.hpp"

using namespace lkjip;

namespace {

audit::Finding finding(std::string rule, std::string tabel, std::string halaman, std::string tercetak,
                       std::string seharusnya) {
    audit::Finding f;
    f.rule = std::move(rule);
    f.tabel = std::move(tabel);
    f.halaman = std::move(halaman);
    f.objek = "IKU1.1";
    f.besaran = "capaian";
    f.tahun = 2023;
    f.tercetak = std::move(tercetak);
    f.seharusnya = std::move(seharusnya);
    f.pesan = "berbeda";
    return f;
}

std::vector<std::string> row_text(const table::Table& t, std::size_t row) {
    std::vector<std::string> out;
    for (const table::Cell& c : t.rows.at(row).cells)
        out.push_back(table::display_text(c));
    return out;
}

}  // namespace

TEST_CASE("lembar reviu: the counts by severity, then a row per finding with its place and rule") {
    const std::vector<audit::Finding> findings = {
        finding("angka_primer", "3.1.1", "12", "92,33%", "92,32%"),
        finding("pembulatan_dipotong", "teks: Ikhtisar", "", "92,3", "92,32"),
    };
    const table::Report r = report::audit_report({findings, {}}, 40, test::dumai_performance());
    CHECK(r.title == "Lembar Reviu Angka LKjIP Tahun 2023");
    REQUIRE(r.tables.size() == 2);
    const table::Table& summary = r.tables[0];
    CHECK(summary.nomor == "R.1");
    REQUIRE(summary.rows.size() == 4);
    CHECK(row_text(summary, 0) == std::vector<std::string>{"Angka tercetak yang diperiksa", "40"});
    CHECK(row_text(summary, 1) == std::vector<std::string>{"Galat (hitungan atau data berbeda)", "1"});
    CHECK(row_text(summary, 2) == std::vector<std::string>{"Pembulatan (dipotong, bertahap, presisi)", "1"});
    CHECK(row_text(summary, 3) == std::vector<std::string>{"Peringatan (beda antartabel, penulisan)", "0"});

    const table::Table& list = r.tables[1];
    CHECK(list.nomor == "R.2");
    REQUIRE(list.rows.size() == 2);
    const std::vector<std::string> first = row_text(list, 0);
    REQUIRE(first.size() == 9);
    CHECK(first[0] == "1");
    CHECK(first[1] == "galat");
    CHECK(first[2] == "Tabel 3.1.1, hlm. 12");
    CHECK(first[4] == "capaian (2023)");
    CHECK(first[5] == "92,33%");
    CHECK(list.rows[0].cells[5].align == table::Align::Right);
    CHECK(first[7] == "Angka tercetak berbeda dengan data primer: berbeda");
    CHECK(row_text(list, 1)[2] == "teks: Ikhtisar");
    // The severity's shade: red for an error, orange for rounding.
    CHECK(list.rows[0].cells[1].shade.band == 4);
    CHECK(list.rows[1].cells[1].shade.band == 3);
    CHECK(list.notes.empty());
}

TEST_CASE("lembar reviu without findings says so under the list") {
    const table::Report r = report::audit_report({}, 7, test::dumai_performance());
    REQUIRE(r.tables.size() == 2);
    CHECK(r.tables[1].rows.empty());
    CHECK(r.tables[1].notes == std::vector<std::string>{"Tidak ada temuan."});
}

TEST_CASE("lembar reviu: the draft's house style is a note under the summary, once") {
    const audit::Result result{{},
                               {{"gaya_desimal", "persentase dicetak dengan 1 desimal (12 dari 12 angka)"}}};
    const table::Report r = report::audit_report(result, 12, test::dumai_performance());
    REQUIRE(r.tables.size() == 2);
    REQUIRE(r.tables[0].notes.size() == 2);
    CHECK(r.tables[0].notes[1] == "Gaya laporan: persentase dicetak dengan 1 desimal (12 dari 12 angka).");
}
