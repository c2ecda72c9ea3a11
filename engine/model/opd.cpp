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
