// Cell texts as read from whole test workbooks (see xlsx_test_support.hpp): each test shows the XML of
// the cells it feeds.
#include "input/xlsx/worksheet.hpp"

#include <doctest/doctest.h>

#include "input/xlsx/xlsx_test_support.hpp"

using namespace lkjip::test::xlsx;
using lkjip::input::xlsx::CellKind;
using lkjip::input::xlsx::SheetCell;
using Strings = std::vector<std::string>;

namespace {

// cellXfs index: 0 General, 1 "0%" (9), 2 "0.00%" (10), 3 custom 0.00%, 4 custom 0.0" %" (not a
// percentage), 5 custom 0.00\% (not either), 6 d/m/yyyy (14), 7 custom dd/mm/yyyy, 8 custom with a
// locale and text section, 9 custom #,##0 "hari" (not a date), 10 custom General, 11 custom [Red]0.0%,
// 12 m/d/yy h:mm (22), 13 custom yyyy-mm-dd hh:mm:ss, 14 #,##0.00 (4).
// The <cellStyleXfs> before <cellXfs> must not shift the indices.
const std::string styles =
    std::string(xml_declaration) + R"(<styleSheet xmlns=")" + std::string(main_ns) + R"(">
<numFmts count="9">
  <numFmt numFmtId="164" formatCode="0.00%"/>
  <numFmt numFmtId="165" formatCode="0.0&quot; %&quot;"/>
  <numFmt numFmtId="166" formatCode="0.00\%"/>
  <numFmt numFmtId="167" formatCode="dd/mm/yyyy"/>
  <numFmt numFmtId="168" formatCode="[$-421]d mmmm yyyy;@"/>
  <numFmt numFmtId="169" formatCode="#,##0 &quot;hari&quot;"/>
  <numFmt numFmtId="170" formatCode="General"/>
  <numFmt numFmtId="171" formatCode="[Red]0.0%"/>
  <numFmt numFmtId="172" formatCode="yyyy-mm-dd hh:mm:ss"/>
</numFmts>
<cellStyleXfs count="2"><xf numFmtId="9"/><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="15">
  <xf numFmtId="0" xfId="0"/><xf numFmtId="9" xfId="0" applyNumberFormat="1"/><xf numFmtId="10"/>
  <xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="167"/>
  <xf numFmtId="168"/><xf numFmtId="169"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="22"/>
  <xf numFmtId="172"/><xf numFmtId="4"/>
</cellXfs>
</styleSheet>)";

const SheetCell& only_cell(const Parts& parts) {
    static lkjip::input::xlsx::Workbook kept;
    kept = read(parts);
    REQUIRE(kept.sheets.size() == 1);
    REQUIRE(kept.sheets[0].rows.size() == 1);
    REQUIRE(kept.sheets[0].rows[0].cells.size() == 1);
    return kept.sheets[0].rows[0].cells[0];
}

}  // namespace

TEST_CASE("numbers: Indonesian notation in full precision") {
    CHECK(cells_of(one_sheet(
              R"(<row r="1"><c r="A1"><v>70.58</v></c><c r="B1"><v>8729827382</v></c>)"
              R"(<c r="C1"><v>1E-7</v></c><c r="D1" t="n"><v>-3.5</v></c><c r="E1"><v>2023</v></c>)"
              R"(<c r="F1"><v>0.70579999999999998</v></c><c r="G1"><v>0</v></c>)"
              R"(<c r="H1"><v>1.2345678901234568E+20</v></c><c r="I1"><v>1.0000000000000001E-5</v></c>)"
              R"(</row>)")) == Strings{"A1=70,58", "B1=8729827382", "C1=0,0000001", "D1=-3,5", "E1=2023",
                                       "F1=0,7058", "G1=0", "H1=123456789012345680000", "I1=0,00001"});
    const SheetCell& c = only_cell(one_sheet(R"(<row r="1"><c r="A1"><v>70.58</v></c></row>)"));
    CHECK(c.column == 1);
    CHECK(c.kind == CellKind::Number);
    CHECK_FALSE(c.formula);
}

