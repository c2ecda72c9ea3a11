#include "model/opd.hpp"

#include <stdexcept>
#include <string>
#include <utility>

namespace lkjip::model {

std::string triwulan_name(int triwulan) {
    static const char* const kNames[] = {"TW I", "TW II", "TW III", "TW IV"};
    if (triwulan < 1 || triwulan > kTriwulan)
        throw std::logic_error("triwulan_name: " + std::to_string(triwulan));
    return kNames[triwulan - 1];
}

std::string akumulasi_name(Akumulasi a) {
    switch (a) {
        case Akumulasi::Jumlah:
            return "jumlah";
        case Akumulasi::Terakhir:
            return "terakhir";
        case Akumulasi::RataRata:
            return "rata_rata";
    }
    return {};
}

std::string title_pemda(const Profile& profile) {
    if (profile.jenis != InstansiKind::Opd)
        return {};
    // "Dinas X Kota Dumai" written in full in opd.nama: the pemda is not repeated.
    const std::string& n = profile.nama_opd;
    const std::string& p = profile.pemda;
    if (n.size() >= p.size() && n.compare(n.size() - p.size(), p.size(), p) == 0)
        return {};
    return p;
}

std::string instansi_name(const Profile& profile) {
    const std::string pemda = title_pemda(profile);
    if (pemda.empty())
        return profile.nama_opd;
    return profile.nama_opd.empty() ? pemda : profile.nama_opd + " " + pemda;
}

const Indicator* Opd::find_indicator(const std::string& kode) const {
    return indicator_index_.find(indicators, kode);
}
Indicator* Opd::find_indicator(const std::string& kode) {
    return const_cast<Indicator*>(std::as_const(*this).find_indicator(kode));
}
const Sasaran* Opd::find_sasaran(const std::string& kode) const {
    return sasaran_index_.find(sasaran, kode);
}
const Tujuan* Opd::find_tujuan(const std::string& kode) const {
    return tujuan_index_.find(tujuan, kode);
}
const BudgetItem* Opd::find_budget_item(const std::string& kode) const {
    return budget_index_.find(budget, kode);
}
BudgetItem* Opd::find_budget_item(const std::string& kode) {
    return const_cast<BudgetItem*>(std::as_const(*this).find_budget_item(kode));
}

void Opd::index_codes() {
    tujuan_index_.sync(tujuan);
    sasaran_index_.sync(sasaran);
    indicator_index_.sync(indicators);
    budget_index_.sync(budget);
}

}  // namespace lkjip::model
