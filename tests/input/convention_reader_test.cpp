#include "input/convention_reader.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "input/property_file.hpp"

using lkjip::Diagnostic;
using lkjip::InputErrors;
using lkjip::Severity;
using lkjip::input::ConventionOverrides;
using lkjip::input::default_convention_properties;
using lkjip::input::load_conventions;
using lkjip::input::PropertyFormat;
using lkjip::input::read_properties;
using lkjip::model::Band;
using lkjip::model::Conventions;

namespace {

struct Expected {
    std::string file;
    std::string key_path;
    std::string message;
    std::size_t line = 0;
};

ConventionOverrides with_set(std::vector<std::string> set) {
    ConventionOverrides o;
    o.set_arguments = std::move(set);
    return o;
}

// load_conventions must refuse `overrides` with exactly the diagnostics `expected`, in order.
void check_errors(const ConventionOverrides& overrides, const std::vector<Expected>& expected) {
    try {
        load_conventions(overrides);
        FAIL("tidak ada galat; diharapkan: ", expected.front().message);
    } catch (const InputErrors& e) {
        const std::vector<Diagnostic>& all = e.diagnostics();
        REQUIRE(all.size() == expected.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            CAPTURE(i);
            CHECK(all[i].severity == Severity::Error);
            CHECK(all[i].message == expected[i].message);
            CHECK(all[i].where.file == expected[i].file);
            CHECK(all[i].where.key_path == expected[i].key_path);
            CHECK(all[i].where.line == expected[i].line);
        }
    }
}

}  // namespace

TEST_CASE("the embedded default set loads") {
    const Conventions c = load_conventions({});
    CHECK(c.name == "Konvensi bawaan lkjip");
    CHECK(c.capaian.negative_formula == lkjip::model::NegativeFormula::TwoTargetMinusRealisasi);
    REQUIRE(c.capaian.floor.has_value());
    CHECK(*c.capaian.floor == 0.0);
    CHECK_FALSE(c.capaian.cap.has_value());
    CHECK(c.capaian.cap_scope == lkjip::model::CapScope::Everywhere);
    CHECK(c.display.decimals == 2);
    CHECK(c.display.rounding == lkjip::format::Rounding::HalfUp);
    CHECK(c.aggregation.weighting == lkjip::model::Weighting::Unweighted);
    CHECK(c.efficiency.method == lkjip::model::EfficiencyMethod::Ratio);
    CHECK_FALSE(c.efficiency.min_capaian.has_value());

    // Permendagri 86/2017: > 90, > 75, > 65, > 50, the rest.
    REQUIRE(c.predikat.bands.size() == 5);
    CHECK(c.predikat.bands[0].label == "Sangat Tinggi");
    CHECK(c.predikat.bands[0].bound == Band::Bound::Above);
    CHECK(c.predikat.bands[0].limit == 90.0);
    CHECK(c.predikat.bands[3].label == "Rendah");
    CHECK(c.predikat.bands[3].limit == 50.0);
    CHECK(c.predikat.bands[4].label == "Sangat Rendah");
    CHECK(c.predikat.bands[4].bound == Band::Bound::Rest);
    CHECK(c.predikat.classify(90.0) == "Tinggi");
    CHECK(c.predikat.classify(90.01) == "Sangat Tinggi");
    CHECK(c.predikat.classify(50.0) == "Sangat Rendah");
    CHECK_FALSE(c.predikat.classify(std::nullopt).has_value());

    REQUIRE(c.atribut.bands.size() == 4);
    CHECK(c.atribut.bands[0].bound == Band::Bound::AtLeast);
    CHECK(c.atribut.classify(85.0) == "Sangat Berhasil");
    CHECK(c.atribut.classify(54.99) == "Tidak Berhasil");

    REQUIRE(c.efficiency.ratio_categories.bands.size() == 4);
    CHECK(c.efficiency.ratio_categories.classify(100.0) == "Efisien");
    CHECK(c.efficiency.difference_categories.classify(-5.0) == "Cukup Efisien");

    // Every default key is a known key: the properties are the source of truth.
    CHECK(default_convention_properties().find("predikat.skala.1.lebih_dari")->value == "90");
    CHECK(default_convention_properties().file == "config/konvensi-bawaan.json");
}