TEST_CASE("percent formats, built-in and custom; quoted or escaped % is no percentage") {
    CHECK(cells_of(
              one_sheet(R"(<row r="1"><c r="A1" s="1"><v>0.7058</v></c><c r="B1" s="1"><v>1</v></c>)"
                        R"(<c r="C1" s="2"><v>0.000123</v></c><c r="D1" s="3"><v>-0.5</v></c>)"
                        R"(<c r="E1" s="4"><v>0.5</v></c><c r="F1" s="5"><v>0.25</v></c>)"
                        R"(<c r="G1" s="11"><v>0.123</v></c><c r="H1" s="14"><v>1234.5</v></c>)"
                        R"(<c r="I1" s="9"><v>3</v></c><c r="J1" s="10"><v>2.5</v></c>)"
                        R"(<c r="K1" s="1"><v>0.70579999999999998</v></c><c r="L1" s="0"><v>0.7058</v></c>)"
                        R"(<c r="M1" s="99"><v>0.7058</v></c></row>)",
                        "", styles)) == Strings{"A1=70,58 %", "B1=100 %", "C1=0,0123 %", "D1=-50 %", "E1=0,5",
                                                "F1=0,25", "G1=12,3 %", "H1=1234,5", "I1=3", "J1=2,5",
                                                "K1=70,58 %", "L1=0,7058", "M1=0,7058"});
}

TEST_CASE("date formats, built-in and custom, in the 1900 system") {
    CHECK(cells_of(one_sheet(R"(<row r="1"><c r="A1" s="6"><v>45291</v></c><c r="B1" s="7"><v>45000</v></c>)"
                             R"(<c r="C1" s="8"><v>44927</v></c><c r="D1" s="12"><v>45291.5</v></c>)"
                             R"(<c r="E1" s="13"><v>45291.25</v></c><c r="F1" s="6"><v>60</v></c>)"
                             R"(<c r="G1" s="6"><v>61</v></c><c r="H1" s="6"><v>59</v></c>)"
                             R"(<c r="I1" s="13"><v>45291.75001</v></c><c r="J1" s="6"><v>2958465</v></c>)"
                             R"(<c r="K1" s="6"><v>0</v></c></row>)",
                             "", styles)) ==
          Strings{"A1=2023-12-31", "B1=2023-03-15", "C1=2023-01-01", "D1=2023-12-31 12:00:00",
                  "E1=2023-12-31 06:00:00", "F1=1900-02-29", "G1=1900-03-01", "H1=1900-02-28",
                  "I1=2023-12-31 18:00:01", "J1=9999-12-31", "K1=1899-12-31"});
    CHECK(only_cell(one_sheet(R"(<row r="1"><c r="A1" s="6"><v>45291</v></c></row>)", "", styles)).kind ==
          CellKind::Number);
}

TEST_CASE("the 1904 date system") {
    const std::string rows =
        R"(<row r="1"><c r="A1" s="6"><v>43829</v></c><c r="B1" s="6"><v>0</v></c></row>)";
    CHECK(cells_of(one_sheet(rows, "", styles, R"(<workbookPr date1904="1"/>)")) ==
          Strings{"A1=2023-12-31", "B1=1904-01-01"});
    CHECK(cells_of(
              one_sheet(rows, "", styles, R"(<workbookPr date1904="true" defaultThemeVersion="124226"/>)")) ==
          Strings{"A1=2023-12-31", "B1=1904-01-01"});
    CHECK(cells_of(one_sheet(rows, "", styles, R"(<workbookPr date1904="0"/>)")) ==
          Strings{"A1=2019-12-30", "B1=1899-12-31"});
    CHECK(cells_of(one_sheet(rows, "", styles, R"(<workbookPr date1904="false"/>)")) ==
          Strings{"A1=2019-12-30", "B1=1899-12-31"});
    CHECK(cells_of(one_sheet(rows, "", styles)) == Strings{"A1=2019-12-30", "B1=1899-12-31"});
}

TEST_CASE("dates out of range are errors at the cell") {
    CHECK(error_of(one_sheet(R"(<row r="7"><c r="D7" s="6"><v>-1</v></c></row>)", "", styles)) ==
          "IKU!D7: tanggal di luar jangkauan: nomor seri -1");
    CHECK(error_of(one_sheet(R"(<row r="2"><c r="B2" s="13"><v>2958466</v></c></row>)", "", styles)) ==
          "IKU!B2: tanggal di luar jangkauan: nomor seri 2958466");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1" s="6"><v>1E+300</v></c></row>)", "", styles)) ==
          "IKU!A1: tanggal di luar jangkauan: nomor seri 1" + std::string(300, '0'));
}

TEST_CASE("shared strings: rich runs, phonetic guides, escapes, spaces kept") {
    const std::string sst = std::string(xml_declaration) + R"(<sst xmlns=")" + std::string(main_ns) +
                            R"(" count="8" uniqueCount="8">
