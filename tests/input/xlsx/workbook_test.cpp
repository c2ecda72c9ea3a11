// Workbook structure: which parts are read, in which order, through which relationships; and the
// messages for files that are not (readable) .xlsx workbooks.
#include "input/xlsx/workbook.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "input/xlsx/xlsx_test_support.hpp"

using namespace lkjip::test::xlsx;
using Strings = std::vector<std::string>;

namespace {

std::string workbook_xml(std::string_view sheets) {
    return std::string(xml_declaration) + "<workbook xmlns=\"" + std::string(main_ns) + "\" xmlns:r=\"" +
           std::string(rel_ns) + "\"><sheets>" + std::string(sheets) + "</sheets></workbook>";
}

std::string cell_sheet(std::string_view text) {
    return worksheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" + std::string(text) +
                     "</t></is></c></row>");
}

const Part root_rels{"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))};

Strings names(const Workbook& w) {
    Strings out;
    for (const auto& s : w.sheets)
        out.push_back(s.name + (s.hidden ? " (tersembunyi)" : "") + ": " + listing(s).at(0));
    return out;
}

}  // namespace

TEST_CASE("sheets come in workbook order, whatever their part names; hidden ones are marked") {
    const Parts parts = {
        root_rels,
        {"xl/workbook.xml",
         workbook_xml(R"(<sheet name="Ringkasan" sheetId="7" r:id="rId3"/>)"
                      R"(<sheet name="IKU" sheetId="1" r:id="rId1" state="visible"/>)"
                      R"(<sheet name="Anggaran" sheetId="2" r:id="rId2" state="hidden"/>)"
                      R"(<sheet name="Catatan" sheetId="3" r:id="rId4" state="veryHidden"/>)")},
        {"xl/_rels/workbook.xml.rels",
         relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                       relationship("rId2", "worksheet", "/xl/worksheets/sheet2.xml") +
                       relationship("rId3", "worksheet", "./worksheets/../worksheets/sheet3.xml") +
                       relationship("rId4", "worksheet", "../xl/lain/catatan.xml"))},
        {"xl/worksheets/sheet1.xml", cell_sheet("satu")},
        {"xl/worksheets/sheet2.xml", cell_sheet("dua")},
        {"xl/worksheets/sheet3.xml", cell_sheet("tiga")},
        {"xl/lain/catatan.xml", cell_sheet("empat")},
    };
    const Workbook w = read(parts);
    CHECK(w.file == "kinerja.xlsx");
    CHECK(names(w) == Strings{"Ringkasan: A1=tiga", "IKU: A1=satu", "Anggaran (tersembunyi): A1=dua",
                              "Catatan (tersembunyi): A1=empat"});
}

TEST_CASE("chartsheets and dialogsheets are skipped; an empty worksheet is kept") {
    const Parts parts = {
        root_rels,
        {"xl/workbook.xml", workbook_xml(R"(<sheet name="Grafik" sheetId="1" r:id="rId1"/>)"
                                         R"(<sheet name="IKU" sheetId="2" r:id="rId2"/>)"
                                         R"(<sheet name="Dialog" sheetId="3" r:id="rId3"/>)"
                                         R"(<sheet name="Kosong" sheetId="4" r:id="rId4"/>)")},
        {"xl/_rels/workbook.xml.rels",
         relationships(relationship("rId1", "chartsheet", "chartsheets/sheet1.xml") +
                       relationship("rId2", "worksheet", "worksheets/sheet1.xml") +
                       relationship("rId3", "dialogsheet", "dialogsheets/d.xml") +
                       relationship("rId4", "worksheet", "worksheets/sheet2.xml"))},
        {"xl/chartsheets/sheet1.xml", "<chartsheet/>"},
        {"xl/worksheets/sheet1.xml", cell_sheet("isi")},
        {"xl/worksheets/sheet2.xml", std::string(xml_declaration) + "<worksheet><sheetData/></worksheet>"},
    };
    const Workbook w = read(parts);
    REQUIRE(w.sheets.size() == 2);
    CHECK(w.sheets[0].name == "IKU");
    CHECK(listing(w.sheets[0]) == Strings{"A1=isi"});
    CHECK(w.sheets[1].name == "Kosong");
    CHECK(w.sheets[1].rows.empty());
}

TEST_CASE("the workbook part is found through _rels/.rels, wherever it is") {
    const Parts parts = {
        {"_rels/.rels", relationships(relationship("rId2", "extended-properties", "docProps/app.xml") +
                                      relationship("rId1", "officeDocument", "/excel/buku.xml"))},
        {"excel/buku.xml", workbook_xml(R"(<sheet name="IKU" sheetId="1" r:id="rId1"/>)")},
        {"excel/_rels/buku.xml.rels", relationships(relationship("rId1", "worksheet", "lembar/a.xml"))},
        {"excel/lembar/a.xml", cell_sheet("di excel/")},
    };
    CHECK(cells_of(parts) == Strings{"A1=di excel/"});
}

