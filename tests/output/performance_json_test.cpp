#include "output/performance_json.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

#include "quantity/vocabulary.hpp"
#include "test_support.hpp"

using namespace lkjip;

namespace {

// The JSON without its "konvensi" object (the conventions in force, not figures).
std::string without_conventions(const std::string& json) {
    const std::size_t begin = json.find("\"konvensi\": {");
    const std::size_t end = json.find("\n  },\n", begin);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return json.substr(0, begin) + json.substr(end + 6);
}

bool is_quantity(const std::string& key) {
    return quantity::find(key) != nullptr && quantity::canonical_key(key) == key;
}

}  // namespace

TEST_CASE("compute --json: every figure under its vocabulary key, the other keys name and place them") {
    const std::string json = output::performance_json(test::dumai_performance());
    CHECK(json.find("\"versi_skema\": \"2\"") != std::string::npos);
    // Keys that are not figures: names, codes, units, the structure, the rule's details beside a figure.
    const std::set<std::string> structure = {
        "versi_skema",   "opd",         "nama",    "pemda",          "tahun",    "renstra_awal",
        "renstra_akhir", "tujuan",      "kode",    "uraian",         "sasaran",  "indikator",
        "induk",         "satuan",      "arah",    "formula",        "skala",    "target_sumber",
        "tahun_lalu",    "riwayat",     "renstra", "target_tahunan", "nasional", "keterangan",
        "anggaran",      "program",     "iku",     "indikator_na",   "jenis",    "kegiatan",
        "sub_kegiatan",  "sumber_dana", "belanja", "peringatan"};
    const std::string figures = without_conventions(json);
    const std::regex key("\"([a-z_]+)\": ");
    std::set<std::string> quantities;
    for (auto it = std::sregex_iterator(figures.begin(), figures.end(), key); it != std::sregex_iterator();
         ++it) {
        const std::string k = (*it)[1];
        if (structure.count(k))
            continue;
        std::string base = k;
        for (const std::string suffix : {"_na", "_tanpa_batas"}) {
            if (k.size() > suffix.size() && k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0)
                base = k.substr(0, k.size() - suffix.size());
        }
        INFO("key: " << k);
        CHECK(is_quantity(base));
        quantities.insert(base);
    }
    // Among them the ones version 1 named otherwise.
    for (const char* k : {"target_nasional", "capaian_nasional", "target_renstra", "target_akhir_renstra",
                          "realisasi_anggaran", "tingkat_kemajuan", "kategori_efisiensi"})
        CHECK(quantities.count(k) == 1);
    CHECK(json.find("\"target_akhir\":") == std::string::npos);
    CHECK(json.find("\"realisasi_tertulis\"") == std::string::npos);
}

TEST_CASE("compute --json: IKU1.1 of Dumai as value_of gives it, unrounded; an n/a percentage says why") {
    const std::string json = output::performance_json(test::dumai_performance());
    CHECK(json.find("\"realisasi\": 65.16129032258064,\n"
                    "          \"capaian\": 92.3225989269,\n"
                    "          \"predikat\": \"Sangat Tinggi\",\n"
                    "          \"atribut\": \"Sangat Berhasil\",") != std::string::npos);
    CHECK(json.find("\"target_nasional\": null,\n"
                    "            \"capaian_nasional\": null,\n"
                    "            \"capaian_nasional_na\": \"tidak ada target nasional\",") !=
          std::string::npos);
    // An IKU that no program supports: its serapan is null, with the reason.
    CHECK(json.find("\"serapan\": null,\n        \"serapan_na\": \"tidak ada anggaran yang mendukung\"") !=
          std::string::npos);
    // Money as whole rupiah (an integer), not as a double.
    CHECK(json.find("\"pagu\": 1.") == std::string::npos);
}
