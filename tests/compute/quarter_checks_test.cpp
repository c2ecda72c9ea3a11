#include "compute/quarter_checks.hpp"

#include <doctest/doctest.h>

#include <string>

#include "compute/performance.hpp"
#include "input/convention_reader.hpp"

using lkjip::Diagnostic;
using lkjip::SourceLocation;
using lkjip::model::Akumulasi;
using lkjip::model::BudgetItem;
using lkjip::model::BudgetLevel;
using lkjip::model::Indicator;
using lkjip::model::IndicatorLevel;
using lkjip::model::Opd;
using lkjip::model::QuarterRealisasi;

namespace {

QuarterRealisasi quarter(double v, int decimals, std::size_t line) {
    QuarterRealisasi q;
    q.realisasi = v;
    q.realisasi_decimals = decimals;
    q.realisasi_where = SourceLocation::at("realisasi.csv", line, 4);
    return q;
}

// One sasaran with one IKU (quarters TW I-III, annual as given) and one program with one sub kegiatan.
Opd opd_with(Akumulasi rule, std::optional<double> annual, int annual_decimals,
             std::optional<std::int64_t> annual_rupiah) {
    Opd opd;
    opd.profile.nama_opd = "Dinas Uji";
    opd.profile.tahun = 2024;
    opd.sasaran = {{"S1", "", "Sasaran", {}}};
    Indicator ind;
    ind.kode = "IKU1";
    ind.induk = "S1";
    ind.level = IndicatorLevel::Sasaran;
    ind.satuan = "kegiatan";
    ind.akumulasi = rule;
    auto& y = ind.years[2024];
    y.realisasi = annual;
    y.realisasi_decimals = annual_decimals;
    y.realisasi_where = SourceLocation::at("realisasi.csv", 2, 4);
    y.triwulan[0] = quarter(10, 0, 3);
    y.triwulan[1] = quarter(12.5, 1, 4);
    y.triwulan[2] = quarter(8, 0, 5);
    opd.indicators = {ind};
    BudgetItem program;
    program.kode = "1.01.02";
    program.level = BudgetLevel::Program;
    BudgetItem sub;
    sub.kode = "1.01.02.2.01.0001";
    sub.induk = "1.01.02";
    sub.level = BudgetLevel::SubKegiatan;
    sub.pagu_perubahan = 150'000'000;
    sub.realisasi = annual_rupiah;
    sub.where = SourceLocation::at("anggaran.csv", 3);
    sub.realisasi_triwulan = {30'000'000, 35'000'000, std::nullopt, 40'000'000};
    for (std::size_t i : {0u, 1u, 3u})
        sub.realisasi_triwulan_where[i] = SourceLocation::at("anggaran.csv", 4 + i, 7);
    opd.budget = {program, sub};
    opd.index_codes();
    return opd;
}

std::vector<std::string> warnings(const lkjip::compute::Performance& p) {
    std::vector<std::string> out;
    for (const Diagnostic& d : p.diagnostics.items())
        out.push_back(lkjip::format_diagnostic(d));
    return out;
}

const lkjip::model::Conventions& defaults() {
    static const lkjip::model::Conventions conv = lkjip::input::load_conventions({});
    return conv;
}

}  // namespace

TEST_CASE("quarters that agree with the annual values: no warning") {
    // jumlah 10 + 12,5 + 8 = 30,5; realisasi anggaran 30 + 35 + 40 juta = 105 juta.
    const Opd opd = opd_with(Akumulasi::Jumlah, 30.5, 1, 105'000'000);
    const auto p = lkjip::compute::compute(opd, defaults());
    CHECK(warnings(p).empty());
    CHECK(p.indicators[0].current.realisasi == 30.5);
    CHECK_FALSE(p.indicators[0].current.realisasi_dari_triwulan);
}

TEST_CASE("an annual realisasi beyond one unit of its last digit from the quarters is a warning with both") {
    // terakhir = TW III = 8; the annual 9 (written whole) differs by 1.
    const Opd opd = opd_with(Akumulasi::Terakhir, 9.0, 0, 105'000'000);
    const auto p = lkjip::compute::compute(opd, defaults());
    const std::vector<std::string> w = warnings(p);
    REQUIRE(w.size() == 1);
    CHECK(w[0] ==
          "realisasi.csv:2:4: peringatan: IKU1 tahun 2024: realisasi tahunan 9 tidak sama dengan akumulasi "
          "terakhir triwulannya 8 (realisasi.csv baris 3, 4, 5; toleransi satu satuan angka terakhir yang "
          "ditulis); yang dipakai: realisasi tahunan");
    CHECK(p.indicators[0].current.realisasi == 9.0);  // the annual value as written is used
}

TEST_CASE("rata_rata within the tolerance of the written decimals agrees") {
    // (10 + 12,5 + 8) / 3 = 10,1666...; the annual written 10,16 (truncated) agrees, 10,2 does not.
    CHECK(warnings(lkjip::compute::compute(opd_with(Akumulasi::RataRata, 10.16, 2, std::nullopt), defaults()))
              .empty());
    CHECK(warnings(lkjip::compute::compute(opd_with(Akumulasi::RataRata, 10.3, 1, std::nullopt), defaults()))
              .size() == 1);
}

TEST_CASE("a realisasi anggaran unlike the sum of its quarters is a warning naming both and the lines") {
    const Opd opd = opd_with(Akumulasi::Jumlah, 30.5, 1, 142'500'000);
    const auto p = lkjip::compute::compute(opd, defaults());
    const std::vector<std::string> w = warnings(p);
    REQUIRE(w.size() == 1);
    CHECK(w[0] ==
          "anggaran.csv:3: peringatan: realisasi anggaran 1.01.02.2.01.0001 142.500.000 tidak sama "
          "dengan jumlah realisasi triwulannya 105.000.000 (anggaran.csv baris 4, 5, 7); yang "
          "dipakai: realisasi tahunan");
}

TEST_CASE("only quarters: the annual values follow from them, no check") {
    const Opd opd = opd_with(Akumulasi::Jumlah, std::nullopt, 0, std::nullopt);
    const auto p = lkjip::compute::compute(opd, defaults());
    CHECK(warnings(p).empty());
    const auto& y = p.indicators[0].current;
    CHECK(y.realisasi_dari_triwulan);
    CHECK(y.realisasi == 30.5);
    CHECK(y.realisasi_decimals == 1);  // the widest of 10, 12,5 and 8
    CHECK(p.budget.nodes[1].amounts.realisasi == 105'000'000);
    CHECK(p.budget.nodes[1].realisasi_dari_triwulan);
    // The program's quarters are its sub kegiatan's; TW III given by none stays missing.
    CHECK(p.budget.nodes[0].realisasi_triwulan[0] == 30'000'000);
    CHECK_FALSE(p.budget.nodes[0].realisasi_triwulan[2].has_value());
    CHECK(p.budget.nodes[0].amounts.realisasi == 105'000'000);
}
