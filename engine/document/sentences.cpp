#include "document/sentences.hpp"

#include <algorithm>

#include "core/number_format.hpp"
#include "document/judgement.hpp"
#include "quantity/value.hpp"
#include "report/fields.hpp"
#include "table/cell_text.hpp"

namespace lkjip::document {

namespace {

// A figure as the sentence shows it.
struct Shown {
    bool defined = false;
    std::string text;    // as displayed ("92,32%", "Sangat Tinggi")
    double number = 0;   // the displayed number (rounded as displayed), for comparisons
    std::string reason;  // why it is n/a
};

// Reads figures through the vocabulary into one paragraph, recording each.
class Reader {
  public:
    Reader(const compute::Performance& p, Paragraph& para) : p_(p), para_(para) {}

    Shown get(const quantity::Subject& s, std::string_view key, int tahun, const std::string& code) {
        const quantity::Quantity* q = quantity::find(key);
        Shown out;
        if (!q)
            return out;
        const quantity::Value v = quantity::value_of(s, key, tahun, p_);
        const table::Cell c = report::quantity_cell(*q, v, p_);
        switch (c.kind) {
            case table::Cell::Kind::Number:
                out.defined = true;
                out.number = format::round_to(c.number, c.decimals, c.rounding);
                out.text = table::display_text(c);
                break;
            case table::Cell::Kind::Text:
                out.defined = true;
                out.text = c.text;
                break;
            case table::Cell::Kind::NotAvailable:
                out.reason = c.text.empty() ? "tidak dapat diukur" : c.text;
                out.text = "n/a";
                break;
            case table::Cell::Kind::Empty:
                out.reason = "tidak berlaku";
                out.text = "n/a";
                break;
        }
        if (out.defined)
            para_.figures.push_back(Figure{std::string(key), code, tahun, out.text});
        return out;
    }

  private:
    const compute::Performance& p_;
    Paragraph& para_;
};

bool percent_unit(const std::string& satuan) {
    std::string s;
    for (char c : satuan)
        s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s == "%" || s == "persen" || s == "persentase";
}

// "70,58%" or "45 koperasi": a figure in the indicator's unit; n/a with its reason.
std::string with_unit(const Shown& v, const model::Indicator& i) {
    if (!v.defined)
        return "n/a (" + v.reason + ")";
    if (i.satuan.empty())
        return v.text;
    return percent_unit(i.satuan) ? v.text + "%" : v.text + " " + i.satuan;
}

Paragraph generated(const SentenceTemplates& t, std::string_view kind, const SentenceValues& values,
                    Paragraph para) {
    para.runs = {Run{t.render(kind, values), false}};
    para.origin = Origin::Generated;
    return para;
}

// "Rp" and the amount never part at a line end.
const std::string kRp = "Rp\u00A0";

std::string year(int y) {
    return std::to_string(y);
}

}  // namespace

Paragraph Sentences::ikhtisar() const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const quantity::Subject opd = quantity::Subject::opd();
    const quantity::Subject total = quantity::Subject::total();
    const Shown capaian = read.get(opd, "capaian", n, "opd");
    const Shown pagu = read.get(total, "pagu", n, "total");
    const Shown realisasi = read.get(total, "realisasi_anggaran", n, "total");
    const Shown serapan = read.get(total, "serapan", n, "total");
    return generated(t_, "ikhtisar",
                     {{"opd", p_.opd->profile.nama_opd},
                      {"pemda", p_.opd->profile.pemda},
                      {"tahun", year(n)},
                      {"jumlah_sasaran", read.get(opd, "jumlah_sasaran", n, "opd").text},
                      {"jumlah_iku", read.get(opd, "jumlah_iku", n, "opd").text},
                      {"jumlah_iku_tercapai", read.get(opd, "jumlah_iku_tercapai", n, "opd").text},
                      {"capaian", capaian.text},
                      {"predikat", read.get(opd, "predikat", n, "opd").text},
                      {"ada_capaian", capaian.defined},
                      {"alasan_capaian", capaian.reason},
                      {"pagu", pagu.defined ? kRp + pagu.text : "n/a"},
                      {"realisasi_anggaran", realisasi.defined ? kRp + realisasi.text : "n/a"},
                      {"serapan", serapan.text},
                      {"ada_anggaran", pagu.defined && realisasi.defined && serapan.defined}},
                     std::move(para));
}

