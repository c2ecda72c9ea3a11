#include "rules/evaluasi_renja.hpp"

#include "core/number_format.hpp"
#include "rules/aggregation.hpp"

namespace lkjip::rules {

namespace {

EvaluasiValue na(std::string reason) {
    return EvaluasiValue{std::nullopt, std::move(reason)};
}

EvaluasiValue of(double v) {
    return EvaluasiValue{format::clean(v), ""};
}

}  // namespace

Akumulasi akumulasi_of(const model::Indicator& indicator) {
    return indicator.akumulasi.value_or(Akumulasi::Terakhir);
}

std::string akumulasi_words(Akumulasi rule) {
    switch (rule) {
        case Akumulasi::Jumlah:
            return "jumlah";
        case Akumulasi::Terakhir:
            return "nilai terakhir";
        case Akumulasi::RataRata:
            return "rata-rata";
    }
    return "";
}

EvaluasiValue realisasi_tahun_berjalan(const std::array<std::optional<double>, 4>& quarters, int triwulan,
                                       Akumulasi rule) {
    if (triwulan < 1 || triwulan > 4)
        return na("triwulan harus 1 sampai 4");
    if (rule == Akumulasi::Terakhir) {
        const std::optional<double>& last = quarters[static_cast<std::size_t>(triwulan - 1)];
        return last ? of(*last)
                    : na("realisasi " + model::triwulan_name(triwulan) + " tidak ada (nilai terakhir)");
    }
    double sum = 0;
    for (int q = 1; q <= triwulan; ++q) {
        const std::optional<double>& v = quarters[static_cast<std::size_t>(q - 1)];
        if (!v)
            return na("realisasi " + model::triwulan_name(q) + " tidak ada (" + akumulasi_words(rule) + " " +
                      model::triwulan_name(1) + " sampai " + model::triwulan_name(triwulan) + ")");
        sum += *v;
    }
    return of(rule == Akumulasi::Jumlah ? sum : sum / triwulan);
}

formula::Expr realisasi_tahun_berjalan_formula(const std::vector<formula::Expr>& quarters, Akumulasi rule) {
    if (rule == Akumulasi::Terakhir || quarters.size() == 1)
        return quarters.back();
    return rule == Akumulasi::Jumlah ? sum_formula(quarters) : mean_formula(quarters);
}

EvaluasiValue realisasi_renstra_lalu(const std::map<int, double>& per_year, int awal, int tahun,
                                     Akumulasi rule) {
    if (awal <= 0)
        return na("periode Renstra tidak ada di profil (renstra.awal)");
    if (tahun <= awal)
        return na("tahun pertama Renstra: belum ada realisasi tahun sebelumnya");
    if (rule == Akumulasi::Terakhir) {
        const auto it = per_year.find(tahun - 1);
        return it != per_year.end() ? of(it->second)
                                    : na("realisasi tahun " + std::to_string(tahun - 1) + " tidak ada");
    }
    double sum = 0;
    for (int y = awal; y < tahun; ++y) {
        const auto it = per_year.find(y);
        if (it == per_year.end())
            return na("realisasi tahun " + std::to_string(y) + " tidak ada (" + akumulasi_words(rule) + " " +
                      std::to_string(awal) + " sampai " + std::to_string(tahun - 1) + ")");
        sum += it->second;
    }
    return of(rule == Akumulasi::Jumlah ? sum : sum / (tahun - awal));
}

EvaluasiValue realisasi_renstra_kini(const EvaluasiValue& lalu, const EvaluasiValue& tahun_ini,
                                     bool first_year, Akumulasi rule) {
    if (!tahun_ini.value)
        return na("realisasi tahun ini (kolom 13) n/a");
    // A level or a mean is where the indicator stands now: this year's value, not a sum over years.
    if (rule != Akumulasi::Jumlah || first_year)
        return tahun_ini;
    if (!lalu.value)
        return na("realisasi Renstra sampai tahun lalu (kolom 7) n/a");
    return of(*lalu.value + *tahun_ini.value);
}

formula::Expr realisasi_renstra_kini_formula(const formula::Expr& lalu, const formula::Expr& tahun_ini,
                                             bool first_year, Akumulasi rule) {
    if (rule != Akumulasi::Jumlah || first_year)
        return tahun_ini;
    return lalu + tahun_ini;
}

EvaluasiValue tingkat_capaian_renstra(const EvaluasiValue& realisasi_kini,
                                      const std::optional<double>& target_akhir) {
    if (!target_akhir)
        return na("target Renstra akhir periode (kolom 6) tidak ada");
    if (*target_akhir == 0.0)
        return na("target Renstra akhir periode (kolom 6) nol: tidak dapat dibagi");
    if (!realisasi_kini.value)
        return na("realisasi Renstra sampai tahun ini (kolom 14) n/a");
    return of(*realisasi_kini.value / *target_akhir * 100.0);
}

formula::Expr tingkat_capaian_renstra_formula(const formula::Expr& realisasi_kini,
                                              const formula::Expr& target_akhir) {
    return realisasi_kini / target_akhir * formula::number(100);
}

std::string evaluasi_prose() {
    return "Kolom 13 = realisasi " + model::triwulan_name(1) +
           " sampai triwulan yang dievaluasi menurut aturan akumulasi indikator (jumlah untuk indikator "
           "akumulatif, nilai triwulan terakhir untuk tingkat atau persentase, rata-rata), dan jumlahnya "
           "untuk "
           "anggaran (Rp). Kolom 14 = kolom 7 + kolom 13 untuk indikator akumulatif dan anggaran; untuk "
           "indikator nilai terakhir dan rata-rata, realisasi Renstra sampai tahun ini adalah nilai terkini, "
           "yaitu kolom 13. Kolom 15 = kolom 14 / kolom 6 x 100. Nilai yang tidak ada ditulis n/a dengan "
           "alasannya, tidak pernah dianggap nol.";
}

}  // namespace lkjip::rules
