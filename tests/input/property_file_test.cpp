#include "input/property_file.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

using lkjip::InputError;
using lkjip::input::key_shape;
using lkjip::input::Property;
using lkjip::input::PropertyFormat;
using lkjip::input::PropertyMap;
using lkjip::input::read_properties;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs pairs(const PropertyMap& map) {
    Pairs out;
    for (const Property& p : map.entries)
        out.emplace_back(p.key, p.value);
    return out;
}

struct Expected {
    std::size_t line;
    std::string key_path;
    std::string message;
};

void check_error(std::string_view content, PropertyFormat format, const Expected& expected) {
    try {
        read_properties(content, "profil", format);
        FAIL("tidak ada galat; diharapkan: ", expected.message);
    } catch (const InputError& e) {
        CHECK(e.diagnostic().message == expected.message);
        CHECK(e.diagnostic().where.file == "profil");
        CHECK(e.diagnostic().where.line == expected.line);
        CHECK(e.diagnostic().where.key_path == expected.key_path);
    }
}

const char* const kIni =
    "; Profil OPD\n"
    "[opd]\n"
    "nama = Dinas Koperasi, UKM dan Perindustrian\n"
    "tahun = 2023 ; tahun N\n"
    "singkatan = Diskop#1\n"
    "\n"
    "[rpjmd]\n"
    "visi = Dumai Unggul\t# komentar bertab\n"
    "misi.1 = Misi satu\n"
    "misi.2 = Misi dua\n";

const char* const kJson = R"({
  "opd": {
    "nama": "Dinas Koperasi, UKM dan Perindustrian",
    "tahun": 2023,
    "singkatan": "Diskop#1"
  },
  "rpjmd": {
    "visi": "Dumai Unggul",
    "misi": ["Misi satu", "Misi dua"]
  }
})";

const char* const kXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<profil>\n"
    "  <!-- Profil OPD -->\n"
    "  <opd>\n"
    "    <nama>Dinas Koperasi, UKM dan Perindustrian</nama>\n"
    "    <tahun> 2023 </tahun>\n"
    "    <singkatan>Diskop#1</singkatan>\n"
    "  </opd>\n"
    "  <rpjmd>\n"
    "    <visi>Dumai Unggul</visi>\n"
    "    <misi>Misi satu</misi>\n"
    "    <misi>Misi dua</misi>\n"
    "  </rpjmd>\n"
    "</profil>\n";

const Pairs kExpected = {
    {"opd.nama", "Dinas Koperasi, UKM dan Perindustrian"},
    {"opd.tahun", "2023"},
    {"opd.singkatan", "Diskop#1"},
    {"rpjmd.visi", "Dumai Unggul"},
    {"rpjmd.misi.1", "Misi satu"},
    {"rpjmd.misi.2", "Misi dua"},
};

}  // namespace

TEST_CASE("INI, JSON and XML read to the same keys and values") {
    const PropertyMap ini = read_properties(kIni, "profil.ini", PropertyFormat::Ini);
    const PropertyMap json = read_properties(kJson, "profil.json", PropertyFormat::Json);
    const PropertyMap xml = read_properties(kXml, "profil.xml", PropertyFormat::Xml);
    CHECK(pairs(ini) == kExpected);
    CHECK(pairs(json) == kExpected);
    CHECK(pairs(xml) == kExpected);

    CHECK(ini.file == "profil.ini");
    CHECK(json.file == "profil.json");
    CHECK(xml.file == "profil.xml");
    REQUIRE(ini.find("opd.tahun") != nullptr);
    CHECK(ini.find("opd.tahun")->origin == "profil.ini");

    // Repeated XML elements and JSON arrays are lists; INI writes the numbers itself.
    CHECK(json.lists == std::set<std::string>{"rpjmd.misi"});
    CHECK(xml.lists == std::set<std::string>{"rpjmd.misi"});
    CHECK(ini.lists.empty());
}

