#include "document/pk_revisions.hpp"

#include <map>

#include "document/figure_reader.hpp"

namespace lkjip::document {

namespace {

const model::YearValues* year_values(const model::Indicator& i, int tahun) {
    const auto it = i.years.find(tahun);
    return it == i.years.end() ? nullptr : &it->second;
}

bool same_target(const model::Target& a, const model::Target& b) {
    return a.lower == b.lower && a.upper == b.upper && a.label == b.label;
}

// Every revision after the first signed PK of year `tahun` (over all indicators), with its date (the
// first one written among its rows).
std::map<int, std::string> revisions(const compute::Performance& p, int tahun) {
    std::map<int, std::string> out;
    for (const model::Indicator& i : p.opd->indicators) {
        const model::YearValues* y = year_values(i, tahun);
        for (const model::PkRevision& r : y ? y->pk : std::vector<model::PkRevision>{}) {
            std::string& tanggal = out[r.revisi];
            if (tanggal.empty())
                tanggal = r.tanggal;
        }
    }
    return out;
}

}  // namespace

std::string tanggal_text(const std::string& iso) {
    static const char* const kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                                          "Mei",       "Juni",     "Juli",     "Agustus",
                                          "September", "Oktober",  "November", "Desember"};
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    const int month = shaped ? (iso[5] - '0') * 10 + (iso[6] - '0') : 0;
    if (month < 1 || month > 12)
        return iso;
    const std::string day = iso[8] == '0' ? iso.substr(9, 1) : iso.substr(8, 2);
    return day + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

std::vector<Block> pk_revision_blocks(const compute::Performance& p, const SentenceTemplates& t) {
    const int n = p.opd->profile.tahun;
    std::map<int, std::string> all = revisions(p, n);
    all.erase(0);  // the PK as first signed is no revision
    std::vector<Block> out;
    if (all.empty())
        return out;
    out.emplace_back(Draft(p, quantity::Subject::opd(), "opd")
                         .finish(t, "pk_revisi", {{"jumlah_revisi", std::to_string(all.size())}}));
    for (const auto& [revisi, tanggal] : all) {
        // The indicators whose target this revision changed from their revision before it.
        std::vector<Paragraph> changed;
        for (const compute::IndicatorResult& r : p.indicators) {
            const model::YearValues* y = year_values(*r.indicator, n);
            const std::vector<model::PkRevision> none;
            const std::vector<model::PkRevision>& pk = y ? y->pk : none;
            for (std::size_t k = 1; k < pk.size(); ++k) {
                if (pk[k].revisi != revisi || same_target(pk[k - 1].target, pk[k].target))
                    continue;
                Draft d(p, r);
                const Shown lama = d.shown("target", quantity::value_of_target(pk[k - 1].target), n);
                const Shown baru = d.shown("target", quantity::value_of_target(pk[k].target), n);
                changed.push_back(d.finish(t, "pk_revisi_target",
                                           {{"indikator", r.indicator->nama},
                                            {"revisi_lama", std::to_string(pk[k - 1].revisi)},
                                            {"target_lama", with_unit(lama, *r.indicator)},
                                            {"target_baru", with_unit(baru, *r.indicator)}}));
            }
        }
        out.emplace_back(Draft(p, quantity::Subject::opd(), "opd")
                             .finish(t, "pk_revisi_butir",
                                     {{"revisi", std::to_string(revisi)},
                                      {"tanggal", tanggal_text(tanggal)},
                                      {"ada_tanggal", !tanggal.empty()},
                                      {"jumlah_perubahan", std::to_string(changed.size())},
                                      {"ada_perubahan", !changed.empty()}}));
        if (!changed.empty())
            out.emplace_back(List{false, std::move(changed)});
    }
    return out;
}

std::optional<Paragraph> pk_annex_note(const compute::Performance& p, const SentenceTemplates& t) {
    const std::map<int, std::string> all = revisions(p, p.opd->profile.tahun);
    if (all.empty())
        return std::nullopt;
    const auto& [revisi, tanggal] = *all.rbegin();
    return Draft(p, quantity::Subject::opd(), "opd")
        .finish(t, "pk_lampiran",
                {{"revisi", std::to_string(revisi)},
                 {"ada_revisi", revisi > 0},
                 {"tanggal", tanggal_text(tanggal)},
                 {"ada_tanggal", !tanggal.empty()}});
}

}  // namespace lkjip::document