TEST_CASE("without _rels/.rels the workbook is xl/workbook.xml; entry names match ignoring case") {
    const Parts parts = {
        {"XL/Workbook.xml", workbook_xml(R"(<sheet name="IKU" sheetId="1" r:id="rId1"/>)")},
        {"xl/_rels/workbook.xml.rels",
         relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml"))},
        {"xl/Worksheets/Sheet1.XML", cell_sheet("huruf besar")},
    };
    CHECK(cells_of(parts) == Strings{"A1=huruf besar"});
}

TEST_CASE("strict OOXML namespaces and prefixed element names") {
    const std::string strict_main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const std::string strict_rel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    auto rel = [&](std::string_view id, std::string_view type, std::string_view target) {
        return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + strict_rel + "/" + std::string(type) +
               "\" Target=\"" + std::string(target) + "\"/>";
    };
    const Parts parts = {
        {"_rels/.rels", relationships(rel("rId1", "officeDocument", "xl/workbook.xml"))},
        {"xl/workbook.xml",
         std::string(xml_declaration) + "<x:workbook xmlns:x=\"" + strict_main + "\" xmlns:r=\"" +
             strict_rel +
             "\"><x:workbookPr date1904=\"true\"/><x:sheets><x:sheet name=\"IKU\" sheetId=\"1\" "
             "r:id=\"rId1\"/></x:sheets></x:workbook>"},
        {"xl/_rels/workbook.xml.rels", relationships(rel("rId1", "worksheet", "worksheets/sheet1.xml") +
                                                     rel("rId2", "sharedStrings", "sharedStrings.xml") +
                                                     rel("rId3", "styles", "styles.xml"))},
        {"xl/sharedStrings.xml",
         "<x:sst xmlns:x=\"" + strict_main + "\"><x:si><x:t>ketat</x:t></x:si></x:sst>"},
        {"xl/styles.xml",
         "<x:styleSheet xmlns:x=\"" + strict_main +
             "\"><x:cellXfs><x:xf numFmtId=\"0\"/><x:xf numFmtId=\"14\"/></x:cellXfs></x:styleSheet>"},
        {"xl/worksheets/sheet1.xml",
         "<x:worksheet xmlns:x=\"" + strict_main +
             "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
             "<x:c r=\"B1\" s=\"1\"><x:v>43829</x:v></x:c></x:row></x:sheetData>"
             "</x:worksheet>"},
    };
    CHECK(cells_of(parts) == Strings{"A1=ketat", "B1=2023-12-31"});
}

TEST_CASE("no styles part: every number is plain") {
    CHECK(cells_of(one_sheet(R"(<row r="1"><c r="A1" s="1"><v>0.7058</v></c></row>)")) ==
          Strings{"A1=0,7058"});
}

TEST_CASE("read_workbook_file reads a file, and refuses one beyond the limit before reading it") {
    std::random_device rd;
    const auto path =
        std::filesystem::temp_directory_path() / ("lkjip-xlsx-" + std::to_string(rd()) + ".xlsx");
    {
        std::ofstream out(path, std::ios::binary);
        out << zip_bytes(one_sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"));
    }
    const Workbook w = lkjip::input::xlsx::read_workbook_file(path.string());
    CHECK(w.file == path.string());
    CHECK(listing(w.sheets.at(0)) == Strings{"A1=1"});
    WorkbookLimits small;
    small.max_file_bytes = 100;
    try {
        lkjip::input::xlsx::read_workbook_file(path.string(), small);
        FAIL("tidak ada galat");
    } catch (const lkjip::InputError& e) {
        CHECK(e.diagnostic().where.file == path.string());
        CHECK(e.diagnostic().message.starts_with("berkas terlalu besar"));
    }
    std::filesystem::remove(path);
    CHECK_THROWS_AS(lkjip::input::xlsx::read_workbook_file(path.string()), lkjip::InputError);
}

TEST_CASE("what is not an .xlsx workbook") {
    CHECK(error_of_bytes("Kode;Uraian\nT1;x\n") == "bukan berkas .xlsx (arsip zip tidak terbaca)");
    CHECK(error_of_bytes("") == "bukan berkas .xlsx (arsip zip tidak terbaca)");
    CHECK(error_of_bytes(std::string("PK\x03\x04", 4) + std::string(100, '\0')) ==
          "bukan berkas .xlsx (arsip zip tidak terbaca)");
    CHECK(
        error_of_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0')) ==
        "format .xls (Excel 97-2003) atau berkas terenkripsi tidak didukung: simpan sebagai Buku Kerja Excel "
        "(.xlsx)");
    const Parts ods = {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                       {"content.xml", "<office:document-content/>"}};
    CHECK(error_of(ods) == "berkas ODS (LibreOffice) tidak didukung langsung: simpan sebagai .xlsx");
    CHECK(error_of({{"mimetype", "application/epub+zip", true}, {"a.txt", "x"}}) ==
          "xl/workbook.xml: bagian buku kerja tidak ditemukan dalam arsip");
    CHECK(error_of({{"catatan.txt", "bukan buku kerja"}}) ==
          "xl/workbook.xml: bagian buku kerja tidak ditemukan dalam arsip");
    WorkbookLimits tiny;
    tiny.max_file_bytes = 100;
    CHECK(error_of_bytes(std::string(101, 'x'), tiny) == "berkas terlalu besar: lebih dari 100 byte");
}

TEST_CASE("missing parts are named") {
    const std::string two_sheets =
        R"(<sheet name="IKU" sheetId="1" r:id="rId1"/><sheet name="Anggaran" sheetId="2" r:id="rId2"/>)";
    const std::string rels = relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                             relationship("rId2", "worksheet", "worksheets/sheet2.xml");
    CHECK(error_of({{"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/buku.xml"))}}) ==
          "xl/buku.xml: bagian buku kerja tidak ditemukan dalam arsip");
    CHECK(error_of({root_rels,
                    {"xl/workbook.xml", workbook_xml(two_sheets)},
                    {"xl/_rels/workbook.xml.rels", relationships(rels)},
                    {"xl/worksheets/sheet1.xml", cell_sheet("a")}}) ==
          "xl/worksheets/sheet2.xml: bagian lembar \"Anggaran\" tidak ditemukan dalam arsip");
    CHECK(error_of({root_rels,
                    {"xl/workbook.xml", workbook_xml(two_sheets)},
                    {"xl/_rels/workbook.xml.rels",
                     relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml"))},
                    {"xl/worksheets/sheet1.xml", cell_sheet("a")}}) ==
          "xl/workbook.xml: lembar \"Anggaran\": relasi \"rId2\" tidak ada di xl/_rels/workbook.xml.rels");
    CHECK(error_of({root_rels, {"xl/workbook.xml", workbook_xml(two_sheets)}}) ==
          "xl/_rels/workbook.xml.rels: relasi buku kerja tidak ditemukan dalam arsip");
    CHECK(error_of({root_rels,
                    {"xl/workbook.xml", workbook_xml(R"(<sheet name="IKU" sheetId="1" r:id="rId1"/>)")},
                    {"xl/_rels/workbook.xml.rels",
                     relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                                   relationship("rId2", "sharedStrings", "sharedStrings.xml"))},
                    {"xl/worksheets/sheet1.xml", cell_sheet("a")}}) ==
          "xl/sharedStrings.xml: bagian tidak ditemukan dalam arsip");
    CHECK(error_of({root_rels,
                    {"xl/workbook.xml", workbook_xml(R"(<sheet name="IKU" sheetId="1" r:id="rId1"/>)")},
                    {"xl/_rels/workbook.xml.rels",
                     relationships(relationship("rId1", "worksheet", "../../x.xml"))}}) ==
          "xl/_rels/workbook.xml.rels: target relasi \"rId1\" tidak valid: \"../../x.xml\"");
    CHECK(error_of({root_rels, {"xl/workbook.xml", workbook_xml(R"(<sheet sheetId="1" r:id="rId1"/>)")}}) ==
          "xl/workbook.xml: lembar ke-1 tanpa nama");
    CHECK(error_of({root_rels, {"xl/workbook.xml", workbook_xml(R"(<sheet name="IKU" sheetId="1"/>)")}}) ==
          "xl/workbook.xml: lembar \"IKU\" tanpa r:id");
}