TEST_CASE("INI: inline comments are stripped, lines are known, a BOM is tolerated") {
    const PropertyMap ini = read_properties(kIni, "profil.ini", PropertyFormat::Ini);
    REQUIRE(ini.find("opd.tahun") != nullptr);
    CHECK(ini.find("opd.tahun")->value == "2023");
    CHECK(ini.find("opd.tahun")->line == 4);
    CHECK(ini.find("opd.singkatan")->value == "Diskop#1");   // '#' without a blank before it is kept
    CHECK(ini.find("rpjmd.visi")->value == "Dumai Unggul");  // a tab before '#' starts a comment too
    CHECK(ini.find("rpjmd.misi.2")->line == 10);

    const PropertyMap bom = read_properties("\xEF\xBB\xBF[opd]\r\nnama = Dinas\r\ntahun = 2023\r\n",
                                            "profil.ini", PropertyFormat::Ini);
    CHECK(pairs(bom) == Pairs{{"opd.nama", "Dinas"}, {"opd.tahun", "2023"}});
    CHECK(bom.find("opd.tahun")->line == 3);

    const PropertyMap json_bom =
        read_properties("\xEF\xBB\xBF{\"opd\": {\"nama\": \"Dinas\"}}", "profil.json", PropertyFormat::Json);
    CHECK(pairs(json_bom) == Pairs{{"opd.nama", "Dinas"}});

    const PropertyMap xml_bom = read_properties("\xEF\xBB\xBF<profil><opd><nama>Dinas</nama></opd></profil>",
                                                "profil.xml", PropertyFormat::Xml);
    CHECK(pairs(xml_bom) == Pairs{{"opd.nama", "Dinas"}});

    // JSON and XML carry no line numbers.
    const PropertyMap json = read_properties(kJson, "profil.json", PropertyFormat::Json);
    CHECK(json.find("opd.tahun")->line == 0);
}

TEST_CASE("JSON: nested arrays of objects become numbered keys") {
    const PropertyMap m = read_properties(
        R"({"predikat": {"skala": [{"label": "Tinggi", "lebih_dari": 75}, {"label": "Rendah"}]}})", "k.json",
        PropertyFormat::Json);
    CHECK(pairs(m) == Pairs{{"predikat.skala.1.label", "Tinggi"},
                            {"predikat.skala.1.lebih_dari", "75"},
                            {"predikat.skala.2.label", "Rendah"}});
    CHECK(m.lists == std::set<std::string>{"predikat.skala"});
}

TEST_CASE("JSON: empty strings as values and list items are not empty keys") {
    const PropertyMap m = read_properties(R"({"a": "", "b": ["", "x"], "c\"": "\"\"", "d": {"e" : ""}})",
                                          "k.json", PropertyFormat::Json);
    CHECK(pairs(m) == Pairs{{"a", ""}, {"b.1", ""}, {"b.2", "x"}, {"c\"", "\"\""}, {"d.e", ""}});
}

TEST_CASE("XML: attributes read like child elements, repeated elements are numbered") {
    const PropertyMap m = read_properties(
        "<konvensi><predikat><skala label=\"Tinggi\" lebih_dari=\"75\"/>"
        "<skala><label>Rendah</label></skala></predikat></konvensi>",
        "k.xml", PropertyFormat::Xml);
    CHECK(pairs(m) == Pairs{{"predikat.skala.1.label", "Tinggi"},
                            {"predikat.skala.1.lebih_dari", "75"},
                            {"predikat.skala.2.label", "Rendah"}});
    CHECK(m.lists == std::set<std::string>{"predikat.skala"});
}