TEST_CASE("the profile's [konvensi] section overrides the defaults") {
    const lkjip::input::PropertyMap profile =
        read_properties(
            "[opd]\nnama = A\n[konvensi]\ncapaian.batas_atas = 100\ncapaian.rumus_negatif = T/R\n"
            "tampilan.pembulatan = potong\n",
            "profil.ini", PropertyFormat::Ini)
            .subtree("konvensi");
    ConventionOverrides o;
    o.profile_section = profile;
    const Conventions c = load_conventions(o);
    REQUIRE(c.capaian.cap.has_value());
    CHECK(*c.capaian.cap == 100.0);
    CHECK(c.capaian.negative_formula == lkjip::model::NegativeFormula::TargetOverRealisasi);
    CHECK(c.display.rounding == lkjip::format::Rounding::Truncate);
    CHECK(c.display.decimals == 2);  // not overridden
}

TEST_CASE("a profile band list replaces the default list wholesale") {
    ConventionOverrides o;
    o.profile_section = read_properties(R"({"predikat": {"skala": [{"label": "Baik", "minimal": 80},
                                                                  {"label": "Kurang"}]}})",
                                        "profil.json", PropertyFormat::Json);
    const Conventions c = load_conventions(o);
    REQUIRE(c.predikat.bands.size() == 2);
    CHECK(c.predikat.bands[0].label == "Baik");
    CHECK(c.predikat.bands[0].bound == Band::Bound::AtLeast);
    CHECK(c.predikat.bands[1].bound == Band::Bound::Rest);
}

TEST_CASE("--set KEY=VALUE overrides the profile, values and keys are trimmed") {
    ConventionOverrides o =
        with_set({"capaian.batas_atas=120", " tampilan.desimal = 1 ", "capaian.batas_bawah=tidak_ada"});
    o.profile_section = read_properties("capaian.batas_atas = 100\n", "profil.ini", PropertyFormat::Ini);
    const Conventions c = load_conventions(o);
    REQUIRE(c.capaian.cap.has_value());
    CHECK(*c.capaian.cap == 120.0);
    CHECK(c.display.decimals == 1);
    CHECK_FALSE(c.capaian.floor.has_value());

    // The last --set of a key wins.
    const Conventions last = load_conventions(with_set({"tampilan.desimal=3", "tampilan.desimal=0"}));
    CHECK(last.display.decimals == 0);
}

TEST_CASE("--set without '=' is refused") {
    check_errors(with_set({"capaian.batas_atas"}),
                 {{"--set", "", "bentuk KUNCI=NILAI diharapkan, ditemukan \"capaian.batas_atas\""}});
    check_errors(with_set({"=100"}), {{"--set", "", "bentuk KUNCI=NILAI diharapkan, ditemukan \"=100\""}});
}

TEST_CASE("an unknown key is refused with the closest known key") {
    check_errors(
        with_set({"capaian.batas_ats=100"}),
        {{"--set", "capaian.batas_ats", "kunci konvensi tidak dikenal; maksud Anda capaian.batas_atas?"}});
    check_errors(with_set({"warna.latar=biru"}), {{"--set", "warna.latar", "kunci konvensi tidak dikenal"}});
    // List positions do not matter for the suggestion.
    check_errors(with_set({"predikat.skala.2.labl=Baik"}),
                 {{"--set", "predikat.skala.2.labl",
                   "kunci konvensi tidak dikenal; maksud Anda predikat.skala.label?"}});

    ConventionOverrides o;
    o.profile_section = read_properties("[konvensi]\ncapaian.batas_atas = 100\ncapaian.rumus_negtif = T/R\n",
                                        "profil.ini", PropertyFormat::Ini)
                            .subtree("konvensi");
    check_errors(o, {{"profil.ini", "konvensi.capaian.rumus_negtif",
                      "kunci konvensi tidak dikenal; maksud Anda capaian.rumus_negatif?", 3}});
}

TEST_CASE("a --config file is read in its own format and checked") {
    std::random_device rd;
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("lkjip-konvensi-test-" + std::to_string(rd()) + ".json");
    {
        std::ofstream out(path);
        out << R"({"capaian": {"rumus_negatif": "T/R", "batas_ats": 100}})";
    }
    ConventionOverrides o;
    o.config_file = path.string();
    check_errors(o, {{path.string(), "capaian.batas_ats",
                      "kunci konvensi tidak dikenal; maksud Anda capaian.batas_atas?"}});
    {
        std::ofstream out(path);
        out << R"({"capaian": {"rumus_negatif": "T/R"}})";
    }
    CHECK(load_conventions(o).capaian.negative_formula == lkjip::model::NegativeFormula::TargetOverRealisasi);
    std::filesystem::remove(path);
}

