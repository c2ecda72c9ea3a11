#include "render/docx/docx_renderer.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "input/xlsx/zip_archive.hpp"

using namespace lkjip;

namespace {

constexpr std::time_t k2024 = 1704067200;  // 2024-01-01T00:00:00Z

// A small document with one of each block: a cover, a heading, a paragraph with a bold run, a
// placeholder, a numbered list, the contents, a landscape table (two header rows with a horizontal and a
// vertical merge, a merged body cell, a total row) with a chart, and the PK's two signatories.
document::Document sample() {
    document::Document doc;
    doc.title = "Laporan Kinerja 2023";
    doc.header = "LKjIP 2023 — Dinas & Co";
    doc.footer = "Dinas Uji";
    doc.report.title = "Laporan Kinerja Instansi Pemerintah Tahun 2023";
    doc.report.opd = "Dinas Uji";
    doc.report.pemda = "Kota Uji";
    doc.report.tahun = 2023;

    table::Table t;
    t.nomor = "3.1";
    t.judul = "Capaian <IKU>";
    t.orientation = table::Orientation::Landscape;
    t.columns = {{"nama", 30}, {"target", 10}, {"realisasi", 10}};
    table::Cell nama = table::Cell::of_text("Indikator", table::Align::Center);
    nama.row_span = 2;
    table::Cell tahun = table::Cell::of_text("2023", table::Align::Center);
    tahun.col_span = 2;
    table::Cell covered;
    covered.covered = true;
    t.header = {{nama, tahun, covered},
                {covered, table::Cell::of_text("Target"), table::Cell::of_text("Realisasi")}};
    table::Cell group = table::Cell::of_text("Sasaran 1");
    group.row_span = 2;
    t.rows.push_back(table::Row{table::RowRole::Data,
                                {group, table::Cell::of_number(70.58, table::NumberStyle::Percent),
                                 table::Cell::of_number(65.16, table::NumberStyle::Percent)}});
    t.rows.push_back(table::Row{table::RowRole::Data,
                                {covered, table::Cell::of_number(10, table::NumberStyle::Integer, 0),
                                 table::Cell::of_number(12, table::NumberStyle::Integer, 0)}});
    t.rows.push_back(table::Row{
        table::RowRole::Total,
        {table::Cell::of_text("Jumlah"), table::Cell::of_number(1250, table::NumberStyle::Integer, 0),
         table::Cell::not_available("target 0")}});
    t.notes = {"Catatan: angka dibulatkan."};
    table::Chart chart;
    chart.title = "Capaian";
    chart.category_column = 0;
    chart.value_columns = {1, 2};
    chart.rows = {0};
    chart.reference = 100.0;
    chart.reference_label = "Target 100%";
    t.charts.push_back(chart);
    doc.report.tables.push_back(t);

    document::Section cover;
    cover.cover = true;
    cover.numbered_pages = false;
    doc.sections.push_back(cover);

    document::Section front;
    front.blocks.push_back(document::Heading{1, "", "Daftar Isi", false});
    front.blocks.push_back(document::Contents{document::Contents::Of::Headings});
    doc.sections.push_back(front);

    document::Section bab;
    bab.blocks.push_back(document::Heading{1, "BAB I", "Pendahuluan", true});
    document::Paragraph p;
    p.runs = {{"Capaian ", false}, {"92,32%", true}};
    bab.blocks.push_back(p);
    document::Paragraph placeholder;
    placeholder.runs = {{"[BELUM DIISI: latar belakang]", false}};
    placeholder.origin = document::Origin::Placeholder;
    bab.blocks.push_back(placeholder);
    document::List list;
    list.numbered = true;
    list.items = {p, p};
    bab.blocks.push_back(list);
    bab.blocks.push_back(document::Heading{2, "1.1", "Tabel", true});
    bab.blocks.push_back(document::TableRef{0});
    bab.blocks.push_back(p);
    document::Signatory kedua{"PIHAK KEDUA", "Wali Kota", "A", "", ""};
    document::Signatory pertama{"PIHAK PERTAMA", "Kepala Dinas", "B", "Pembina", "1970"};
    bab.blocks.push_back(document::Signature{"Uji, Januari 2024", {kedua, pertama}});
    doc.sections.push_back(bab);
    return doc;
}

std::unique_ptr<input::xlsx::ZipArchive> open_zip(const std::string& bytes) {
    return input::xlsx::ZipArchive::open(bytes, "t.docx", {8 << 20, 32 << 20});
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("the package holds its parts in a fixed order and names each in the content types") {
    const document::Document doc = sample();
    render::docx::DocxOptions options;
    options.created = k2024;
    const std::string bytes = render::docx::docx_bytes(doc, options);
    CHECK(render::docx::docx_bytes(doc, options) == bytes);
    const std::unique_ptr<input::xlsx::ZipArchive> zip = open_zip(bytes);
    REQUIRE(zip);
    const std::vector<std::string> expected = {"[Content_Types].xml",
                                               "_rels/.rels",
                                               "word/document.xml",
                                               "word/styles.xml",
                                               "word/settings.xml",
                                               "word/numbering.xml",
                                               "word/header1.xml",
                                               "word/footer1.xml",
                                               "word/footer2.xml",
                                               "word/charts/chart1.xml",
                                               "word/_rels/document.xml.rels",
                                               "docProps/core.xml",
                                               "docProps/app.xml"};
    CHECK(zip->names() == expected);
    CHECK(render::docx::docx_part_names(doc) == expected);
    const std::string types = zip->read_all("[Content_Types].xml");
    for (std::size_t i = 2; i < expected.size(); ++i) {
        if (expected[i].find("_rels") == std::string::npos)
            CHECK_MESSAGE(types.find("PartName=\"/" + expected[i] + "\"") != std::string::npos, expected[i]);
    }
    const std::string rels = zip->read_all("word/_rels/document.xml.rels");
    CHECK(rels.find("Target=\"charts/chart1.xml\"") != std::string::npos);
    CHECK(zip->read_all("docProps/core.xml")
              .find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-01T00:00:00Z<") !=
          std::string::npos);
    CHECK(zip->read_all("word/settings.xml").find("<w:updateFields w:val=\"false\"/>") != std::string::npos);
    CHECK(zip->read_all("word/header1.xml").find("LKjIP 2023 — Dinas &amp; Co") != std::string::npos);
    CHECK(zip->read_all("word/footer1.xml").find(" PAGE ") != std::string::npos);
    // The page number at the right edge of the text: 9638 twips on portrait pages, 14570 on landscape ones.
    CHECK(zip->read_all("word/footer1.xml").find("w:pos=\"9638\"") != std::string::npos);
    CHECK(zip->read_all("word/footer2.xml").find("w:pos=\"14570\"") != std::string::npos);
}

TEST_CASE("the body: headings, placeholders, lists, merged header and body cells, landscape, contents") {
    const document::Document doc = sample();
    render::docx::DocxOptions options;
    options.created = k2024;
    options.heading_pages = {2, 3, 4};
    options.table_pages = {5};
    const std::string bytes = render::docx::docx_bytes(doc, options);  // the archive reads these in place
    const std::unique_ptr<input::xlsx::ZipArchive> zip = open_zip(bytes);
    REQUIRE(zip);
    const std::string body = zip->read_all("word/document.xml");
    // Headings in their styles; a chapter's number above its title in capitals, as the PDF prints it.
    CHECK(
        body.find("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">BAB I</w:t><w:br/>"
                  "<w:t xml:space=\"preserve\">PENDAHULUAN</w:t>") != std::string::npos);
    CHECK(body.find(">1.1  Tabel<") != std::string::npos);
    // Bold run, red placeholder, a numbered list restarting at its own w:num.
    CHECK(body.find("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">92,32%</w:t></w:r>") !=
          std::string::npos);
    CHECK(body.find("<w:color w:val=\"C00000\"/></w:rPr><w:t xml:space=\"preserve\">[BELUM DIISI") !=
          std::string::npos);
    CHECK(count(body, "<w:numId w:val=\"2\"/>") == 2);
    CHECK(zip->read_all("word/numbering.xml").find("<w:num w:numId=\"2\">") != std::string::npos);
    // The contents: a TOC field with lkjip's entries and page numbers (the heading in_toc = false is skipped
    // but keeps its slot: "BAB I" is the second heading, page 3).
    CHECK(body.find(
              "<w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-4&quot; \\h \\z \\u </w:instrText>") !=
          std::string::npos);
    CHECK(body.find("BAB I  Pendahuluan</w:t><w:tab/><w:t xml:space=\"preserve\">3</w:t>") !=
          std::string::npos);
    CHECK(body.find("1.1  Tabel</w:t><w:tab/><w:t xml:space=\"preserve\">4</w:t>") != std::string::npos);
    CHECK(count(body, "w:fldCharType=\"begin\"") == 1);
    CHECK(count(body, "w:fldCharType=\"end\"") == 1);
    // The caption is the paragraph right before the table.
    CHECK(body.find("Tabel 3.1  Capaian &lt;IKU&gt;</w:t></w:r></w:p><w:tbl>") != std::string::npos);
    // Header rows repeat; the header's horizontal and vertical merges; the body's vertical merge.
    CHECK(count(body, "<w:tblHeader/>") == 2);
    CHECK(count(body, "<w:gridSpan w:val=\"2\"/>") == 1);
    CHECK(count(body, "<w:vMerge w:val=\"restart\"/>") == 2);
    CHECK(count(body, "<w:vMerge/>") == 2);
    // Column widths: 30:10:10 of the landscape text width (16838 - 2 * 1134 = 14570 twips).
    CHECK(body.find("<w:gridCol w:w=\"8742\"/><w:gridCol w:w=\"2914\"/><w:gridCol w:w=\"2914\"/>") !=
          std::string::npos);
    // Numbers right-aligned as the cell says, n/a centred, the total row bold on grey.
    CHECK(body.find("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">70,58%</w:t>") !=
          std::string::npos);
    CHECK(body.find("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0F0F0\"/>") != std::string::npos);
    CHECK(body.find("<w:b/></w:rPr><w:t xml:space=\"preserve\">1.250</w:t>") != std::string::npos);
    // Sections: cover, front matter, chapter text (portrait), the table's landscape pages, then portrait
    // text again; the first numbered section restarts at 1, and only numbered ones have header and footer.
    CHECK(count(body, "<w:sectPr>") == 5);
    CHECK(count(body, "w:orient=\"landscape\"") == 1);
    CHECK(count(body, "<w:pgNumType w:start=\"1\"/>") == 1);
    CHECK(count(body, "<w:headerReference") == 4);
    CHECK(count(body, "r:id=\"rIdFooterLandscape\"") == 1);
    // Each section's properties close that section: the cover's (no header) before the front matter,
    // the landscape one right after the table's chart, the last one at the end of the body.
    const std::size_t first = body.find("<w:sectPr>");
    CHECK(first < body.find("DAFTAR ISI"));
    CHECK(body.find("<w:headerReference", first) > body.find("DAFTAR ISI"));
    CHECK(body.find("w:orient=\"landscape\"") > body.find("rIdChart1"));
    CHECK(body.find("w:orient=\"landscape\"") < body.find(">PIHAK KEDUA,<"));
    CHECK(body.rfind("<w:sectPr>") > body.rfind("NIP. 1970"));
    // The chart inline, the signatories side by side in a table without borders.
    CHECK(body.find("<c:chart r:id=\"rIdChart1\"/>") != std::string::npos);
    CHECK(body.find(">PIHAK KEDUA,<") < body.find(">PIHAK PERTAMA,<"));
    CHECK(body.find("NIP. 1970") != std::string::npos);
    CHECK(count(body, "<w:tbl>") == 2);
}

TEST_CASE("the chart part caches its categories and values and draws the reference as a line") {
    render::docx::DocxOptions options;
    options.created = k2024;
    const std::string bytes =
        render::docx::docx_bytes(sample(), options);  // the archive reads these in place
    const std::unique_ptr<input::xlsx::ZipArchive> zip = open_zip(bytes);
    REQUIRE(zip);
    const std::string chart = zip->read_all("word/charts/chart1.xml");
    CHECK(chart.find("<c:barDir val=\"col\"/>") != std::string::npos);
    CHECK(chart.find("<c:pt idx=\"0\"><c:v>Sasaran 1</c:v></c:pt>") != std::string::npos);
    CHECK(chart.find("<c:pt idx=\"0\"><c:v>70.58</c:v></c:pt>") != std::string::npos);
    CHECK(chart.find("<c:pt idx=\"0\"><c:v>65.16</c:v></c:pt>") != std::string::npos);
    CHECK(chart.find("<c:lineChart>") != std::string::npos);
    // The PDF's axis: from 0 to a nice maximum holding the reference (100), whatever a reader would choose.
    CHECK(chart.find("<c:min val=\"0\"/>") != std::string::npos);
    CHECK(chart.find("<c:max val=\"100\"/>") != std::string::npos);
    CHECK(chart.find("<c:majorUnit val=\"20\"/>") != std::string::npos);
    CHECK(chart.find("<c:v>Target 100%</c:v>") != std::string::npos);
    CHECK(chart.find("<c:pt idx=\"0\"><c:v>100</c:v></c:pt>") != std::string::npos);
}

TEST_CASE("a table without header and rows is still a table Word opens: one empty row") {
    document::Document doc = sample();
    doc.report.tables[0].header.clear();
    doc.report.tables[0].rows.clear();
    doc.report.tables[0].charts.clear();
    const std::string bytes = render::docx::docx_bytes(doc);
    const std::unique_ptr<input::xlsx::ZipArchive> zip = open_zip(bytes);
    REQUIRE(zip);
    const std::string body = zip->read_all("word/document.xml");
    const std::size_t table = body.find("<w:tbl>");
    const std::size_t end = body.find("</w:tbl>", table);
    REQUIRE(end != std::string::npos);
    const std::string xml = body.substr(table, end - table);
    CHECK(count(xml, "<w:tr>") == 1);
    CHECK(count(xml, "<w:tc>") == 3);
    CHECK(count(xml, "<w:p>") == 3);  // a cell must hold a paragraph
}