TEST_CASE("malformed files name the file and, where known, the line or key") {
    check_error("{\n  \"opd\": {\n    \"nama\": \"A\",\n    \"nama\": \"B\"\n  }\n}\n", PropertyFormat::Json,
                {0, "opd.nama", "kunci ganda"});
    check_error("[opd]\nnama = A\ntahun = 2023\nnama = B\n", PropertyFormat::Ini,
                {4, "", "tidak dapat dibaca: nama kunci ganda"});
    check_error(
        "{\n  \"opd\": {\n    \"nama\": \"A\"\n    \"tahun\": 2023\n  }\n}\n", PropertyFormat::Json,
        {4, "", "tidak dapat dibaca: ',' atau '}' diharapkan (koma di antara pasangan kunci dan nilai?)"});
    // An empty key would read as a list item: refused, with its line.
    check_error("{\n  \"opd\": {\n    \"\" : \"A\"\n  }\n}\n", PropertyFormat::Json,
                {3, "", "kunci kosong (\"\") tidak dapat dipakai; beri nama kunci"});
    // Boost's parser messages are said in Indonesian (input/parser_messages.cpp).
    check_error("<profil><opd><nama>A</nama>", PropertyFormat::Xml,
                {1, "", "tidak dapat dibaca: data berakhir sebelum semua elemen ditutup"});
    check_error(
        "{\n  \"opd\": {\n    \"nama\": \"A\",\n  }\n}\n", PropertyFormat::Json,
        {4, "", "tidak dapat dibaca: nama kunci dalam tanda kutip diharapkan (koma berlebih sebelum '}'?)"});
    check_error("[opd\nnama = A\n", PropertyFormat::Ini,
                {1, "", "tidak dapat dibaca: nama bagian tidak ditutup dengan ']'"});
    check_error("<opd>A</opd>\n<kepala>B</kepala>", PropertyFormat::Xml,
                {2, "", "XML harus memiliki satu elemen akar; elemen <kepala> berada di luarnya"});
    check_error("[opd]\nnama = Caf\xE9\n", PropertyFormat::Ini,
                {2, "", "teks bukan UTF-8 yang sah (tampaknya Windows-1252); simpan ulang sebagai UTF-8"});
    check_error(std::string_view("[opd]\nnama = A\0B\n", 16), PropertyFormat::Ini,
                {0, "", "berkas biner (berisi byte NUL), bukan berkas teks"});
}