TEST_CASE("a value outside the choices lists the choices") {
    check_errors(with_set({"capaian.rumus_negatif=3T-R"}),
                 {{"--set", "capaian.rumus_negatif", "nilai \"3T-R\" tidak dikenal; pilihan: 2T-R, T/R"}});
    check_errors(with_set({"efisiensi.metode=rata"}),
                 {{"--set", "efisiensi.metode",
                   "nilai \"rata\" tidak dikenal; pilihan: rasio, selisih, sisa_anggaran"}});
    // Choices are case-insensitive.
    CHECK(load_conventions(with_set({"capaian.rumus_negatif=t/r"})).capaian.negative_formula ==
          lkjip::model::NegativeFormula::TargetOverRealisasi);
    CHECK(load_conventions(with_set({"agregasi.opd=RATA_RATA_IKU"})).aggregation.opd ==
          lkjip::model::OpdAggregation::MeanOfIku);
}

TEST_CASE("numbers and integers are checked") {
    check_errors(with_set({"capaian.batas_atas=seratus"}),
                 {{"--set", "capaian.batas_atas", "angka diharapkan, ditemukan \"seratus\""}});
    check_errors(with_set({"tampilan.desimal=7"}),
                 {{"--set", "tampilan.desimal", "bilangan bulat 0 sampai 6 diharapkan, ditemukan \"7\""}});
    check_errors(with_set({"tampilan.desimal=1,5"}),
                 {{"--set", "tampilan.desimal", "bilangan bulat 0 sampai 6 diharapkan, ditemukan \"1,5\""}});
    check_errors(with_set({"capaian.batas_atas="}),
                 {{"--set", "capaian.batas_atas", "angka diharapkan, nilai kosong"}});
    // Found with tests/fuzz/property_fuzz.cpp: a value beyond int was converted to int before the range
    // was checked, which is undefined behaviour (UBSan: "1e+11 is outside the range of ... 'int'").
    check_errors(
        with_set({"tampilan.desimal=99999999999"}),
        {{"--set", "tampilan.desimal", "bilangan bulat 0 sampai 6 diharapkan, ditemukan \"99999999999\""}});
    check_errors(
        with_set({"tampilan.desimal=-99999999999"}),
        {{"--set", "tampilan.desimal", "bilangan bulat 0 sampai 6 diharapkan, ditemukan \"-99999999999\""}});
}

TEST_CASE("band scales are validated, and each problem is told where the band was given") {
    // Limits must not increase from the top band down. (Issue 15: these were attributed to
    // config/konvensi-bawaan.json whatever file or --set gave the band.)
    check_errors(
        with_set({"predikat.skala.2.lebih_dari=95"}),
        {{"--set", "predikat.skala.2.lebih_dari", "batas pita harus menurun dari atas ke bawah (pita 2)"}});
    // A band whose limit equals the band above catches nothing, unless it is "> x" then ">= x" (exactly x).
    check_errors(with_set({"predikat.skala.2.lebih_dari=90"}),
                 {{"--set", "predikat.skala.2.lebih_dari",
                   "pita 2 tidak pernah terpakai: batasnya sama dengan pita 1 di atasnya"}});
    ConventionOverrides exact;
    exact.profile_section = read_properties(R"({"predikat": {"skala": [{"label": "A", "lebih_dari": 90},
        {"label": "B", "minimal": 90}, {"label": "C"}]}})",
                                            "profil.json", PropertyFormat::Json);
    const Conventions with_exact = load_conventions(exact);
    CHECK(with_exact.predikat.classify(90.0) == "B");
    CHECK(with_exact.predikat.classify(90.5) == "A");
    // The last band takes everything below: it has no bound.
    check_errors(with_set({"predikat.skala.5.minimal=0"}),
                 {{"--set", "predikat.skala.5.minimal",
                   "pita terakhir harus tanpa batas (menampung nilai di bawahnya)"}});
    // A band has one bound, not both.
    check_errors(with_set({"atribut.skala.1.lebih_dari=85"}),
                 {{"config/konvensi-bawaan.json", "atribut.skala.1.label",
                   "pita hanya boleh memiliki salah satu dari lebih_dari atau minimal"}});
    // Only the last band may lack a bound.
    ConventionOverrides gap;
    gap.profile_section = read_properties(R"({"predikat": {"skala": [{"label": "A", "lebih_dari": 90},
        {"label": "B"}, {"label": "C"}]}})",
                                          "profil.json", PropertyFormat::Json);
    check_errors(gap, {{"profil.json", "predikat.skala.2.label",
                        "hanya pita terakhir yang boleh tanpa batas (pita 2)"}});
    // A band needs a label.
    check_errors(with_set({"predikat.skala.1.label="}),
                 {{"--set", "predikat.skala.1.label", "pita tanpa label"}});
}

