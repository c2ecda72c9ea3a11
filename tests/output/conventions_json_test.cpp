#include "output/conventions_json.hpp"

#include <doctest/doctest.h>

#include <set>

#include "input/convention_reader.hpp"
#include "input/property_file.hpp"

using namespace lkjip;

namespace {

std::string konvensi_json(const std::vector<std::string>& set_arguments) {
    input::ConventionOverrides o;
    o.set_arguments = set_arguments;
    output::JsonWriter w;
    output::write_conventions(w, input::load_conventions(o));
    return w.str();
}

std::set<std::string> shapes(const input::PropertyMap& map) {
    std::set<std::string> out;
    for (const input::Property& p : map.entries)
        out.insert(input::key_shape(p.key));
    return out;
}

}  // namespace

TEST_CASE("the konvensi block holds every key of config/konvensi-bawaan.json, and nothing else") {
    // Read back with the same reader as a --config file: the block has the file's shape.
    const input::PropertyMap block =
        input::read_properties(konvensi_json({}), "konvensi", input::PropertyFormat::Json);
    std::set<std::string> expected = shapes(input::default_convention_properties());
    expected.erase("keterangan");  // the file's description of itself, not a convention
    CHECK(shapes(block) == expected);
    // Both that were once missing.
    CHECK(block.find("capaian.batas_atas_berlaku")->value == "semua");
    CHECK(block.find("anggaran.serapan_induk")->value == "jumlah");
}

TEST_CASE("the konvensi block shows the conventions in force, not the defaults") {
    const std::string json =
        konvensi_json({"capaian.batas_atas=120", "capaian.batas_atas_berlaku=agregasi",
                       "anggaran.serapan_induk=rata_rata_anak", "tampilan.desimal=3",
                       "capaian.batas_bawah=tidak_ada", "predikat.skala.1.lebih_dari=95"});
    CHECK(json.find("\"batas_atas\": 120,") != std::string::npos);
    CHECK(json.find("\"batas_bawah\": null,") != std::string::npos);  // tidak_ada
    CHECK(json.find("\"batas_atas_berlaku\": \"agregasi\"") != std::string::npos);
    CHECK(json.find("\"serapan_induk\": \"rata_rata_anak\"") != std::string::npos);
    CHECK(json.find("\"desimal\": 3,") != std::string::npos);
    CHECK(json.find("{\n        \"label\": \"Sangat Tinggi\",\n        \"lebih_dari\": 95\n      }") !=
          std::string::npos);
    // A band without a bound has only its label.
    CHECK(json.find("{\n        \"label\": \"Sangat Rendah\"\n      }") != std::string::npos);
}

TEST_CASE("the konvensi block opens each section once, nested as in the file") {
    const std::string json = konvensi_json({});
    CHECK(json.rfind("{\n  \"nama\": \"Konvensi bawaan lkjip\",\n  \"capaian\": {\n    \"sumber\": ", 0) ==
          0);
    for (const char* section :
         {"\"capaian\": {", "\"tampilan\": {", "\"predikat\": {", "\"efisiensi\": {", "\"kategori\": {"}) {
        CAPTURE(section);
        const std::size_t at = json.find(section);
        REQUIRE(at != std::string::npos);
        CHECK(json.find(section, at + 1) == std::string::npos);
    }
    CHECK(json.find("  \"efisiensi\": {") != std::string::npos);
    CHECK(json.find("    \"kategori\": {\n      \"rasio\": [") != std::string::npos);
}