TEST_CASE("nesting deeper than any profile needs is refused before Boost's recursive parsers see it") {
    // Found with tests/fuzz/property_fuzz.cpp: 30.000 nested JSON arrays or XML elements overflowed the stack
    // (a crash, not exit code 3). 100.000 levels crash any build; the limit is checked by a scan that does
    // not recurse.
    const std::size_t deep = 100'000;
    check_error(std::string(deep, '[') + std::string(deep, ']'), PropertyFormat::Json,
                {1, "", "struktur bersarang terlalu dalam: lebih dari 32 tingkat"});
    check_error("{\n\"a\":\n" + std::string(deep, '{'), PropertyFormat::Json,
                {3, "", "struktur bersarang terlalu dalam: lebih dari 32 tingkat"});
    std::string xml;
    for (std::size_t i = 0; i < deep; ++i)
        xml += "<a>";
    check_error(xml, PropertyFormat::Xml, {1, "", "struktur bersarang terlalu dalam: lebih dari 32 tingkat"});

    // 32 levels are read; brackets inside strings, comments, CDATA and attribute values do not count.
    const std::string json32 = std::string(31, '[') + R"({"a": "[[[[{{{{"})" + std::string(31, ']');
    CHECK(read_properties(json32, "profil.json", PropertyFormat::Json).entries.size() == 1);
    std::string xml32 = "<r><!-- <a><a><a> -->";
    for (int i = 0; i < 30; ++i)
        xml32 += "<a x=\"<b>\" y='/>'>";
    xml32 += "<b><![CDATA[<a><a>]]></b>";
    for (int i = 0; i < 30; ++i)
        xml32 += "</a>";
    xml32 += "</r>";
    // 30 x 2 attributes and <b/>.
    CHECK(read_properties(xml32, "profil.xml", PropertyFormat::Xml).entries.size() == 61);
    check_error(std::string(33, '[') + std::string(33, ']'), PropertyFormat::Json,
                {1, "", "struktur bersarang terlalu dalam: lebih dari 32 tingkat"});
}

TEST_CASE("overlay replaces scalars, adds keys and replaces lists wholesale") {
    PropertyMap base = read_properties(R"({"capaian": {"batas_atas": "tidak_ada", "batas_bawah": 0},
        "predikat": {"skala": [{"label": "A", "lebih_dari": 90}, {"label": "B", "lebih_dari": 75},
                               {"label": "C"}]}})",
                                       "bawaan.json", PropertyFormat::Json);
    const PropertyMap over = read_properties(
        R"({"capaian": {"batas_atas": 100, "rumus_negatif": "T/R"},
            "predikat": {"skala": [{"label": "Baik", "minimal": 80}, {"label": "Kurang"}]}})",
        "opd.json", PropertyFormat::Json);
    base.overlay(over);
    CHECK(pairs(base) == Pairs{{"capaian.batas_atas", "100"},
                               {"capaian.batas_bawah", "0"},
                               {"capaian.rumus_negatif", "T/R"},
                               {"predikat.skala.1.label", "Baik"},
                               {"predikat.skala.1.minimal", "80"},
                               {"predikat.skala.2.label", "Kurang"}});
    // Entries keep the file they came from, for messages.
    CHECK(base.find("capaian.batas_atas")->origin == "opd.json");
    CHECK(base.find("capaian.batas_bawah")->origin == "bawaan.json");
    CHECK(base.location(*base.find("capaian.rumus_negatif")).file == "opd.json");
    CHECK(base.location(*base.find("capaian.rumus_negatif")).key_path == "capaian.rumus_negatif");
    CHECK(base.file == "bawaan.json");

    // An INI overlay names its items; it replaces single keys, never the whole list.
    PropertyMap list = read_properties(R"({"misi": ["a", "b", "c"]})", "a.json", PropertyFormat::Json);
    list.overlay(read_properties("misi.2 = B\n", "b.ini", PropertyFormat::Ini));
    CHECK(pairs(list) == Pairs{{"misi.1", "a"}, {"misi.2", "B"}, {"misi.3", "c"}});
}

TEST_CASE("subtree and find") {
    const PropertyMap m = read_properties("[opd]\nnama = A\n[konvensi]\ncapaian.batas_atas = 100\n",
                                          "profil.ini", PropertyFormat::Ini);
    CHECK(m.find("konvensi.capaian.batas_atas") != nullptr);
    CHECK(m.find("konvensi") == nullptr);
    const PropertyMap k = m.subtree("konvensi");
    CHECK(k.file == "profil.ini");
    CHECK(pairs(k) == Pairs{{"capaian.batas_atas", "100"}});
    CHECK(k.entries.front().line == 4);
    CHECK(k.entries.front().origin == "profil.ini");
    CHECK(m.subtree("tidak_ada").entries.empty());

    const PropertyMap lists = read_properties(R"({"konvensi": {"predikat": {"skala": [{"label": "A"}]}}})",
                                              "profil.json", PropertyFormat::Json);
    CHECK(lists.subtree("konvensi").lists == std::set<std::string>{"predikat.skala"});
}

TEST_CASE("key_shape drops list positions") {
    CHECK(key_shape("predikat.skala.3.label") == "predikat.skala.label");
    CHECK(key_shape("rpjmd.misi.12") == "rpjmd.misi");
    CHECK(key_shape("opd.tahun") == "opd.tahun");
    CHECK(key_shape("efisiensi.kategori.rasio.1.lebih_dari") == "efisiensi.kategori.rasio.lebih_dari");
    CHECK(key_shape("3") == "");
    CHECK(key_shape("") == "");
}

TEST_CASE("XML is refused where the workbook's XML reader would refuse it") {
    // rapidxml (Boost's XML parser) accepted each of these; the profile then read something else.
    check_error("<profil>\n<opd><nama>A</namaX></opd></profil>", PropertyFormat::Xml,
                {2, "", "tag penutup </namaX> tidak cocok dengan tag pembuka <nama>"});
    check_error("<profil></opd></profil>", PropertyFormat::Xml,
                {1, "", "tag penutup </opd> tidak cocok dengan tag pembuka <profil>"});
    check_error(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE profil [<!ENTITY xxe "
        "\"X\">]>\n<profil><opd><nama>&xxe;</nama></opd>"
        "</profil>",
        PropertyFormat::Xml, {2, "", "DOCTYPE dan deklarasi <!...> tidak diizinkan (entitas tidak dibaca)"});
    check_error("<profil><opd><nama>&xxe;</nama></opd></profil>", PropertyFormat::Xml,
                {1, "", "entitas &xxe; tidak dikenal; yang sah hanya &amp; &lt; &gt; &quot; &apos;"});
    check_error("<profil><opd nama=\"&xxe;\"/></profil>", PropertyFormat::Xml,
                {1, "", "entitas &xxe; tidak dikenal; yang sah hanya &amp; &lt; &gt; &quot; &apos;"});
    check_error("<profil><opd><nama>A & B</nama></opd></profil>", PropertyFormat::Xml,
                {1, "", "'&' harus ditulis &amp;"});
    // An attribute and a child element of the same name: one of them would be ignored.
    check_error(
        "<profil><kepala nama=\"A\"><nama>B</nama></kepala></profil>", PropertyFormat::Xml,
        {0, "kepala.nama", "atribut \"nama\" dan elemen <nama> sama-sama diberikan; pakai salah satu"});
    check_error(
        "<profil><kepala nip=\"1\">teks</kepala></profil>", PropertyFormat::Xml,
        {0, "kepala", "elemen berisi teks sekaligus elemen anak atau atribut; teks itu tidak terbaca"});
    // The root element, when the reader knows which it must be.
    CHECK_THROWS_WITH_AS(read_properties("<sampah><opd><nama>A</nama></opd></sampah>", "profil.xml",
                                         PropertyFormat::Xml, "profil"),
                         "profil.xml:1: galat: elemen akar <profil> diharapkan, ditemukan <sampah>",
                         InputError);
    // What is allowed: predefined entities, character references, CDATA.
    const PropertyMap ok =
        read_properties("<profil><opd><nama>A &amp; B &#65;<![CDATA[ <C> ]]></nama></opd></profil>",
                        "profil.xml", PropertyFormat::Xml, "profil");
    CHECK(pairs(ok) == Pairs{{"opd.nama", "A & B A <C>"}});
}

TEST_CASE("control characters are refused in every key and value, whatever the syntax") {
    check_error("{\"opd\": {\"nama\": \"A\\u001b[31mB\"}}", PropertyFormat::Json,
                {0, "opd.nama", "teks berisi karakter kendali U+001B (ESC); hapus karakter itu"});
    check_error("{\"opd\": {\"nama\": \"A\\u0000B\"}}", PropertyFormat::Json,
                {0, "opd.nama", "teks berisi karakter kendali U+0000 (NUL); hapus karakter itu"});
    check_error("{\"opd\": {\"nama\": \"A\\u0085B\"}}", PropertyFormat::Json,
                {0, "opd.nama", "teks berisi karakter kendali U+0085; hapus karakter itu"});
    check_error("{\"opd\": {\"nama\": \"A\\nB\"}}", PropertyFormat::Json,
                {0, "opd.nama", "teks berisi karakter kendali U+000A (LF); hapus karakter itu"});
    check_error("{\"o\\u001bd\": 1}", PropertyFormat::Json,
                {0, "", "nama kunci: teks berisi karakter kendali U+001B (ESC); hapus karakter itu"});
    check_error("[opd]\nnama = A\x7f\n", PropertyFormat::Ini,
                {2, "opd.nama", "teks berisi karakter kendali U+007F (DEL); hapus karakter itu"});
    check_error("<profil><opd><nama>A&#27;B</nama></opd></profil>", PropertyFormat::Xml,
                {0, "opd.nama", "teks berisi karakter kendali U+001B (ESC); hapus karakter itu"});
    // A tab is allowed.
    CHECK(pairs(read_properties("{\"opd\": {\"nama\": \"A\\tB\"}}", "p.json", PropertyFormat::Json)) ==
          Pairs{{"opd.nama", "A\tB"}});
}

TEST_CASE("a value longer than an Excel cell holds is refused with its key") {
    const std::string at_limit(32767, 'x');
    CHECK(
        read_properties("{\"judul\": \"" + at_limit + "\"}", "t.json", PropertyFormat::Json).entries.size() ==
        1);
    check_error("{\"judul\": \"" + at_limit + "y\"}", PropertyFormat::Json,
                {0, "judul", "teks terlalu panjang: 32.768 karakter; batas Excel 32.767 karakter per sel"});
}
