#include "input/csv_reader.hpp"

#include <doctest/doctest.h>

using lkjip::InputError;
using lkjip::input::CsvLimits;
using lkjip::input::CsvTable;
using lkjip::input::read_csv;

namespace {

struct Expected {
    std::size_t line;
    std::size_t column;
    std::string message;
};

void check_error(std::string_view content, const Expected& expected, const CsvLimits& limits = {}) {
    try {
        read_csv(content, "data.csv", limits);
        FAIL("tidak ada galat; diharapkan: ", expected.message);
    } catch (const InputError& e) {
        CHECK(e.diagnostic().message == expected.message);
        CHECK(e.diagnostic().where.file == "data.csv");
        CHECK(e.diagnostic().where.line == expected.line);
        CHECK(e.diagnostic().where.column == expected.column);
    }
}

std::vector<std::string> texts(const lkjip::input::CsvRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells)
        out.push_back(c.text);
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("semicolon CSV as Excel writes it in Indonesia") {
    const CsvTable t =
        read_csv("Kode;Uraian;Target\r\nT1;Meningkatnya koperasi;70,58\r\nT2;UKM;45 %\r\n", "tujuan.csv");
    CHECK(t.file == "tujuan.csv");
    CHECK(t.separator == ';');
    CHECK(t.header == Strings{"kode", "uraian", "target"});
    CHECK(t.header_line == 1);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(texts(t.rows[0]) == Strings{"T1", "Meningkatnya koperasi", "70,58"});
    CHECK(texts(t.rows[1]) == Strings{"T2", "UKM", "45 %"});
    CHECK(t.rows[1].cells[2].line == 3);
    CHECK(t.rows[1].cells[2].column == 3);
    CHECK(t.rows[1].cells[0].column == 1);
}

TEST_CASE("comma and tab separators are decided by the header") {
    const CsvTable c = read_csv("kode,nama\nA,\"Koperasi; UKM\"\n", "x.csv");
    CHECK(c.separator == ',');
    CHECK(texts(c.rows.at(0)) == Strings{"A", "Koperasi; UKM"});

    const CsvTable semi = read_csv("kode;nama,lengkap\nA;b,c\n", "x.csv");  // ';' wins over ','
    CHECK(semi.header == Strings{"kode", "nama,lengkap"});
    CHECK(texts(semi.rows.at(0)) == Strings{"A", "b,c"});

    const CsvTable tab = read_csv("kode\tnama\nA\t  b c  \n", "x.csv");
    CHECK(tab.separator == '\t');
    CHECK(texts(tab.rows.at(0)) == Strings{"A", "b c"});

    const CsvTable quoted = read_csv("\"kode;x\",nama\n1,2\n", "x.csv");  // quoted ';' does not count
    CHECK(quoted.separator == ',');
    CHECK(quoted.header == Strings{"kode;x", "nama"});

    const CsvTable single = read_csv("kode\nA\nB\n", "x.csv");
    CHECK(single.separator == ';');
    CHECK(single.header == Strings{"kode"});
    CHECK(single.rows.size() == 2);
}

TEST_CASE("quoted fields: escapes, separators and line ends inside") {
    const CsvTable t = read_csv(
        "kode;nama;catatan\n"
        "A;\"Koperasi; UKM\";\"kata \"\"aktif\"\"\"\n"
        "B;\"baris satu\nbaris dua\r\nbaris tiga\";x\n"
        "C;  \"  spasi  \"  ;\"\"\n",
        "x.csv");
    REQUIRE(t.rows.size() == 3);
    CHECK(texts(t.rows[0]) == Strings{"A", "Koperasi; UKM", "kata \"aktif\""});
    CHECK(t.rows[1].line == 3);
    CHECK(texts(t.rows[1]) == Strings{"B", "baris satu\nbaris dua\nbaris tiga", "x"});
    CHECK(t.rows[1].cells[1].line == 3);
    CHECK(t.rows[1].cells[2].line == 5);
    CHECK(t.rows[2].line == 6);  // the record after the embedded line ends starts on line 6
    CHECK(texts(t.rows[2]) == Strings{"C", "  spasi  ", ""});
}

TEST_CASE("line ends: CRLF, LF and lone CR each end one line") {
    const CsvTable t = read_csv("a;b\rx;1\r\ny;2\n\rz;3", "x.csv");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[2].line == 5);  // line 4 is empty
    CHECK(texts(t.rows[2]) == Strings{"z", "3"});

    const CsvTable q = read_csv("a;b\r\"1\r2\";x\ry;z\r", "x.csv");
    CHECK(texts(q.rows.at(0)) == Strings{"1\n2", "x"});
    CHECK(q.rows.at(1).line == 4);
}