<si><t>Persentase koperasi aktif</t></si>
<si><r><rPr><b/><sz val="11"/></rPr><t>Capaian </t></r><r><t xml:space="preserve">kinerja  </t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>Baris1_x000D_
Baris2</t></si>
<si><t>_x005F_x000D_ tetap</t></si>
<si><t/></si>
<si><t>  spasi  </t></si>
<si><r><t>Kota</t></r><rPh sb="0" eb="1"><t>x</t></rPh><r><t> Dumai</t></r></si>
</sst>)";
    CHECK(cells_of(one_sheet(
              R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
              R"(<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>)"
              R"(<c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c>)"
              R"(</row><row r="2"><c r="A2" t="s"><v>5</v></c></row>)",
              sst)) == Strings{"A1=Persentase koperasi aktif", "B1=Capaian kinerja  ", "C1=東京",
                               "D1=Baris1\r\nBaris2", "E1=_x000D_ tetap", "G1=  spasi  ", "H1=Kota Dumai"});
    CHECK(only_cell(one_sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)", sst)).kind ==
          CellKind::Text);
    CHECK(error_of(one_sheet(R"(<row r="7"><c r="D7" t="s"><v>99</v></c></row>)", sst)) ==
          "IKU!D7: indeks string bersama 99 di luar jangkauan");
    CHECK(error_of(one_sheet(R"(<row r="7"><c r="D7" t="s"><v>-1</v></c></row>)", sst)) ==
          "IKU!D7: indeks string bersama tidak valid: \"-1\"");
    // No shared string table at all: any index is out of range.
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)")) ==
          "IKU!A1: indeks string bersama 0 di luar jangkauan");
}

TEST_CASE("inline strings, formula strings, ISO dates, booleans, errors") {
    const Parts parts =
        one_sheet(R"(<row r="1">)"
                  R"(<c r="A1" t="inlineStr"><is><t>Teks langsung</t></is></c>)"
                  R"(<c r="B1" t="inlineStr"><is><r><t>Kaya</t></r><r><rPr><i/></rPr><t> teks</t></r>)"
                  R"(<rPh sb="0" eb="1"><t>x</t></rPh></is></c>)"
                  R"(<c r="C1" t="inlineStr"><is><t>a_x0009_b</t></is></c>)"
                  R"(<c r="D1" t="str"><f>A1&amp;"!"</f><v>Teks langsung!</v></c>)"
                  R"(<c r="E1" t="d"><v>2023-12-31T00:00:00</v></c>)"
                  R"(<c r="F1" t="d"><v>2023-12-31T08:30:00</v></c>)"
                  R"(<c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><v>0</v></c>)"
                  R"(<c r="I1" t="e"><v>#DIV/0!</v></c><c r="J1" t="e"><f>NA()</f><v>#N/A</v></c>)"
                  R"(<c r="K1" t="e"><v>#REF!</v></c><c r="L1" t="str"><v>a_x000A_b</v></c>)"
                  R"(<c r="M1" t="inlineStr"><is><t></t></is></c><c r="N1" t="inlineStr"/>)"
                  R"(</row>)");
    const auto w = read(parts);
    CHECK(listing(w.sheets.at(0)) == Strings{"A1=Teks langsung", "B1=Kaya teks", "C1=a\tb",
                                             "D1=Teks langsung!", "E1=2023-12-31", "F1=2023-12-31 08:30:00",
                                             "G1=BENAR", "H1=SALAH", "I1=#DIV/0!", "J1=#N/A", "K1=#REF!",
                                             "L1=a\nb"});
    const auto& cells = w.sheets.at(0).rows.at(0).cells;
    const std::vector<CellKind> kinds = {CellKind::Text,    CellKind::Text,    CellKind::Text,
                                         CellKind::Text,    CellKind::Number,  CellKind::Number,
                                         CellKind::Boolean, CellKind::Boolean, CellKind::Error,
                                         CellKind::Error,   CellKind::Error,   CellKind::Text};
    REQUIRE(cells.size() == kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i)
        CHECK_MESSAGE(cells[i].kind == kinds[i], cells[i].text);
    CHECK(cells[3].formula);
    CHECK(cells[9].formula);
    CHECK_FALSE(cells[8].formula);

    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1" t="b"><v>2</v></c></row>)")) ==
          "IKU!A1: nilai boolean tidak valid: \"2\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1" t="d"><v>2023-02-30</v></c></row>)")) ==
          "IKU!A1: tanggal ISO tidak valid: \"2023-02-30\"");
}

