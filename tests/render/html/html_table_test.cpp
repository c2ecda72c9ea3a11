#include "render/html/html_table.hpp"

#include <doctest/doctest.h>

using lkjip::table::Align;
using lkjip::table::Cell;
using lkjip::table::NumberStyle;
using lkjip::table::Row;
using lkjip::table::RowRole;
using lkjip::table::Table;
namespace html = lkjip::render::html;

namespace {

// A two-row header ("Tahun 2023" over Target and Capaian, "No" spanning both rows), a merged sasaran
// cell over two IKU rows, a predikat band and a total row.
Table capaian_table() {
    Table t;
    t.id = "capaian-iku";
    t.nomor = "3.1.1";
    t.judul = "Capaian <IKU> & Sasaran";
    t.columns.resize(4);
    Cell no = Cell::of_text("No", Align::Center);
    no.row_span = 2;
    Cell year = Cell::of_text("Tahun 2023", Align::Center);
    year.col_span = 2;
    Cell covered;
    covered.covered = true;
    t.header.push_back({no, Cell::of_text("Sasaran"), year, covered});
    t.header.push_back({covered, covered, Cell::of_text("Target"), Cell::of_text("Capaian (%)")});
    t.header[1][1] = Cell::of_text("\"Uraian\"");
    Cell sasaran = Cell::of_text("S1 O'Brien");
    sasaran.row_span = 2;
    Cell predikat = Cell::of_number(92.3219, NumberStyle::Percent);
    predikat.shade = {"predikat", 0, 5};
    t.rows.push_back({RowRole::Data,
                      {Cell::of_text("1"), sasaran, Cell::of_number(70.58, NumberStyle::Decimal), predikat}});
    Cell na = Cell::not_available("target 0 <tidak terukur>");
    t.rows.push_back(
        {RowRole::Data, {Cell::of_text("2"), covered, Cell::of_number(0, NumberStyle::Decimal), na}});
    Cell total = Cell::of_text("Jumlah");
    total.col_span = 3;
    total.bold = true;
    t.rows.push_back(
        {RowRole::Total, {total, covered, covered, Cell::of_number(8729827382.0, NumberStyle::Rupiah, 0)}});
    t.notes = {"Capaian > 100% berarti melampaui target."};
    return t;
}

}  // namespace

TEST_CASE("html escape: every character that could open markup or close an attribute") {
    CHECK(html::escape("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    CHECK(html::escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(html::escape("92,32% — Rp 8.729.827.382") == "92,32% — Rp 8.729.827.382");
    CHECK(html::escape("").empty());
}

TEST_CASE("html table: header spans, merged body cells, numbers right-aligned, bands, n/a reason, notes") {
    const std::string expected =
        "<section class=\"tabel\" id=\"tabel-3-1-1\">\n"
        "<h3>Tabel 3.1.1 Capaian &lt;IKU&gt; &amp; Sasaran</h3>\n"
        "<div class=\"gulir\"><table>\n"
        "<thead>\n"
        "<tr><th rowspan=\"2\" class=\"tengah\">No</th><th>Sasaran</th>"
        "<th colspan=\"2\" class=\"tengah\">Tahun 2023</th></tr>\n"
        "<tr><th>&quot;Uraian&quot;</th><th>Target</th><th>Capaian (%)</th></tr>\n"
        "</thead>\n"
        "<tbody>\n"
        "<tr><td>1</td><td rowspan=\"2\">S1 O&#39;Brien</td><td class=\"kanan\">70,58</td>"
        "<td class=\"kanan pita-0\">92,32%</td></tr>\n"
        "<tr><td>2</td><td class=\"kanan\">0,00</td>"
        "<td class=\"tengah na\" title=\"target 0 &lt;tidak terukur&gt;\">n/a</td></tr>\n"
        "<tr class=\"jumlah\"><td colspan=\"3\" class=\"tebal\">Jumlah</td>"
        "<td class=\"kanan\">8.729.827.382</td></tr>\n"
        "</tbody>\n"
        "</table></div>\n"
        "<ul class=\"catatan\">\n"
        "<li>Capaian &gt; 100% berarti melampaui target.</li>\n"
        "</ul>\n"
        "</section>\n";
    CHECK(html::render_table(capaian_table()) == expected);
}

TEST_CASE("html table: group rows, indentation capped at 3, the worst band of a 4-band scale") {
    Table t;
    t.id = "anggaran";
    t.columns.resize(2);
    Cell kegiatan = Cell::of_text("Kegiatan");
    kegiatan.indent = 5;
    Cell atribut = Cell::of_text("Tidak Berhasil", Align::Center);
    atribut.shade = {"atribut", 3, 4};
    t.rows.push_back({RowRole::Group, {Cell::of_text("Program"), Cell::empty()}});
    t.rows.push_back({RowRole::Data, {kegiatan, atribut}});
    CHECK(html::render_table(t) ==
          "<section class=\"tabel\" id=\"tabel-anggaran\">\n"
          "<h3></h3>\n"
          "<div class=\"gulir\"><table>\n"
          "<tbody>\n"
          "<tr class=\"grup\"><td>Program</td><td></td></tr>\n"
          "<tr><td class=\"inden-3\">Kegiatan</td><td class=\"tengah pita-4\">Tidak Berhasil</td></tr>\n"
          "</tbody>\n"
          "</table></div>\n"
          "</section>\n");
}

TEST_CASE("html anchors: nomor with dots and letters; a hostile nomor cannot leave the attribute") {
    Table t;
    t.nomor = "L.1";
    CHECK(html::table_anchor(t) == "tabel-L-1");
    t.nomor = "\"><script>";
    CHECK(html::table_anchor(t) == "tabel----script-");
}

TEST_CASE("html report: every table in order") {
    lkjip::table::Report report;
    report.tables.push_back(capaian_table());
    Table second;
    second.nomor = "3.2";
    report.tables.push_back(second);
    const std::string out = html::render_tables(report);
    CHECK(out.find("id=\"tabel-3-1-1\"") < out.find("id=\"tabel-3-2\""));
    CHECK(out.find("id=\"tabel-3-2\"") != std::string::npos);
}