TEST_CASE("BOM, comments, blank rows and trailing empty fields") {
    const CsvTable t = read_csv(
        "\xEF\xBB\xBF# Data realisasi 2023;;;;\r\n"
        "\r\n"
        ";;;\r\n"
        "kode;tahun;realisasi;;\r\n"
        "# catatan \"kutip\" tidak membuka kolom;;;\r\n"
        "   # komentar berindentasi\r\n"
        "IKU1;2023;70,58;;\r\n"
        ";;;;\r\n"
        "  ;  ;\t\r\n"
        "IKU2;2023;-\r\n"
        "\"#bukan komentar\";2023;1\r\n",
        "realisasi.csv");
    CHECK(t.header == Strings{"kode", "tahun", "realisasi"});
    CHECK(t.header_line == 4);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].line == 7);
    CHECK(texts(t.rows[0]) == Strings{"IKU1", "2023", "70,58"});
    CHECK(t.rows[1].line == 10);
    CHECK(texts(t.rows[1]) == Strings{"IKU2", "2023", "-"});
    CHECK(texts(t.rows[2]) == Strings{"#bukan komentar", "2023", "1"});
}

TEST_CASE("header only gives zero rows; header names are normalized") {
    const CsvTable t = read_csv("  Kode ; PAGU_Murni\t;Realisasi\n", "x.csv");
    CHECK(t.header == Strings{"kode", "pagu_murni", "realisasi"});
    CHECK(t.rows.empty());
    CHECK(t.column_index("kode") == 0);
    CHECK(t.column_index("Pagu_Murni") == 1);
    CHECK(t.column_index(" REALISASI ") == 2);
    CHECK(t.column_index("sasaran") == -1);
    CHECK(read_csv("kode;nama", "x.csv").rows.empty());  // no final line end
}

TEST_CASE("row width errors") {
    check_error("a;b;c;d;e;f\n1;2;3;4\n", {2, 0, "kolom kurang: diharapkan 6, ditemukan 4"});
    check_error("a;b;c\n1;2;3;;x;\n",
                {2, 5, "kolom berlebih: diharapkan 3, ditemukan 5; kolom 5 berisi \"x\""});
    check_error(
        "a;b\n1;2;\"panjang sekali isinya lebih dari dua puluh\"\n",
        {2, 3, "kolom berlebih: diharapkan 2, ditemukan 3; kolom 3 berisi \"panjang sekali isiny...\""});
    check_error("a;b\n\"x\ny\"\n", {2, 0, "kolom kurang: diharapkan 2, ditemukan 1"});
}

TEST_CASE("quote errors") {
    check_error("a;b\n1;2\n3;\"abc\n4;5\n", {3, 2, "kutip (\") tidak ditutup; kutip dibuka di baris 3"});
    check_error(
        "a;b\n1;ab\"c\n",
        {2, 2,
         "kutip (\") di tengah kolom tanpa kutip; apit seluruh kolom dengan kutip dan tulis \"\" untuk "
         "kutip di dalamnya"});
    check_error("a;b\n1;\"abc\"def;x\n",
                {2, 2, "teks setelah kutip penutup, ditemukan \"def\"; kutip di dalam kolom ditulis \"\""});
    check_error("a;b\n1;\"x\ny\" z\n",
                {3, 2, "teks setelah kutip penutup, ditemukan \"z\"; kutip di dalam kolom ditulis \"\""});
    check_error("\"kode;nama\n", {1, 1, "kutip (\") tidak ditutup; kutip dibuka di baris 1"});
}

TEST_CASE("header errors") {
    check_error("kode;nama;KODE\n", {1, 3, "nama kolom \"kode\" ganda: sudah ada di kolom 1"});
    check_error("# judul\nkode;;nama\n", {2, 2, "nama kolom ke-2 kosong"});
    check_error("kode;\"\xC2\xA0\";nama\n", {1, 2, "nama kolom ke-2 kosong"});
}

TEST_CASE("empty and non-text files") {
    check_error("", {0, 0, "berkas kosong"});
    check_error("\xEF\xBB\xBF", {0, 0, "berkas kosong"});
    check_error("\r\n\n  \n;;;\n", {0, 0, "berkas kosong"});
    check_error("# hanya komentar\n\n",
                {0, 0, "tidak ada baris judul: berkas hanya berisi komentar atau baris kosong"});
    check_error(std::string_view("kode;nama\nA;b\0c\n", 16),
                {2, 4, "berkas biner (berisi byte NUL), bukan CSV"});
    check_error(std::string_view("PK\x03\x04\x14\0\x08\0", 8),
                {1, 6, "berkas biner (berisi byte NUL), bukan CSV"});
}