Paragraph Sentences::sasaran(const compute::SasaranResult& s) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const quantity::Subject subject = quantity::Subject::of(s);
    const std::string& kode = s.sasaran->kode;
    const Shown capaian = read.get(subject, "capaian", n, kode);
    return generated(t_, "sasaran",
                     {{"kode", kode},
                      {"sasaran", s.sasaran->uraian},
                      {"tahun", year(n)},
                      {"jumlah_iku", read.get(subject, "jumlah_iku", n, kode).text},
                      {"capaian", capaian.text},
                      {"predikat", read.get(subject, "predikat", n, kode).text},
                      {"ada_capaian", capaian.defined},
                      {"alasan_capaian", capaian.reason}},
                     std::move(para));
}

Paragraph Sentences::capaian(const compute::IndicatorResult& r) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const model::Indicator& i = *r.indicator;
    const quantity::Subject subject = quantity::Subject::of(r);
    const Shown target = read.get(subject, "target", n, i.kode);
    const Shown realisasi = read.get(subject, "realisasi", n, i.kode);
    const Shown capaian = read.get(subject, "capaian", n, i.kode);
    const Shown predikat = read.get(subject, "predikat", n, i.kode);
    return generated(t_, "capaian",
                     {{"kode", i.kode},
                      {"indikator", i.nama},
                      {"tahun", year(n)},
                      {"target", with_unit(target, i)},
                      {"realisasi", with_unit(realisasi, i)},
                      {"capaian", capaian.text},
                      {"predikat", predikat.text},
                      {"status", capaian.defined ? std::string(achievement_word(achievement(capaian.number)))
                                                 : std::string("tidak dapat dinilai")},
                      {"arah_negatif", i.arah == model::Arah::Negatif},
                      {"ada_capaian", capaian.defined},
                      {"alasan_capaian", capaian.reason}},
                     std::move(para));
}

Paragraph Sentences::tahun_lalu(const compute::IndicatorResult& r) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const model::Indicator& i = *r.indicator;
    const quantity::Subject subject = quantity::Subject::of(r);
    const Shown before = read.get(subject, "realisasi", n - 1, i.kode);
    const Shown now = read.get(subject, "realisasi", n, i.kode);
    const Shown capaian_before = read.get(subject, "capaian", n - 1, i.kode);
    const Shown capaian_now = read.get(subject, "capaian", n, i.kode);
    const bool comparable = before.defined && now.defined;
    const Movement m = comparable ? movement(before.number, now.number) : Movement::Same;
    std::string why;
    if (!before.defined)
        why = "realisasi tahun " + year(n - 1) + ": " + before.reason;
    else if (!now.defined)
        why = "realisasi tahun " + year(n) + ": " + now.reason;
    return generated(
        t_, "tahun_lalu",
        {{"kode", i.kode},
         {"tahun", year(n)},
         {"tahun_lalu", year(n - 1)},
         {"realisasi", with_unit(now, i)},
         {"realisasi_lalu", with_unit(before, i)},
         {"gerak", std::string(movement_word(m))},
         {"penilaian", std::string(trend_word(trend(m, i.arah)))},
         {"capaian", capaian_now.defined ? capaian_now.text : "n/a (" + capaian_now.reason + ")"},
         {"capaian_lalu",
          capaian_before.defined ? capaian_before.text : "n/a (" + capaian_before.reason + ")"},
         {"arah_negatif", i.arah == model::Arah::Negatif},
         {"ada_perbandingan", comparable},
         {"alasan_perbandingan", why}},
        std::move(para));
}

