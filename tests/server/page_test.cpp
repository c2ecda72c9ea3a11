#include "server/page.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

namespace server = lkjip::server;

TEST_CASE("page: the forms, with the result in its place and nothing loaded from outside") {
    const std::string empty = server::page_html("");
    CHECK(empty.find("<html lang=\"id\">") != std::string::npos);
    CHECK(empty.find("<form id=\"form-masukan\" method=\"post\" action=\"/hasil\"") != std::string::npos);
    CHECK(empty.find("<form id=\"form-audit\" method=\"post\" action=\"/hasil/audit\"") != std::string::npos);
    CHECK(empty.find("<!--HASIL-->") == std::string::npos);
    CHECK(empty.find("src=") == std::string::npos);  // no external script, image or style sheet
    CHECK(empty.find("href=\"http") == std::string::npos);
    const std::string with = server::page_html("<section id=\"hasil\">X</section>");
    CHECK(with.find("</div>\n<section id=\"hasil\">X</section>\n</main>") != std::string::npos);
}

TEST_CASE("page: problems in one list with their location, escaped") {
    lkjip::Diagnostic d;
    d.where.file = "masukan.xlsx";
    d.where.sheet = "Realisasi";
    d.where.line = 2;
    d.where.column = 3;
    d.message = "kolom \"realisasi\": angka diharapkan, ditemukan \"<b>\"";
    lkjip::Diagnostic w;
    w.severity = lkjip::Severity::Warning;
    w.where.file = "masukan.xlsx";
    w.message = "peringatan";
    const std::string html = server::problems_section({d, w});
    CHECK(html.find("<p class=\"ringkas\">1 galat, 1 peringatan.") != std::string::npos);
    CHECK(html.find("<tr><td class=\"tengah pita-4\">galat</td><td>masukan.xlsx: Realisasi!C2</td><td>kolom "
                    "&quot;realisasi&quot;: angka diharapkan, ditemukan &quot;&lt;b&gt;&quot;</td></tr>") !=
          std::string::npos);
    CHECK(html.find("<td class=\"tengah pita-2\">peringatan</td><td>masukan.xlsx</td>") != std::string::npos);
}

TEST_CASE("page: the result of Dumai: summary, download buttons for the same upload, every report table") {
    const lkjip::compute::Performance& p = lkjip::test::dumai_performance();
    lkjip::table::Report report;
    lkjip::table::Table t;
    t.nomor = "3.1.1";
    t.judul = "Capaian";
    report.tables.push_back(t);
    const std::string html = server::result_section(p, report, {});
    CHECK(html.find(
              "<h2>Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Kota Dumai — tahun 2023</h2>") !=
          std::string::npos);
    CHECK(html.find("form=\"form-masukan\" formaction=\"/unduh?format=pdf\"") != std::string::npos);
    CHECK(html.find("<td class=\"kanan\">92,32%</td><td class=\"tengah pita-0\">Sangat Tinggi</td>") !=
          std::string::npos);
    CHECK(html.find("<a href=\"#tabel-3-1-1\">Tabel 3.1.1</a>") != std::string::npos);
    CHECK(html.find("<section class=\"tabel\" id=\"tabel-3-1-1\">") != std::string::npos);
    CHECK(html.find("Tidak ada masalah: data siap diolah.") != std::string::npos);
}