TEST_CASE("formulas: cached values, missing values listed as Uncached, shared formulas") {
    const Parts parts =
        one_sheet(R"(<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c>)"
                  R"(<c r="B1"><v>1</v></c><c r="C1" s="1"><f>B1/2</f><v>0.5</v></c></row>)"
                  R"(<row r="2"><c r="A2"><f>B2/C2</f></c><c r="B2" t="str"><f>"x"</f></c></row>)"
                  R"(<row r="4"><c r="B4"><f t="shared" ref="B4:B6" si="0">A4*2</f><v>2</v></c></row>)"
                  R"(<row r="5"><c r="B5"><f t="shared" si="0"/><v>4</v></c></row>)"
                  R"(<row r="6"><c r="B6"><f t="shared" si="0"/></c></row>)"
                  R"(<row r="7"><c r="A7" t="str"><f>""</f><v></v></c></row>)"
                  // openpyxl's way of saving a formula it cannot compute: an empty <v>.
                  R"(<row r="8"><c r="A8"><f>1+1</f><v></v></c><c r="B8" t="b"><f>TRUE()</f><v/></c></row>)",
                  "", styles);
    const auto w = read(parts);
    const auto& rows = w.sheets.at(0).rows;
    CHECK(listing(w.sheets.at(0)) ==
          Strings{"A1=3", "B1=1", "C1=50 %", "A2=", "B2=", "B4=2", "B5=4", "B6=", "A8=", "B8="});
    REQUIRE(rows.size() == 6);  // row 7 holds a formula whose value is an empty string: not listed
    CHECK(rows[0].cells[0].formula);
    CHECK(rows[0].cells[0].kind == CellKind::Number);
    CHECK_FALSE(rows[0].cells[1].formula);
    CHECK(rows[0].cells[2].formula);
    for (const SheetCell& c : rows[1].cells) {
        CHECK(c.kind == CellKind::Uncached);
        CHECK(c.formula);
        CHECK(c.text.empty());
    }
    CHECK(rows[3].cells[0].formula);
    CHECK(rows[3].cells[0].kind == CellKind::Number);
    CHECK(rows[4].cells[0].kind == CellKind::Uncached);
    for (const SheetCell& c : rows[5].cells)
        CHECK(c.kind == CellKind::Uncached);
}

TEST_CASE("empty cells and rows are not listed") {
    const auto w = read(
        one_sheet(R"(<row r="1" spans="1:3"><c r="A1" s="3"/><c r="B1"><v>1</v></c></row>)"
                  R"(<row r="2"><c r="B2" s="3"/><c r="C2" t="s"><v>0</v></c><c r="D2"><v></v></c></row>)"
                  R"(<row r="3" ht="20" customHeight="1"/><row r="4"><c r="A4" t="e"/></row>)",
                  std::string(xml_declaration) + "<sst><si><t></t></si></sst>", styles));
    CHECK(listing(w.sheets.at(0)) == Strings{"B1=1"});
    CHECK(w.sheets.at(0).rows.size() == 1);
}

TEST_CASE("rows and cells without r take the next position") {
    CHECK(cells_of(one_sheet(R"(<row><c><v>1</v></c><c><v>2</v></c></row>)"
                             R"(<row r="3"><c><v>3</v></c><c r="D3"><v>4</v></c><c><v>5</v></c></row>)"
                             R"(<row><c r="B4"><v>6</v></c></row>)"
                             R"(<row><c r="C9"><v>7</v></c><c><v>8</v></c></row>)"
                             R"(<row><c><v>9</v></c></row>)")) ==
          Strings{"A1=1", "B1=2", "A3=3", "D3=4", "E3=5", "B4=6", "C9=7", "D9=8", "A10=9"});
}

TEST_CASE("rows and cells out of order are sorted; a row listed twice is merged") {
    CHECK(cells_of(one_sheet(R"(<row r="5"><c r="C5"><v>3</v></c><c r="A5"><v>1</v></c></row>)"
                             R"(<row r="2"><c r="B2"><v>2</v></c></row>)"
                             R"(<row r="2"><c r="A2"><v>0</v></c></row>)")) ==
          Strings{"A2=0", "B2=2", "A5=1", "C5=3"});
    CHECK(cells_of(one_sheet(R"(<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>)")) ==
          Strings{"XFD1048576=1"});
}