std::optional<Paragraph> Sentences::riwayat(const compute::IndicatorResult& r) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const model::Indicator& i = *r.indicator;
    const quantity::Subject subject = quantity::Subject::of(r);
    std::string daftar;
    for (const compute::YearResult& y : r.history) {
        if (y.tahun >= n - 1)
            continue;
        const Shown v = read.get(subject, "realisasi", y.tahun, i.kode);
        if (v.defined)
            daftar += (daftar.empty() ? "" : ", ") + year(y.tahun) + " " + with_unit(v, i);
    }
    if (daftar.empty())
        return std::nullopt;
    return generated(t_, "riwayat", {{"kode", i.kode}, {"tahun_lalu", year(n - 1)}, {"daftar", daftar}},
                     std::move(para));
}

Paragraph Sentences::renstra(const compute::IndicatorResult& r) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const model::Indicator& i = *r.indicator;
    const quantity::Subject subject = quantity::Subject::of(r);
    const Shown akhir = read.get(subject, "target_akhir_renstra", n, i.kode);
    const Shown realisasi = read.get(subject, "realisasi", n, i.kode);
    const Shown kemajuan = read.get(subject, "tingkat_kemajuan", n, i.kode);
    return generated(t_, "renstra",
                     {{"kode", i.kode},
                      {"tahun", year(n)},
                      {"tahun_akhir", p_.opd->profile.renstra_akhir > 0 ? year(p_.opd->profile.renstra_akhir)
                                                                        : std::string("akhir periode")},
                      {"realisasi", with_unit(realisasi, i)},
                      {"target_akhir", with_unit(akhir, i)},
                      {"tingkat_kemajuan", kemajuan.text},
                      {"ada_kemajuan", kemajuan.defined},
                      {"alasan_kemajuan", kemajuan.reason}},
                     std::move(para));
}

Paragraph Sentences::nasional(const compute::IndicatorResult& r) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const model::Indicator& i = *r.indicator;
    const quantity::Subject subject = quantity::Subject::of(r);
    const Shown target = read.get(subject, "target_nasional", n, i.kode);
    const Shown capaian = target.defined ? read.get(subject, "capaian_nasional", n, i.kode) : Shown{};
    const Shown realisasi = target.defined ? read.get(subject, "realisasi", n, i.kode) : Shown{};
    return generated(t_, "nasional",
                     {{"kode", i.kode},
                      {"tahun", year(n)},
                      {"realisasi", with_unit(realisasi, i)},
                      {"target_nasional", with_unit(target, i)},
                      {"capaian_nasional", capaian.text},
                      {"status", capaian.defined ? std::string(achievement_word(achievement(capaian.number)))
                                                 : std::string()},
                      {"ada_target_nasional", target.defined},
                      {"ada_capaian_nasional", capaian.defined},
                      {"alasan_capaian_nasional", capaian.reason}},
                     std::move(para));
}

Paragraph Sentences::efisiensi(const compute::IndicatorResult& r) const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const model::Indicator& i = *r.indicator;
    const quantity::Subject subject = quantity::Subject::of(r);
    const Shown pagu = read.get(subject, "pagu", n, i.kode);
    const Shown realisasi = read.get(subject, "realisasi_anggaran", n, i.kode);
    const Shown serapan = read.get(subject, "serapan", n, i.kode);
    const Shown efisiensi = read.get(subject, "efisiensi", n, i.kode);
    const Shown kategori = efisiensi.defined ? read.get(subject, "kategori_efisiensi", n, i.kode) : Shown{};
    const Shown capaian = efisiensi.defined ? read.get(subject, "capaian", n, i.kode) : Shown{};
    return generated(t_, "efisiensi",
                     {{"kode", i.kode},
                      {"tahun", year(n)},
                      {"capaian", capaian.text},
                      {"pagu", kRp + pagu.text},
                      {"realisasi_anggaran", kRp + realisasi.text},
                      {"serapan", serapan.text},
                      {"efisiensi", efisiensi.text},
                      {"kategori", kategori.text},
                      {"ada_anggaran", pagu.defined && realisasi.defined && serapan.defined},
                      {"ada_efisiensi", efisiensi.defined},
                      {"alasan_efisiensi", efisiensi.reason}},
                     std::move(para));
}