TEST_CASE("encoding errors name the line and character column of the first bad byte") {
    check_error(
        "kode;nama\nA;Caf\xE9\n",
        {2, 6, "teks bukan UTF-8 yang sah (tampaknya Windows-1252); simpan ulang sebagai \"CSV UTF-8\""});
    check_error(
        "\xEF\xBB\xBFkode;nama\r\nA;Caf\xC3\xA9 \xE9t\xE9\r\n",
        {2, 8, "teks bukan UTF-8 yang sah (tampaknya Windows-1252); simpan ulang sebagai \"CSV UTF-8\""});
    // Damaged UTF-8 (a CESU-8 surrogate) is not another encoding: no re-save hint.
    check_error("kode;nama\r\nA;x\xED\xA0\x80y\r\n",
                {2, 4, "teks bukan UTF-8 yang sah: byte 0xED tidak membentuk karakter"});
    // Checked before parsing: an invalid byte inside a comment is still reported.
    check_error(
        "kode\n# \xE9\n",
        {2, 3, "teks bukan UTF-8 yang sah (tampaknya Windows-1252); simpan ulang sebagai \"CSV UTF-8\""});
}

TEST_CASE("limits") {
    const std::string big_field = "kode;nama\nA;" + std::string(2u * 1024u * 1024u, 'x') + "\n";
    check_error(big_field, {2, 2, "kolom terlalu panjang: lebih dari 1.048.576 byte"});
    const std::string big_quoted = "kode;nama\nA;\"" + std::string(2u * 1024u * 1024u, 'x') + "\"\n";
    check_error(big_quoted, {2, 2, "kolom terlalu panjang: lebih dari 1.048.576 byte"});

    CsvLimits small;
    small.max_rows = 2;
    CHECK(read_csv("a\n1\n2\n", "data.csv", small).rows.size() == 2);
    check_error("a\n1\n# komentar\n\n2\n3\n",
                {6, 0, "terlalu banyak baris data: batas 2 baris (ubah dengan --max-rows)"}, small);

    CsvLimits tiny;
    tiny.max_file_bytes = 10;
    check_error("kode;nama\nA;b\n", {0, 0, "berkas terlalu besar: 14 byte, batas 10 byte"}, tiny);
    CHECK(read_csv("kode;nama\n", "data.csv", tiny).header.size() == 2);

    CsvLimits field;
    field.max_field_bytes = 3;
    CHECK(read_csv("abc\n\"x\"\"y\"\n", "data.csv", field).rows.at(0).cells.at(0).text == "x\"y");
    check_error("abc\nabcd\n", {2, 1, "kolom terlalu panjang: lebih dari 3 byte"}, field);
}

TEST_CASE("a spreadsheet error value in the first column is data, not a comment") {
    const CsvTable t =
        read_csv("kode;tahun\n#N/A;2023\n#n/a;\n# N/A komentar\n#DIV/0!;2024\n", "realisasi.csv");
    REQUIRE(t.rows.size() == 3);
    CHECK(texts(t.rows[0]) == Strings{"#N/A", "2023"});
    CHECK(texts(t.rows[1]) == Strings{"#n/a", ""});
    CHECK(texts(t.rows[2]) == Strings{"#DIV/0!", "2024"});
}

TEST_CASE("encodings a spreadsheet can save: a doubled BOM and UTF-16 are told as what they are") {
    // One BOM is read; a second would be an invisible U+FEFF at the start of the first column name.
    check_error(
        "\xEF\xBB\xBF\xEF\xBB\xBFkode;uraian\nT1;A\n",
        {1, 1,
         "teks berisi karakter tak terlihat U+FEFF (tanda urutan byte, BOM; berkas disimpan dengan BOM "
         "ganda?); hapus karakter itu"});
    check_error(
        "kode;uraian\nT1;A\xEF\xBB\xBF"
        "B\n",
        {2, 2,
         "teks berisi karakter tak terlihat U+FEFF (tanda urutan byte, BOM; berkas disimpan dengan BOM "
         "ganda?); hapus karakter itu"});
    const std::string utf16_message =
        "berkas tersimpan sebagai UTF-16 (\"Unicode Text\"), bukan UTF-8; simpan sebagai \"CSV UTF-8\" (atau "
        "teks "
        "UTF-8)";
    check_error(std::string_view("\xFF\xFEk\0o\0d\0e\0\n\0", 12), {0, 0, utf16_message});
    check_error(std::string_view("\xFE\xFF\0k\0o\0d\0e\0\n", 12), {0, 0, utf16_message});
    check_error(std::string_view("k\0o\0d\0e\0;\0u\0\n\0", 14), {0, 0, utf16_message});
}