TEST_CASE("cell position errors") {
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>)")) ==
          "IKU!A1: sel yang sama tercantum dua kali");
    CHECK(error_of(one_sheet(
              R"(<row r="2"><c r="B2"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>)")) ==
          "IKU!B2: sel yang sama tercantum dua kali");
    CHECK(error_of(one_sheet(R"(<row r="7"><c r="d7"><v>1</v></c></row>)")) ==
          "lembar \"IKU\": referensi sel tidak valid: \"d7\"");
    CHECK(error_of(one_sheet(R"(<row r="7"><c r="$D$7"><v>1</v></c></row>)")) ==
          "lembar \"IKU\": referensi sel tidak valid: \"$D$7\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")) ==
          "lembar \"IKU\": referensi sel \"XFE1\" di luar batas lembar (XFD1048576)");
    CHECK(error_of(one_sheet(R"(<row><c r="A1048577"><v>1</v></c></row>)")) ==
          "lembar \"IKU\": referensi sel \"A1048577\" di luar batas lembar (XFD1048576)");
    CHECK(error_of(one_sheet(R"(<row r="1048577"><c><v>1</v></c></row>)")) ==
          "lembar \"IKU\": nomor baris 1048577 di luar batas lembar (1.048.576)");
    CHECK(error_of(one_sheet(R"(<row r="0"/>)")) == "lembar \"IKU\": nomor baris tidak valid: \"0\"");
    CHECK(error_of(one_sheet(R"(<row r="1048576"/><row><c><v>1</v></c></row>)")) ==
          "lembar \"IKU\": lebih dari 1.048.576 baris");
    CHECK(error_of(one_sheet(R"(<row r="3"><c r="B4"><v>1</v></c></row>)")) ==
          "IKU!B4: referensi sel tidak sesuai dengan baris 3 tempatnya berada");
    CHECK(error_of(one_sheet(R"(<row><c r="B4"><v>1</v></c><c r="C5"><v>1</v></c></row>)")) ==
          "IKU!C5: referensi sel tidak sesuai dengan baris 4 tempatnya berada");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>)")) ==
          "lembar \"IKU\": baris 1 memuat lebih dari 16.384 kolom");
}

TEST_CASE("cell value errors name the cell in Excel's syntax") {
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1"><v>abc</v></c></row>)")) ==
          "IKU!A1: nilai bukan angka: \"abc\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1"><v>1,5</v></c></row>)")) ==
          "IKU!A1: nilai bukan angka: \"1,5\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1"><v>inf</v></c></row>)")) ==
          "IKU!A1: nilai bukan angka: \"inf\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1"><v> 1</v></c></row>)")) ==
          "IKU!A1: nilai bukan angka: \" 1\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1"><v>)" + std::string(100, '9') + "x</v></c></row>")) ==
          "IKU!A1: nilai bukan angka: \"" + std::string(40, '9') + "...\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1" t="x"><v>1</v></c></row>)")) ==
          "IKU!A1: jenis sel tidak dikenal: t=\"x\"");
    CHECK(error_of(one_sheet(R"(<row r="1"><c r="A1" s="x"><v>1</v></c></row>)")) ==
          "IKU!A1: indeks gaya tidak valid: \"x\"");
    CHECK(error_of(workbook_parts({{{"Angka tercetak", R"(<row r="7"><c r="D7"><v>x</v></c></row>)"}}})) ==
          "'Angka tercetak'!D7: nilai bukan angka: \"x\"");
}

TEST_CASE("the row limit counts non-empty rows of each sheet") {
    const std::string rows = R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="1"/></row>)"
                             R"(<row r="3"><c r="A3"><v>3</v></c></row>)";
    WorkbookLimits limits;
    limits.max_rows = 2;
    CHECK(read(workbook_parts({{{"IKU", rows}, {"Anggaran", rows}}}), limits).sheets.size() == 2);
    CHECK(error_of(one_sheet(rows + R"(<row r="9"><c r="A9"><v>9</v></c></row>)"), limits) ==
          "lembar \"IKU\": terlalu banyak baris terisi: batas 2 baris");
    // The same row listed twice counts once, in order or not.
    CHECK(read(one_sheet(rows + R"(<row r="3"><c r="B3"><v>3</v></c></row>)"), limits)
              .sheets.at(0)
              .rows.size() == 2);
    CHECK(read(one_sheet(rows +
                         R"(<row r="1"><c r="B1"><v>3</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>)"),
               limits)
              .sheets.at(0)
              .rows.size() == 2);
    CHECK(error_of(one_sheet(rows + R"(<row r="2"><c r="B2"><v>3</v></c></row>)"), limits) ==
          "lembar \"IKU\": terlalu banyak baris terisi: batas 2 baris");
}
