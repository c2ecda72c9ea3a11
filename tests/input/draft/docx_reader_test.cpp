#include "input/draft/docx_reader.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/diagnostic.hpp"
#include "input/xlsx/xlsx_test_support.hpp"

using lkjip::input::draft::read_docx_draft_bytes;

namespace {

std::string paragraph(const std::string& text) {
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string cell(const std::string& text, const std::string& properties = "") {
    return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + paragraph(text) + "</w:tc>";
}

std::string docx(const std::string& body) {
    const std::string document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        body + "</w:body></w:document>";
    return lkjip::test::xlsx::zip_bytes(
        {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document}});
}

}  // namespace

TEST_CASE("docx draft: caption, a header spanning two columns, a sasaran merged over two rows") {
    const std::string body =
        paragraph("Tabel 3.1.1 Pengukuran Kinerja") +
        "<w:tbl>"
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>" +
        cell("No", "<w:vMerge w:val=\"restart\"/>") + cell("Sasaran", "<w:vMerge w:val=\"restart\"/>") +
        cell("Indikator", "<w:vMerge w:val=\"restart\"/>") + cell("Tahun 2023", "<w:gridSpan w:val=\"2\"/>") +
        "</w:tr>"
        "<w:tr>" +
        cell("", "<w:vMerge/>") + cell("", "<w:vMerge/>") + cell("", "<w:vMerge/>") + cell("Target") +
        cell("Capaian (%)") +
        "</w:tr>"
        "<w:tr>" +
        cell("1") + cell("Meningkatkan kesejahteraan", "<w:vMerge w:val=\"restart\"/>") +
        cell("Persentase Koperasi Aktif") + cell("70,58") + cell("92,32%") +
        "</w:tr>"
        "<w:tr>" +
        cell("2") + cell("", "<w:vMerge/>") + cell("Persentase Usaha Mikro dan Kecil") + cell("45") +
        cell("49,18%") +
        "</w:tr>"
        "</w:tbl>" +
        paragraph("Capaian  sasaran   sebesar 70,75%.");
    const lkjip::model::DraftDocument doc = read_docx_draft_bytes(docx(body), "draf.docx");
    CHECK(doc.file == "draf.docx");
    REQUIRE(doc.tables.size() == 1);
    const lkjip::model::DraftTable& t = doc.tables[0];
    CHECK(t.caption == "Tabel 3.1.1 Pengukuran Kinerja");
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 5);
    CHECK(t.rows[0].cells[1].text == "Meningkatkan kesejahteraan");
    CHECK(t.rows[0].cells[3].text == "70,58");
    CHECK(t.rows[0].cells[3].headers == std::vector<std::string>{"Tahun 2023", "Target"});
    CHECK(t.rows[0].cells[4].headers == std::vector<std::string>{"Tahun 2023", "Capaian (%)"});
    CHECK(t.rows[0].cells[2].headers == std::vector<std::string>{"Indikator"});
    // The continuation of a vertical merge is empty: the merged text is the first row's.
    CHECK(t.rows[1].cells[1].text.empty());
    CHECK(t.rows[1].cells[3].text == "45");
    CHECK(t.rows[1].page == 0);
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[1].text == "Capaian sasaran sebesar 70,75%.");
}

TEST_CASE("docx draft: a table whose rows start with no number or code is not a table of figures") {
    const std::string body =
        paragraph("Daftar isi") + "<w:tbl><w:tr>" + cell("Bab I") + cell("Pendahuluan") + "</w:tr></w:tbl>";
    CHECK(read_docx_draft_bytes(docx(body), "d.docx").tables.empty());
}

TEST_CASE("docx draft: not a zip, or a zip without word/document.xml, is refused with the file's name") {
    CHECK_THROWS_WITH_AS(read_docx_draft_bytes("bukan zip", "d.docx"), doctest::Contains("bukan berkas DOCX"),
                         lkjip::InputError);
    const std::string no_document = lkjip::test::xlsx::zip_bytes({{"[Content_Types].xml", "<Types/>"}});
    CHECK_THROWS_WITH_AS(read_docx_draft_bytes(no_document, "d.docx"), doctest::Contains("word/document.xml"),
                         lkjip::InputError);
}
