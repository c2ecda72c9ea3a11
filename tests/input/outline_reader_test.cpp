#include "input/outline_reader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace lkjip;
using templates::OutlineBlockKind;

namespace {

std::vector<Diagnostic> problems(const std::string& json) {
    Diagnostics d;
    (void)input::read_document_outline(json, "kerangka.json", d);
    return d.items();
}

std::string only_message(const std::string& json) {
    const std::vector<Diagnostic> all = problems(json);
    REQUIRE(all.size() == 1);
    return format_diagnostic(all.front());
}

// Every message, one a line, for inputs that give more than one problem.
std::string messages(const std::string& json) {
    std::string out;
    for (const Diagnostic& d : problems(json))
        out += format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("the default outline reads without a problem and starts with the cover") {
    Diagnostics d;
    const templates::DocumentOutline o = input::default_document_outline(d);
    CHECK_FALSE(d.has_errors());
    CHECK(d.items().empty());
    REQUIRE(o.pages.size() == 12);
    CHECK(o.pages[0].cover);
    CHECK(o.pages[0].blocks.empty());
    const templates::OutlineBlock& first = o.pages[1].blocks.front();
    CHECK(first.kind == OutlineBlockKind::Heading);
    CHECK(first.text == "Kata Pengantar");
    CHECK(first.level == 1);
    CHECK(first.where.key_path == "halaman.2.isi.1");
}

TEST_CASE("every kind of block with its options") {
    Diagnostics d;
    const templates::DocumentOutline o = input::read_document_outline(R"({"halaman": [{"isi": [
        {"judul": "Bab {{tahun}}", "nomor": "BAB I", "tingkat": 2, "daftar_isi": false},
        {"teks": "Judul", "tebal": true, "rata": "tengah"},
        {"narasi": "ikhtisar", "boleh_kosong": true},
        {"kalimat": "anggaran"},
        {"tabel": ["3.2", "3.3"]},
        {"tabel": "L"},
        {"blok": "daftar_isi"},
        {"per_sasaran": [{"kalimat": "sasaran"}, {"per_iku": [{"narasi": "upaya"}, {"kalimat": "capaian"}]}]}
    ]}]})",
                                                                      "k.json", d);
    REQUIRE(d.items().empty());
    const std::vector<templates::OutlineBlock>& b = o.pages.at(0).blocks;
    REQUIRE(b.size() == 8);
    CHECK(b[0].kind == OutlineBlockKind::Heading);
    CHECK(b[0].number == "BAB I");
    CHECK(b[0].level == 2);
    CHECK_FALSE(b[0].in_toc);
    CHECK(b[1].kind == OutlineBlockKind::Text);
    CHECK(b[1].bold);
    CHECK(b[1].align == table::Align::Center);
    CHECK(b[2].kind == OutlineBlockKind::Narrative);
    CHECK(b[2].optional);
    CHECK(b[3].kind == OutlineBlockKind::Sentence);
    CHECK(b[4].prefixes == std::vector<std::string>{"3.2", "3.3"});
    CHECK(b[5].prefixes == std::vector<std::string>{"L"});
    CHECK(b[6].kind == OutlineBlockKind::Generated);
    REQUIRE(b[7].blocks.size() == 2);
    CHECK(b[7].blocks[1].kind == OutlineBlockKind::PerIku);
    CHECK(b[7].blocks[1].blocks.size() == 2);
}