TEST_CASE("a scale given in a --config file is located in that file") {
    std::random_device rd;
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("lkjip-konvensi-test-" + std::to_string(rd()) + ".json");
    {
        std::ofstream out(path);
        out << R"({"atribut": {"skala": [{"label": "Baik", "minimal": 50}, {"label": "Sangat Baik", "minimal": 80},
                  {"label": "Kurang"}]}})";
    }
    ConventionOverrides o;
    o.config_file = path.string();
    check_errors(o, {{path.string(), "atribut.skala.2.minimal",
                      "batas pita harus menurun dari atas ke bawah (pita 2)"}});
    std::filesystem::remove(path);
}

TEST_CASE("contradictory capaian bounds are refused") {
    check_errors(
        with_set({"capaian.batas_bawah=50", "capaian.batas_atas=10"}),
        {{"--set", "capaian.batas_bawah",
          "capaian.batas_bawah 50 lebih besar dari capaian.batas_atas 10: setiap capaian akan bernilai 10"}});
    check_errors(
        with_set({"capaian.batas_atas=-5"}),
        {{"--set", "capaian.batas_atas",
          "capaian.batas_bawah 0 lebih besar dari capaian.batas_atas -5: setiap capaian akan bernilai -5"}});
    CHECK(load_conventions(with_set({"capaian.batas_bawah=100", "capaian.batas_atas=100"})).capaian.cap ==
          100.0);
}

TEST_CASE("a large scale is read in linear time and classifies like the band list") {
    std::string json = R"({"predikat": {"skala": [)";
    for (int i = 0; i < 40000; ++i)
        json += R"({"label": "B)" + std::to_string(i) + R"(", "lebih_dari": )" + std::to_string(100000 - i) +
                "},";
    json += R"({"label": "Sisa"}]}})";
    ConventionOverrides o;
    o.profile_section = read_properties(json, "profil.json", PropertyFormat::Json);
    const Conventions c = load_conventions(o);
    REQUIRE(c.predikat.bands.size() == 40001);
    CHECK(c.predikat.classify(100000.5) == "B0");
    CHECK(c.predikat.classify(100000.0) == "B1");
    CHECK(c.predikat.classify(60001.5) == "B39999");
    CHECK(c.predikat.classify(60001.0) == "Sisa");
    CHECK(c.predikat.classify(5.0) == "Sisa");
    CHECK_FALSE(c.predikat.classify(std::nullopt).has_value());
}

TEST_CASE("a --set value that is not UTF-8 is refused before it can reach an output") {
    lkjip::input::ConventionOverrides overrides;
    overrides.set_arguments = {std::string("predikat.skala.1.label=\xff")};
    try {
        (void)lkjip::input::load_conventions(overrides);
        FAIL("no InputErrors");
    } catch (const lkjip::InputErrors& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(lkjip::format_diagnostic(e.diagnostics()[0]) == "--set: galat: teks bukan UTF-8 yang sah");
    }
}

TEST_CASE("the keys changed from the defaults are listed with their source, a list as a whole") {
    CHECK(load_conventions({}).overrides.empty());
    ConventionOverrides o = with_set({"capaian.batas_atas=100", "tampilan.desimal=3"});
    o.profile_section =
        read_properties(R"({"predikat": {"sumber": "Perbup", "skala": [{"label": "Baik", "minimal": 80},
                                          {"label": "Kurang"}]}, "tampilan": {"desimal": 1}})",
                        "profil.json", PropertyFormat::Json);
    const Conventions c = load_conventions(o);
    REQUIRE(c.overrides.size() == 3);
    CHECK(c.overrides[0].key == "predikat.skala");
    CHECK(c.overrides[0].source == "profil.json");
    CHECK(c.overrides[1].key == "capaian.batas_atas");
    CHECK(c.overrides[1].source == "--set");
    CHECK(c.overrides[2].key == "tampilan.desimal");  // set in the profile, then again by --set
    CHECK(c.overrides[2].source == "--set");
    // A source that names itself is a variant: only what comes after it is listed.
    CHECK(load_conventions(with_set({"capaian.batas_atas=100", "nama=Konvensi Pemkot"})).overrides.empty());
}