std::vector<Paragraph> Sentences::programs(const compute::IndicatorResult& r) const {
    std::vector<Paragraph> out;
    const int n = p_.opd->profile.tahun;
    for (const std::string& kode : r.programs) {
        const auto node =
            std::find_if(p_.budget.nodes.begin(), p_.budget.nodes.end(),
                         [&](const rules::BudgetNode& b) { return b.item && b.item->kode == kode; });
        if (node == p_.budget.nodes.end())
            continue;
        Paragraph para;
        Reader read(p_, para);
        const quantity::Subject subject = quantity::Subject::of(*node, p_);
        const Shown pagu = read.get(subject, "pagu", n, kode);
        const Shown realisasi = read.get(subject, "realisasi_anggaran", n, kode);
        const Shown serapan = read.get(subject, "serapan", n, kode);
        out.push_back(generated(t_, "program",
                                {{"kode", kode},
                                 {"program", node->item->nama},
                                 {"pagu", pagu.defined ? kRp + pagu.text : "n/a (" + pagu.reason + ")"},
                                 {"realisasi_anggaran", realisasi.defined ? kRp + realisasi.text
                                                                          : "n/a (" + realisasi.reason + ")"},
                                 {"serapan", serapan.text},
                                 {"ada_serapan", serapan.defined},
                                 {"alasan_serapan", serapan.reason}},
                                std::move(para)));
    }
    if (out.empty())
        out.push_back(generated(t_, "tanpa_program",
                                {{"kode", r.indicator->kode}, {"indikator", r.indicator->nama}},
                                Paragraph{}));
    return out;
}

Paragraph Sentences::anggaran() const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const quantity::Subject total = quantity::Subject::total();
    const Shown pagu = read.get(total, "pagu", n, "total");
    const Shown realisasi = read.get(total, "realisasi_anggaran", n, "total");
    const Shown serapan = read.get(total, "serapan", n, "total");
    const Shown sisa = read.get(total, "sisa_anggaran", n, "total");
    return generated(t_, "anggaran",
                     {{"tahun", year(n)},
                      {"jumlah_program", read.get(total, "jumlah_program", n, "total").text},
                      {"pagu", pagu.defined ? kRp + pagu.text : "n/a (" + pagu.reason + ")"},
                      {"realisasi_anggaran", realisasi.defined ? kRp + realisasi.text : "n/a"},
                      {"serapan", serapan.text},
                      {"sisa_anggaran", sisa.defined ? kRp + sisa.text : "n/a"},
                      {"ada_serapan", serapan.defined},
                      {"alasan_serapan", serapan.reason}},
                     std::move(para));
}

Paragraph Sentences::penutup() const {
    Paragraph para;
    Reader read(p_, para);
    const int n = p_.opd->profile.tahun;
    const quantity::Subject opd = quantity::Subject::opd();
    const Shown capaian = read.get(opd, "capaian", n, "opd");
    return generated(t_, "penutup",
                     {{"tahun", year(n)},
                      {"jumlah_iku", read.get(opd, "jumlah_iku", n, "opd").text},
                      {"jumlah_iku_tercapai", read.get(opd, "jumlah_iku_tercapai", n, "opd").text},
                      {"capaian", capaian.text},
                      {"predikat", read.get(opd, "predikat", n, "opd").text},
                      {"ada_capaian", capaian.defined},
                      {"alasan_capaian", capaian.reason}},
                     std::move(para));
}

Paragraph Sentences::pk_pernyataan(const std::string& pihak_kedua_nama,
                                   const std::string& pihak_kedua_jabatan) const {
    const model::Profile& profile = p_.opd->profile;
    Paragraph para = generated(t_, "pk_pernyataan",
                               {{"tahun", year(profile.tahun)},
                                {"pihak_pertama_nama", profile.kepala.nama},
                                {"pihak_pertama_jabatan", profile.kepala.jabatan},
                                {"pihak_kedua_nama", pihak_kedua_nama},
                                {"pihak_kedua_jabatan", pihak_kedua_jabatan},
                                {"opd", profile.nama_opd},
                                {"pemda", profile.pemda}},
                               Paragraph{});
    para.origin = Origin::Fixed;  // names, no figures
    return para;
}

}  // namespace lkjip::document