TEST_CASE("an unknown key is an error naming the file and the key, with a suggestion") {
    CHECK(only_message(R"({"halaman": [{"isi": [{"judul": "A", "tingkatan": 2}]}]})") ==
          "kerangka.json: kunci halaman.1.isi.1.tingkatan: galat: kunci tidak dikenal: \"tingkatan\"; "
          "maksud Anda \"tingkat\"?");
    // A misspelt kind: the block without a kind, and the unknown key.
    CHECK(
        messages(R"({"halaman": [{"isi": [{"judull": "A"}]}]})") ==
        "kerangka.json: kunci halaman.1.isi.1: galat: blok memerlukan tepat satu dari: judul, teks, narasi, "
        "kalimat, tabel, blok, per_sasaran, per_iku\n"
        "kerangka.json: kunci halaman.1.isi.1.judull: galat: kunci tidak dikenal: \"judull\"; "
        "maksud Anda \"judul\"?\n");
    // A misspelt list: the first wrong part of the path is named, not its known leaf.
    CHECK(messages(R"({"halamn": [{"sampul": true}]})") ==
          "kerangka.json: kunci halaman: galat: kerangka memerlukan daftar \"halaman\" yang tidak kosong\n"
          "kerangka.json: kunci halamn.1.sampul: galat: kunci tidak dikenal: \"halamn\"; "
          "maksud Anda \"halaman\"?\n");
    // A key of another kind of block.
    CHECK(only_message(R"({"halaman": [{"isi": [{"teks": "A", "nomor": "1"}]}]})") ==
          "kerangka.json: kunci halaman.1.isi.1.nomor: galat: kunci \"nomor\" tidak berlaku di sini");
}

TEST_CASE("unknown names of sentences, generated blocks, narasi sections and {{...}} are errors") {
    CHECK(only_message(R"({"halaman": [{"isi": [{"kalimat": "anggran"}]}]})") ==
          "kerangka.json: kunci halaman.1.isi.1.kalimat: galat: kalimat tidak dikenal: \"anggran\"; maksud "
          "Anda "
          "\"anggaran\"? (daftar: templates/README.md)");
    CHECK(only_message(R"({"halaman": [{"isi": [{"blok": "daftar_isii"}]}]})")
              .find("blok tidak dikenal: \"daftar_isii\"; maksud Anda \"daftar_isi\"?") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"narasi": "kata_pengantr"}]}]})")
              .find("bagian narasi tidak dikenal: \"kata_pengantr\"; maksud Anda \"kata_pengantar\"?") !=
          std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"judul": "Tahun {{tahn}}"}]}]})")
              .find("nama {{tahn}} tidak dikenal di dokumen") != std::string::npos);
    CHECK(messages(R"({"halaman": [{"isi": [{"judul": "{{#tahun}}x{{/tahun}}"}]}]})")
              .find("tag \"{{#tahun}}\": hanya {{nama}}") != std::string::npos);
}

TEST_CASE("a block out of its scope is an error") {
    // A per-IKU sentence, narasi section or name outside per_iku; per_iku outside per_sasaran.
    CHECK(only_message(R"({"halaman": [{"isi": [{"kalimat": "capaian"}]}]})")
              .find("kalimat \"capaian\" hanya di dalam per_iku") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"narasi": "upaya"}]}]})")
              .find("ditulis per IKU: hanya di dalam per_iku") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"per_sasaran": [{"teks": "{{kode_iku}}"}]}]}]})")
              .find("nama {{kode_iku}} tidak dikenal di per_sasaran") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"per_iku": [{"kalimat": "capaian"}]}]}]})")
              .find("per_iku hanya di dalam per_sasaran") != std::string::npos);
}

TEST_CASE("a block with no kind, or two kinds, or a bad option value") {
    CHECK(only_message(R"({"halaman": [{"isi": [{"judul": "A", "teks": "B"}]}]})")
              .find("ditemukan \"judul\" dan \"teks\"") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"judul": "A", "tingkat": 5}]}]})")
              .find("tingkat judul 1-4 diharapkan, ditemukan \"5\"") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": [{"teks": "A", "rata": "kanan"}]}]})")
              .find("\"kiri\" atau \"tengah\" diharapkan") != std::string::npos);
    CHECK(only_message(R"({"halaman": [{"isi": ["teks"]}]})").find("blok { \"judul\": ... } diharapkan") !=
          std::string::npos);
    CHECK(only_message(R"({"halaman": [{"sampul": true, "isi": [{"teks": "A"}]}]})").find("halaman sampul") !=
          std::string::npos);
    // Malformed JSON: the parser's message, at the file.
    const std::vector<Diagnostic> broken = problems(R"({"halaman": [)");
    REQUIRE(broken.size() == 1);
    CHECK(broken.front().where.file == "kerangka.json");
}
