#include "model/opd.hpp"

#include <algorithm>

namespace lkjip::model {

namespace {
template <typename T>
const T* find_by_kode(const std::vector<T>& items, const std::string& kode) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.kode == kode; });
    return it == items.end() ? nullptr : &*it;
}
}  // namespace

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
    return find_by_kode(indicators, kode);
}
const Sasaran* Opd::find_sasaran(const std::string& kode) const {
    return find_by_kode(sasaran, kode);
}
const Tujuan* Opd::find_tujuan(const std::string& kode) const {
    return find_by_kode(tujuan, kode);
}
const BudgetItem* Opd::find_budget_item(const std::string& kode) const {
    return find_by_kode(budget, kode);
}

}  // namespace lkjip::model
