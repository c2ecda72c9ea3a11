#include "rules/budget_rollup.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/number_format.hpp"

namespace format = lkjip::format;
using lkjip::Diagnostics;
using lkjip::Severity;
using lkjip::model::Belanja;
using lkjip::model::BudgetConventions;
using lkjip::model::BudgetItem;
using lkjip::model::BudgetLevel;
using lkjip::model::ParentAbsorption;
using lkjip::rules::BudgetTree;
using lkjip::rules::roll_up;
using lkjip::rules::serapan;

namespace {

using Amount = std::optional<std::int64_t>;
constexpr Amount none = std::nullopt;

BudgetLevel level_of(const std::string& kode) {
    const auto dots = std::count(kode.begin(), kode.end(), '.');
    return dots <= 2 ? BudgetLevel::Program : dots <= 4 ? BudgetLevel::Kegiatan : BudgetLevel::SubKegiatan;
}

BudgetItem item(std::string kode, std::string induk, Amount murni, Amount perubahan, Amount realisasi) {
    BudgetItem b;
    b.level = level_of(kode);
    b.kode = std::move(kode);
    b.induk = std::move(induk);
    b.nama = "Uraian " + b.kode;
    b.pagu_murni = murni;
    b.pagu_perubahan = perubahan;
    b.realisasi = realisasi;
    b.where = lkjip::SourceLocation::at("anggaran.csv", 2);
    return b;
}

// Index of `kode` in the tree (same order as the input items).
const lkjip::rules::BudgetNode& node(const BudgetTree& tree, const std::string& kode) {
    for (const auto& n : tree.nodes) {
        if (n.item->kode == kode)
            return n;
    }
    FAIL("kode tidak ada: ", kode);
    return tree.nodes.front();
}

// Program 2.17.03 with two kegiatan and three sub kegiatan, amounts on the leaves only.
std::vector<BudgetItem> three_leaves() {
    return {
        item("2.17.03", "", none, none, none),
        item("2.17.03.2.01", "2.17.03", none, none, none),
        item("2.17.03.2.01.0001", "2.17.03.2.01", none, 1'000'000, 900'000),
        item("2.17.03.2.01.0002", "2.17.03.2.01", none, 500'000, 450'000),
        item("2.17.03.2.02", "2.17.03", none, none, none),
        item("2.17.03.2.02.0001", "2.17.03.2.02", none, 250'000, 250'000),
    };
}

bool mentions(const std::string& message, const std::string& part) {
    return message.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("serapan: realisasi / pagu x 100") {
    CHECK(serapan(1'000'000, 900'000) == std::optional<double>(90.0));
    CHECK(serapan(8'729'827'382, 8'729'827'382) == std::optional<double>(100.0));
    REQUIRE(serapan(1'750'000, 1'600'000).has_value());
    CHECK(*serapan(1'750'000, 1'600'000) == doctest::Approx(91.4285714286).epsilon(1e-12));
    CHECK(*serapan(1'750'000, 1'600'000) == 91.4285714286);
    CHECK(serapan(100, 0) == std::optional<double>(0.0));
    SUBCASE("n/a for a missing amount or a zero pagu, never 0") {
        CHECK_FALSE(serapan(0, 0).has_value());
        CHECK_FALSE(serapan(0, 5).has_value());
        CHECK_FALSE(serapan(none, 5).has_value());
        CHECK_FALSE(serapan(100, none).has_value());
    }
}

TEST_CASE("roll-up: leaves sum to kegiatan and program") {
    const std::vector<BudgetItem> items = three_leaves();
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    CHECK(d.items().empty());
    REQUIRE(tree.nodes.size() == items.size());
    CHECK(tree.programs == std::vector<std::size_t>{0});
    CHECK(tree.nodes[0].children == std::vector<std::size_t>{1, 4});
    CHECK(tree.nodes[1].children == std::vector<std::size_t>{2, 3});

    const auto& keg = node(tree, "2.17.03.2.01");
    CHECK(keg.amounts.pagu_perubahan == Amount(1'500'000));
    CHECK(keg.amounts.realisasi == Amount(1'350'000));
    CHECK(keg.serapan == std::optional<double>(90.0));

    const auto& prog = node(tree, "2.17.03");
    CHECK(prog.amounts.pagu_perubahan == Amount(1'750'000));
    CHECK(prog.amounts.realisasi == Amount(1'600'000));
    CHECK_FALSE(prog.amounts.pagu_murni.has_value());
    CHECK(prog.amounts.pagu() == Amount(1'750'000));
    REQUIRE(prog.serapan.has_value());
    CHECK(*prog.serapan == 91.4285714286);

    CHECK(tree.total.pagu_perubahan == Amount(1'750'000));
    CHECK(tree.total.realisasi == Amount(1'600'000));
    CHECK(tree.serapan_total == prog.serapan);
}

TEST_CASE("roll-up: amounts stated on a parent") {
    SUBCASE("equal to the sum of its children: fine") {
        std::vector<BudgetItem> items = three_leaves();
        items[1].pagu_perubahan = 1'500'000;
        items[0].realisasi = 1'600'000;
        Diagnostics d;
        const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
        CHECK(d.items().empty());
        CHECK(node(tree, "2.17.03").amounts.pagu_perubahan == Amount(1'750'000));
    }
    SUBCASE("different from the sum: one error naming both amounts; the children win") {
        const std::vector<BudgetItem> items = {
            item("2.17.03", "", none, none, none),
            item("2.17.03.2.01", "2.17.03", none, 1'855'010'480, none),
            item("2.17.03.2.01.0001", "2.17.03.2.01", none, 1'013'738'540, none),
            item("2.17.03.2.01.0002", "2.17.03.2.01", none, 1'000'000'000, none),
        };
        Diagnostics d;
        const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
        REQUIRE(d.items().size() == 1);
        const auto& diag = d.items().front();
        CHECK(diag.severity == Severity::Error);
        CHECK(d.error_count() == 1);
        CHECK(mentions(diag.message, "2.17.03.2.01"));
        CHECK(mentions(diag.message, "1.855.010.480"));
        CHECK(mentions(diag.message, "2.013.738.540"));
        CHECK(mentions(diag.message, "pagu_perubahan"));
        CHECK(diag.where.file == "anggaran.csv");
        CHECK(node(tree, "2.17.03.2.01").amounts.pagu_perubahan == Amount(2'013'738'540));
        CHECK(node(tree, "2.17.03").amounts.pagu_perubahan == Amount(2'013'738'540));
    }
}

TEST_CASE("roll-up: a program without children uses its own amounts") {
    const std::vector<BudgetItem> items = {item("1.01.01", "", 2'000'000, 2'500'000, 2'000'000)};
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    CHECK(d.items().empty());
    const auto& prog = node(tree, "1.01.01");
    CHECK(prog.amounts.pagu_murni == Amount(2'000'000));
    CHECK(prog.amounts.pagu_perubahan == Amount(2'500'000));
    CHECK(prog.amounts.pagu() == Amount(2'500'000));
    CHECK(prog.serapan == std::optional<double>(80.0));
}

TEST_CASE("roll-up: pagu murni on the program, pagu perubahan from the children (Dumai shape)") {
    const std::vector<BudgetItem> items = {
        item("2.17.03", "", 1'855'010'480, none, none),
        item("2.17.03.2.01", "2.17.03", none, none, none),
        item("2.17.03.2.01.0001", "2.17.03.2.01", none, 1'013'738'540, 1'000'000'000),
        item("2.17.03.2.01.0002", "2.17.03.2.01", none, 1'000'000'000, 990'000'000),
    };
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    CHECK(d.items().empty());
    const auto& prog = node(tree, "2.17.03");
    CHECK(prog.amounts.pagu_murni == Amount(1'855'010'480));
    CHECK(prog.amounts.pagu_perubahan == Amount(2'013'738'540));
    CHECK(prog.amounts.realisasi == Amount(1'990'000'000));
    CHECK(prog.amounts.pagu() == Amount(2'013'738'540));
    REQUIRE(prog.serapan.has_value());
    CHECK(*prog.serapan == doctest::Approx(1'990'000'000.0 * 100.0 / 2'013'738'540.0).epsilon(1e-12));
    CHECK_FALSE(node(tree, "2.17.03.2.01").amounts.pagu_murni.has_value());
}

TEST_CASE("roll-up: partially itemised children give a warning and n/a") {
    const std::vector<BudgetItem> items = {
        item("2.17.03", "", none, none, none),
        item("2.17.03.2.01", "2.17.03", none, none, none),
        item("2.17.03.2.01.0001", "2.17.03.2.01", none, 1'000'000, 900'000),
        item("2.17.03.2.01.0002", "2.17.03.2.01", none, 500'000, none),
    };
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items().front().severity == Severity::Warning);
    CHECK_FALSE(d.has_errors());
    CHECK(mentions(d.items().front().message, "realisasi 2.17.03.2.01"));
    CHECK(mentions(d.items().front().message, "1 dari 2"));
    const auto& keg = node(tree, "2.17.03.2.01");
    CHECK_FALSE(keg.amounts.realisasi.has_value());
    CHECK(keg.amounts.pagu_perubahan == Amount(1'500'000));
    CHECK_FALSE(keg.serapan.has_value());
    CHECK_FALSE(node(tree, "2.17.03").amounts.realisasi.has_value());
    CHECK_FALSE(node(tree, "2.17.03").serapan.has_value());
    CHECK_FALSE(tree.total.realisasi.has_value());
    CHECK_FALSE(tree.serapan_total.has_value());
}

TEST_CASE("roll-up: realisasi above pagu is a warning") {
    const std::vector<BudgetItem> items = {item("1.01.01", "", none, 1'000'000, 1'200'000)};
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items().front().severity == Severity::Warning);
    CHECK(mentions(d.items().front().message, "1.200.000"));
    CHECK(mentions(d.items().front().message, "1.000.000"));
    CHECK(node(tree, "1.01.01").serapan == std::optional<double>(120.0));
}

TEST_CASE("roll-up: a zero pagu gives serapan n/a") {
    const std::vector<BudgetItem> items = {item("1.01.01", "", 0, none, 0)};
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    CHECK(d.items().empty());
    CHECK_FALSE(node(tree, "1.01.01").serapan.has_value());
    CHECK_FALSE(tree.serapan_total.has_value());
}

TEST_CASE("roll-up: serapan as the mean of the children's percentages (rata_rata_anak)") {
    const std::vector<BudgetItem> items = {
        item("2.17.03", "", none, none, none),
        item("2.17.03.2.01", "2.17.03", none, none, none),
        item("2.17.03.2.01.0001", "2.17.03.2.01", none, 1'000, 1'000),  // 100 %
        item("2.17.03.2.01.0002", "2.17.03.2.01", none, 3'000, 1'500),  // 50 %
        item("2.17.03.2.02", "2.17.03", none, none, none),
        item("2.17.03.2.02.0001", "2.17.03.2.02", none, 4'000, 1'000),  // 25 %
    };
    BudgetConventions conv;
    conv.parent_absorption = ParentAbsorption::MeanOfChildren;
    Diagnostics d;
    const BudgetTree tree = roll_up(items, conv, d);
    CHECK(d.items().empty());
    CHECK(node(tree, "2.17.03.2.01").serapan == std::optional<double>(75.0));
    CHECK(node(tree, "2.17.03.2.02").serapan == std::optional<double>(25.0));
    CHECK(node(tree, "2.17.03").serapan == std::optional<double>(50.0));
    // The amounts are still summed.
    CHECK(node(tree, "2.17.03").amounts.pagu_perubahan == Amount(8'000));
    CHECK(node(tree, "2.17.03").amounts.realisasi == Amount(3'500));

    SUBCASE("the default sums the amounts instead") {
        Diagnostics d2;
        const BudgetTree summed = roll_up(items, BudgetConventions{}, d2);
        CHECK(node(summed, "2.17.03.2.01").serapan == std::optional<double>(62.5));
        CHECK(node(summed, "2.17.03").serapan == std::optional<double>(43.75));
    }
    SUBCASE("a child with serapan n/a makes the mean n/a") {
        std::vector<BudgetItem> with_gap = items;
        with_gap[5].pagu_perubahan = 0;
        Diagnostics d2;
        const BudgetTree t2 = roll_up(with_gap, conv, d2);
        CHECK_FALSE(node(t2, "2.17.03.2.02").serapan.has_value());
        CHECK_FALSE(node(t2, "2.17.03").serapan.has_value());
    }
}

TEST_CASE("roll-up: totals over programs") {
    std::vector<BudgetItem> items = three_leaves();
    items.push_back(item("1.01.01", "", 3'000'000, 3'250'000, 3'000'000));
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    CHECK(d.items().empty());
    CHECK(tree.programs == std::vector<std::size_t>{0, 6});
    CHECK(tree.total.pagu_perubahan == Amount(5'000'000));
    CHECK(tree.total.realisasi == Amount(4'600'000));
    CHECK(tree.total.pagu() == Amount(5'000'000));
    CHECK_FALSE(tree.total.pagu_murni.has_value());  // the first program states no pagu murni
    CHECK(tree.serapan_total == std::optional<double>(92.0));
}

TEST_CASE("check_belanja_totals") {
    const std::vector<BudgetItem> items = three_leaves();  // pagu 1.750.000, realisasi 1.600.000
    Diagnostics rd;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, rd);
    REQUIRE(rd.items().empty());
    const auto belanja = [](std::int64_t operasi, std::int64_t modal, Amount real_modal) {
        return std::vector<Belanja>{
            {"operasi", operasi, 1'100'000, lkjip::SourceLocation::at("belanja.csv", 2)},
            {"modal", modal, real_modal, lkjip::SourceLocation::at("belanja.csv", 3)}};
    };
    SUBCASE("equal: no diagnostic") {
        Diagnostics d;
        lkjip::rules::check_belanja_totals(belanja(1'250'000, 500'000, 500'000), tree, d);
        CHECK(d.items().empty());
    }
    SUBCASE("no belanja: nothing to check") {
        Diagnostics d;
        lkjip::rules::check_belanja_totals({}, tree, d);
        CHECK(d.items().empty());
    }
    SUBCASE("different pagu: a warning naming the difference") {
        Diagnostics d;
        lkjip::rules::check_belanja_totals(belanja(1'250'000, 600'000, 500'000), tree, d);
        REQUIRE(d.items().size() == 1);
        const auto& diag = d.items().front();
        CHECK(diag.severity == Severity::Warning);
        CHECK(diag.where.file == "belanja.csv");
        CHECK(mentions(diag.message, "1.850.000"));
        CHECK(mentions(diag.message, "1.750.000"));
        CHECK(mentions(diag.message, "selisih 100.000"));
    }
    SUBCASE("different realisasi: a warning naming the difference") {
        Diagnostics d;
        lkjip::rules::check_belanja_totals(belanja(1'250'000, 500'000, 450'000), tree, d);
        REQUIRE(d.items().size() == 1);
        CHECK(d.items().front().severity == Severity::Warning);
        CHECK(mentions(d.items().front().message, "1.550.000"));
        CHECK(mentions(d.items().front().message, "selisih -50.000"));
    }
    SUBCASE("an incomplete realisasi is not compared") {
        Diagnostics d;
        lkjip::rules::check_belanja_totals(belanja(1'250'000, 500'000, none), tree, d);
        CHECK(d.items().empty());
    }
}

// Serapan uses each item's own pagu: perubahan when it has one, else murni (konvensi-bawaan.json,
// "anggaran.sumber"). Mixing the two must not measure one item's realisasi against the other's murni.
TEST_CASE("roll-up: serapan over items with and without a pagu perubahan") {
    SUBCASE("two programs, only the first revised: the total is measured against 2.000 + 1.000") {
        const std::vector<BudgetItem> items = {item("1.01.01", "", 1'000, 2'000, 1'800),  // 90 %
                                               item("1.01.02", "", 1'000, none, 900)};    // 90 %
        Diagnostics d;
        const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
        CHECK(node(tree, "1.01.01").serapan == std::optional<double>(90.0));
        CHECK(node(tree, "1.01.02").serapan == std::optional<double>(90.0));
        CHECK(tree.total.realisasi == Amount(2'700));
        CHECK(tree.serapan_total.value_or(-1.0) == 90.0);  // engine: 135 (2.700 / 2.000)
    }
    SUBCASE("two kegiatan, only the first revised: the program is measured against 2.000 + 1.000") {
        const std::vector<BudgetItem> items = {item("2.17.03", "", none, none, none),
                                               item("2.17.03.2.01", "2.17.03", 1'000, 2'000, 1'800),
                                               item("2.17.03.2.02", "2.17.03", 1'000, none, 900)};
        Diagnostics d;
        const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
        CHECK(node(tree, "2.17.03").serapan.value_or(-1.0) == 90.0);  // engine: 135
        for (const auto& diag : d.items()) {
            CAPTURE(diag.message);
            CHECK_FALSE(mentions(diag.message, "melebihi pagu"));  // 2.700 is below the 3.000 used
        }
    }
}

TEST_CASE("roll_up: a sum beyond int64 is an input error at the parent, never a wrapped amount") {
    constexpr std::int64_t kMax = 999'999'999'999'999;  // the largest amount the number parser reads
    std::vector<BudgetItem> items = {item("2.17.03", "", none, none, none),
                                     item("2.17.03.2.01", "2.17.03", none, none, none)};
    items[0].where = lkjip::SourceLocation::at("anggaran.csv", 2);
    items[1].where = lkjip::SourceLocation::at("anggaran.csv", 3);
    for (int i = 1; i <= 9998; ++i) {
        char kode[32];
        std::snprintf(kode, sizeof kode, "2.17.03.2.01.%04d", i);
        items.push_back(item(kode, "2.17.03.2.01", kMax, none, 1));
    }
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    REQUIRE(d.error_count() == 2);
    CHECK(
        lkjip::format_diagnostic(d.items()[0]) ==
        "anggaran.csv:3: galat: jumlah pagu_murni 2.17.03.2.01 melampaui batas bilangan yang dapat dihitung "
        "(9.223.372.036.854.775.807); periksa nilai rinciannya");
    CHECK(lkjip::format_diagnostic(d.items()[1]) ==
          "anggaran.csv:3: galat: jumlah pagu 2.17.03.2.01 melampaui batas bilangan yang dapat dihitung "
          "(9.223.372.036.854.775.807); periksa nilai rinciannya");
    CHECK_FALSE(node(tree, "2.17.03.2.01").amounts.pagu_murni.has_value());
    CHECK_FALSE(node(tree, "2.17.03").amounts.pagu().has_value());
    CHECK(node(tree, "2.17.03").amounts.realisasi == 9998);  // the other column still adds up
}

TEST_CASE("roll_up: the total over programs is checked too") {
    constexpr std::int64_t kMax = 999'999'999'999'999;
    std::vector<BudgetItem> items;
    for (int i = 1; i <= 9300; ++i) {
        char kode[32];
        std::snprintf(kode, sizeof kode, "2.%02d.%02d", i / 100, i % 100);
        items.push_back(item(kode, "", kMax, none, none));
    }
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    REQUIRE(d.error_count() == 2);
    CHECK(lkjip::format_diagnostic(d.items()[0]) ==
          "anggaran.csv: galat: jumlah pagu_murni semua program melampaui batas bilangan yang dapat dihitung "
          "(9.223.372.036.854.775.807); periksa nilai rinciannya");
    CHECK_FALSE(tree.total.pagu_murni.has_value());
    CHECK_FALSE(tree.serapan_total.has_value());
}

TEST_CASE("serapan_formula and sisa_formula") {
    using namespace lkjip::formula;
    CHECK(neutral_text(lkjip::rules::serapan_formula(ref(2, 4), ref(2, 3))) == "{R2C4}/{R2C3}*100");
    CHECK(neutral_text(lkjip::rules::sisa_formula(ref(2, 3), ref(2, 4))) == "{R2C3}-{R2C4}");
}

TEST_CASE("roll-up: every parent and the total follow serapan_induk (issue 19, item 6)") {
    const std::vector<BudgetItem> items = {
        item("2.17.03", "", none, none, none),
        item("2.17.03.2.01", "2.17.03", none, none, none),
        item("2.17.03.2.01.0001", "2.17.03.2.01", none, 1'000, 1'000),  // 100 %
        item("2.17.03.2.01.0002", "2.17.03.2.01", none, 3'000, 1'500),  // 50 %
        item("2.17.03.2.02", "2.17.03", none, none, none),
        item("2.17.03.2.02.0001", "2.17.03.2.02", none, 4'000, 1'000),  // 25 %
        item("2.17.04", "", none, 1'000, 900),                          // 90 %, not itemised
    };
    SUBCASE("jumlah: Σ realisasi / Σ pagu, the total too") {
        Diagnostics d;
        const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
        CHECK(node(tree, "2.17.03").serapan == std::optional<double>(43.75));
        CHECK(tree.serapan_total == std::optional<double>(format::clean(4'400.0 / 9'000.0 * 100.0)));
    }
    SUBCASE("rata_rata_anak: the total is the mean of the programs' means") {
        BudgetConventions conv;
        conv.parent_absorption = ParentAbsorption::MeanOfChildren;
        Diagnostics d;
        const BudgetTree tree = roll_up(items, conv, d);
        CHECK(node(tree, "2.17.03").serapan == std::optional<double>(50.0));  // (75 + 25) / 2
        CHECK(node(tree, "2.17.04").serapan == std::optional<double>(90.0));
        CHECK(tree.serapan_total == std::optional<double>(70.0));  // (50 + 90) / 2, not 4.400 / 9.000
    }
    SUBCASE("rata_rata_sub_kegiatan: a program and the total are means over every sub kegiatan") {
        BudgetConventions conv;
        conv.parent_absorption = ParentAbsorption::MeanOfSubKegiatan;
        Diagnostics d;
        const BudgetTree tree = roll_up(items, conv, d);
        CHECK(d.items().empty());
        CHECK(node(tree, "2.17.03.2.01").serapan == std::optional<double>(75.0));
        CHECK(node(tree, "2.17.03").serapan == std::optional<double>(format::clean(175.0 / 3.0)));  // 58,33
        CHECK(*node(tree, "2.17.03").serapan == doctest::Approx(58.3333333333));
        // 100, 50, 25 and the un-itemised program's 90.
        CHECK(tree.serapan_total == std::optional<double>(66.25));
    }
    SUBCASE("a sub kegiatan with serapan n/a makes the program's and the total's mean n/a") {
        std::vector<BudgetItem> with_gap = items;
        with_gap[2].pagu_perubahan = 0;
        BudgetConventions conv;
        conv.parent_absorption = ParentAbsorption::MeanOfSubKegiatan;
        Diagnostics d;
        const BudgetTree tree = roll_up(with_gap, conv, d);
        CHECK_FALSE(node(tree, "2.17.03").serapan.has_value());
        CHECK(node(tree, "2.17.03.2.02").serapan == std::optional<double>(25.0));
        CHECK_FALSE(tree.serapan_total.has_value());
    }
}

TEST_CASE("roll-up: no budget at all is n/a, not Rp 0 (issue 19, item 4)") {
    for (const ParentAbsorption convention :
         {ParentAbsorption::SumOfAmounts, ParentAbsorption::MeanOfChildren,
          ParentAbsorption::MeanOfSubKegiatan}) {
        BudgetConventions conv;
        conv.parent_absorption = convention;
        Diagnostics d;
        const BudgetTree tree = roll_up({}, conv, d);
        CHECK(d.items().empty());
        CHECK_FALSE(tree.total.pagu().has_value());
        CHECK_FALSE(tree.total.pagu_murni.has_value());
        CHECK_FALSE(tree.total.realisasi.has_value());
        CHECK_FALSE(tree.serapan_total.has_value());
    }
}

TEST_CASE("roll-up per quarter: parents sum their children's quarter when every child has it") {
    std::vector<BudgetItem> items = three_leaves();
    items[2].realisasi_triwulan = {400'000, 500'000, std::nullopt, std::nullopt};
    items[3].realisasi_triwulan = {200'000, 250'000, std::nullopt, std::nullopt};
    items[5].realisasi_triwulan = {100'000, std::nullopt, std::nullopt, 150'000};
    items[5].realisasi.reset();  // only quarters: the annual realisasi is their sum, 250.000
    Diagnostics d;
    const BudgetTree tree = roll_up(items, BudgetConventions{}, d);
    CHECK(d.items().empty());
    CHECK(node(tree, "2.17.03.2.02.0001").amounts.realisasi == 250'000);
    CHECK(node(tree, "2.17.03.2.02.0001").realisasi_dari_triwulan);
    CHECK_FALSE(node(tree, "2.17.03.2.01.0001").realisasi_dari_triwulan);
    CHECK(node(tree, "2.17.03.2.01").realisasi_triwulan[0] == 600'000);
    CHECK(node(tree, "2.17.03.2.01").realisasi_triwulan[1] == 750'000);
    CHECK(node(tree, "2.17.03").realisasi_triwulan[0] == 700'000);         // 600.000 + 100.000
    CHECK_FALSE(node(tree, "2.17.03").realisasi_triwulan[1].has_value());  // 2.17.03.2.02 has no TW II
    CHECK_FALSE(node(tree, "2.17.03").realisasi_triwulan[3].has_value());  // 2.17.03.2.01 has no TW IV
    CHECK(tree.total.realisasi == 1'600'000);                              // 900 + 450 + 250 thousand

    SUBCASE("a parent's own quarter unlike its children's sum is an error, the sum is used") {
        items[1].realisasi_triwulan[0] = 650'000;
        Diagnostics e;
        const BudgetTree t = roll_up(items, BudgetConventions{}, e);
        REQUIRE(e.items().size() == 1);
        CHECK(e.items()[0].severity == Severity::Error);
        CHECK(e.items()[0].message ==
              "realisasi TW I 2.17.03.2.01 tertulis 650.000, jumlah rinciannya 600.000; kosongkan nilai "
              "induk atau "
              "perbaiki rinciannya");
        CHECK(node(t, "2.17.03.2.01").realisasi_triwulan[0] == 600'000);
    }
}
