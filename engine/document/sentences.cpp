#include "document/sentences.hpp"

#include <algorithm>

#include "document/figure_reader.hpp"
#include "document/judgement.hpp"

namespace lkjip::document {

namespace {

// "Rp" and the amount never part at a line end.
const std::string kRp = "Rp\u00A0";

}  // namespace

Paragraph Sentences::ikhtisar() const {
    Draft d(p_, quantity::Subject::opd(), "opd");
    const quantity::Subject total = quantity::Subject::total();
    const Shown capaian = d.get("capaian");
    const Shown pagu = d.get(total, "pagu", "total");
    const Shown realisasi = d.get(total, "realisasi_anggaran", "total");
    const Shown serapan = d.get(total, "serapan", "total");
    return d.finish(t_, "ikhtisar",
                    {{"opd", p_.opd->profile.nama_opd},
                     {"pemda", p_.opd->profile.pemda},
                     {"jumlah_sasaran", d.get("jumlah_sasaran").text},
                     {"jumlah_iku", d.get("jumlah_iku").text},
                     {"jumlah_iku_tercapai", d.get("jumlah_iku_tercapai").text},
                     {"capaian", capaian.text},
                     {"predikat", d.get("predikat").text},
                     {"ada_capaian", capaian.defined},
                     {"alasan_capaian", capaian.reason},
                     {"pagu", pagu.defined ? kRp + pagu.text : "n/a"},
                     {"realisasi_anggaran", realisasi.defined ? kRp + realisasi.text : "n/a"},
                     {"serapan", serapan.text},
                     {"ada_anggaran", pagu.defined && realisasi.defined && serapan.defined}});
}

Paragraph Sentences::sasaran(const compute::SasaranResult& s) const {
    Draft d(p_, quantity::Subject::of(s), s.sasaran->kode);
    const Shown capaian = d.get("capaian");
    return d.finish(t_, "sasaran",
                    {{"sasaran", s.sasaran->uraian},
                     {"jumlah_iku", d.get("jumlah_iku").text},
                     {"capaian", capaian.text},
                     {"predikat", d.get("predikat").text},
                     {"ada_capaian", capaian.defined},
                     {"alasan_capaian", capaian.reason}});
}

Paragraph Sentences::capaian(const compute::IndicatorResult& r) const {
    Draft d(p_, r);
    const model::Indicator& i = *r.indicator;
    const Shown target = d.get("target");
    const Shown realisasi = d.get("realisasi");
    const Shown capaian = d.get("capaian");
    const Shown predikat = d.get("predikat");
    return d.finish(t_, "capaian",
                    {{"indikator", i.nama},
                     {"target", with_unit(target, i)},
                     {"realisasi", with_unit(realisasi, i)},
                     {"capaian", capaian.text},
                     {"predikat", predikat.text},
                     {"status", capaian.defined ? std::string(achievement_word(achievement(capaian.number)))
                                                : std::string("tidak dapat dinilai")},
                     {"arah_negatif", i.arah == model::Arah::Negatif},
                     {"ada_capaian", capaian.defined},
                     {"alasan_capaian", capaian.reason}});
}

Paragraph Sentences::tahun_lalu(const compute::IndicatorResult& r) const {
    Draft d(p_, r);
    const int n = d.n;
    const model::Indicator& i = *r.indicator;
    const Shown before = d.get("realisasi", n - 1);
    const Shown now = d.get("realisasi");
    const Shown capaian_before = d.get("capaian", n - 1);
    const Shown capaian_now = d.get("capaian");
    const bool comparable = before.defined && now.defined;
    const Movement m = comparable ? movement(before.number, now.number) : Movement::Same;
    std::string why;
    if (!before.defined)
        why = "realisasi tahun " + year(n - 1) + ": " + before.reason;
    else if (!now.defined)
        why = "realisasi tahun " + year(n) + ": " + now.reason;
    return d.finish(t_, "tahun_lalu",
                    {{"realisasi", with_unit(now, i)},
                     {"realisasi_lalu", with_unit(before, i)},
                     {"gerak", std::string(movement_word(m))},
                     {"penilaian", std::string(trend_word(trend(m, i.arah)))},
                     {"capaian", capaian_now.defined ? capaian_now.text : "n/a (" + capaian_now.reason + ")"},
                     {"capaian_lalu",
                      capaian_before.defined ? capaian_before.text : "n/a (" + capaian_before.reason + ")"},
                     {"arah_negatif", i.arah == model::Arah::Negatif},
                     {"ada_perbandingan", comparable},
                     {"alasan_perbandingan", why}});
}

std::optional<Paragraph> Sentences::riwayat(const compute::IndicatorResult& r) const {
    Draft d(p_, r);
    const int n = d.n;
    const model::Indicator& i = *r.indicator;
    std::string daftar;
    for (const compute::YearResult& y : r.history) {
        if (y.tahun >= n - 1)
            continue;
        const Shown v = d.get("realisasi", y.tahun);
        if (v.defined)
            daftar += (daftar.empty() ? "" : ", ") + year(y.tahun) + " " + with_unit(v, i);
    }
    if (daftar.empty())
        return std::nullopt;
    return d.finish(t_, "riwayat", {{"daftar", daftar}});
}

Paragraph Sentences::renstra(const compute::IndicatorResult& r) const {
    Draft d(p_, r);
    const model::Indicator& i = *r.indicator;
    const Shown akhir = d.get("target_akhir_renstra");
    const Shown realisasi = d.get("realisasi");
    const Shown kemajuan = d.get("tingkat_kemajuan");
    return d.finish(t_, "renstra",
                    {{"tahun_akhir", p_.opd->profile.renstra_akhir > 0 ? year(p_.opd->profile.renstra_akhir)
                                                                       : std::string("akhir periode")},
                     {"realisasi", with_unit(realisasi, i)},
                     {"target_akhir", with_unit(akhir, i)},
                     {"tingkat_kemajuan", kemajuan.text},
                     {"ada_kemajuan", kemajuan.defined},
                     {"alasan_kemajuan", kemajuan.reason}});
}

Paragraph Sentences::nasional(const compute::IndicatorResult& r) const {
    Draft d(p_, r);
    const model::Indicator& i = *r.indicator;
    const Shown target = d.get("target_nasional");
    const Shown capaian = target.defined ? d.get("capaian_nasional") : Shown{};
    const Shown realisasi = target.defined ? d.get("realisasi") : Shown{};
    return d.finish(t_, "nasional",
                    {{"realisasi", with_unit(realisasi, i)},
                     {"target_nasional", with_unit(target, i)},
                     {"capaian_nasional", capaian.text},
                     {"status", capaian.defined ? std::string(achievement_word(achievement(capaian.number)))
                                                : std::string()},
                     {"ada_target_nasional", target.defined},
                     {"ada_capaian_nasional", capaian.defined},
                     {"alasan_capaian_nasional", capaian.reason}});
}

Paragraph Sentences::efisiensi(const compute::IndicatorResult& r) const {
    Draft d(p_, r);
    const Shown pagu = d.get("pagu");
    const Shown realisasi = d.get("realisasi_anggaran");
    const Shown serapan = d.get("serapan");
    const Shown efisiensi = d.get("efisiensi");
    const Shown kategori = efisiensi.defined ? d.get("kategori_efisiensi") : Shown{};
    const Shown capaian = efisiensi.defined ? d.get("capaian") : Shown{};
    return d.finish(t_, "efisiensi",
                    {{"capaian", capaian.text},
                     {"pagu", kRp + pagu.text},
                     {"realisasi_anggaran", kRp + realisasi.text},
                     {"serapan", serapan.text},
                     {"efisiensi", efisiensi.text},
                     {"kategori", kategori.text},
                     {"ada_anggaran", pagu.defined && realisasi.defined && serapan.defined},
                     {"ada_efisiensi", efisiensi.defined},
                     {"alasan_efisiensi", efisiensi.reason}});
}

std::vector<Paragraph> Sentences::programs(const compute::IndicatorResult& r) const {
    std::vector<Paragraph> out;
    for (const std::string& kode : r.programs) {
        const auto node =
            std::find_if(p_.budget.nodes.begin(), p_.budget.nodes.end(),
                         [&](const rules::BudgetNode& b) { return b.item && b.item->kode == kode; });
        if (node == p_.budget.nodes.end())
            continue;
        Draft d(p_, quantity::Subject::of(*node, p_), kode);
        const Shown pagu = d.get("pagu");
        const Shown realisasi = d.get("realisasi_anggaran");
        const Shown serapan = d.get("serapan");
        out.push_back(d.finish(t_, "program",
                               {{"program", node->item->nama},
                                {"pagu", rupiah(pagu)},
                                {"realisasi_anggaran", rupiah(realisasi)},
                                {"serapan", serapan.text},
                                {"ada_serapan", serapan.defined},
                                {"alasan_serapan", serapan.reason}}));
    }
    if (out.empty())
        out.push_back(Draft(p_, r).finish(t_, "tanpa_program", {{"indikator", r.indicator->nama}}));
    return out;
}

Paragraph Sentences::anggaran() const {
    Draft d(p_, quantity::Subject::total(), "total");
    const Shown pagu = d.get("pagu");
    const Shown realisasi = d.get("realisasi_anggaran");
    const Shown serapan = d.get("serapan");
    const Shown sisa = d.get("sisa_anggaran");
    return d.finish(t_, "anggaran",
                    {{"jumlah_program", d.get("jumlah_program").text},
                     {"pagu", rupiah(pagu)},
                     {"realisasi_anggaran", realisasi.defined ? kRp + realisasi.text : "n/a"},
                     {"serapan", serapan.text},
                     {"sisa_anggaran", sisa.defined ? kRp + sisa.text : "n/a"},
                     {"ada_serapan", serapan.defined},
                     {"alasan_serapan", serapan.reason}});
}

Paragraph Sentences::penutup() const {
    Draft d(p_, quantity::Subject::opd(), "opd");
    const Shown capaian = d.get("capaian");
    return d.finish(t_, "penutup",
                    {{"jumlah_iku", d.get("jumlah_iku").text},
                     {"jumlah_iku_tercapai", d.get("jumlah_iku_tercapai").text},
                     {"capaian", capaian.text},
                     {"predikat", d.get("predikat").text},
                     {"ada_capaian", capaian.defined},
                     {"alasan_capaian", capaian.reason}});
}

Paragraph Sentences::pk_pernyataan(const std::string& pihak_kedua_nama,
                                   const std::string& pihak_kedua_jabatan) const {
    const model::Profile& profile = p_.opd->profile;
    Paragraph para = Draft(p_, quantity::Subject::opd(), "opd")
                         .finish(t_, "pk_pernyataan",
                                 {{"tahun", year(profile.tahun)},
                                  {"pihak_pertama_nama", profile.kepala.nama},
                                  {"pihak_pertama_jabatan", profile.kepala.jabatan},
                                  {"pihak_kedua_nama", pihak_kedua_nama},
                                  {"pihak_kedua_jabatan", pihak_kedua_jabatan},
                                  {"opd", profile.nama_opd},
                                  {"pemda", profile.pemda}});
    para.origin = Origin::Fixed;  // names, no figures
    return para;
}

}  // namespace lkjip::document