TEST_CASE("malformed XML names the entry, line and column; a DOCTYPE is refused") {
    Parts parts = one_sheet("");
    parts[0].content = "<worksheet>\n<sheetData><row></sheetData>\n</worksheet>";
    CHECK(error_of(parts) == "xl/worksheets/sheet1.xml:2:19: XML rusak: mismatched tag");
    parts[0].content = "";
    CHECK(error_of(parts) == "xl/worksheets/sheet1.xml:1:1: XML rusak: no element found");
    parts[0].content = "<worksheet><sheetData>&nbsp;</sheetData></worksheet>";
    CHECK(error_of(parts) == "xl/worksheets/sheet1.xml:1:23: XML rusak: undefined entity");

    // Billion laughs: refused at the DOCTYPE, before any entity is declared.
    parts[0].content = R"(<?xml version="1.0"?>
<!DOCTYPE worksheet [
 <!ENTITY a "ha">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&h;</t></is></c></row></sheetData></worksheet>)";
    CHECK(error_of(parts) == "xl/worksheets/sheet1.xml: DOCTYPE tidak diizinkan");
    // An external entity in the shared strings, and a plain DOCTYPE in the workbook part.
    Parts external = one_sheet(
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)",
        R"(<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&x;</t></si></sst>)");
    CHECK(error_of(external) == "xl/sharedStrings.xml: DOCTYPE tidak diizinkan");
    Parts doctype = one_sheet("");
    for (Part& p : doctype) {
        if (p.name == "xl/workbook.xml")
            p.content = "<!DOCTYPE workbook>" + p.content.substr(xml_declaration.size());
    }
    CHECK(error_of(doctype) == "xl/workbook.xml: DOCTYPE tidak diizinkan");
}

TEST_CASE("a bad numFmtId in styles.xml names the part") {
    CHECK(error_of(one_sheet("", "", "<styleSheet><cellXfs><xf numFmtId=\"x\"/></cellXfs></styleSheet>")) ==
          "xl/styles.xml: numFmtId tidak valid: \"x\"");
}
