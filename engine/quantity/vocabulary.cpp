#include "quantity/vocabulary.hpp"

#include <deque>
#include <string>

#include "model/opd.hpp"

namespace lkjip::quantity {

std::string quarterly_key(std::string_view base, int triwulan) {
    return std::string(base) + "_tw" + std::to_string(triwulan);
}

std::optional<QuarterlyKey> split_quarterly_key(std::string_view key) {
    if (key.size() < 5)
        return std::nullopt;
    const std::string_view tail = key.substr(key.size() - 4);
    if (tail.substr(0, 3) != "_tw" || tail[3] < '1' || tail[3] > '0' + model::kTriwulan)
        return std::nullopt;
    return QuarterlyKey{key.substr(0, key.size() - 4), tail[3] - '0'};
}

namespace {

constexpr unsigned kBudget = kProgram | kTotal | kBelanja | kIndicator;  // an IKU: its supporting programs
constexpr unsigned kRated = kIndicator | kSasaran | kProgram | kOpd;

constexpr std::string_view kPk = "perjanjian_kinerja.csv (revisi terakhir), selain itu renstra.csv";
constexpr std::string_view kCapaianRule =
    "PermenPANRB 53/2014: realisasi/target x 100; indikator negatif menurut capaian.rumus_negatif "
    "(PermenPANRB 8/2021)";
constexpr std::string_view kAnggaran = "anggaran.csv (pagu perubahan bila ada, selain itu pagu murni)";

const std::vector<Quantity> kBase = {
    // Indicators: the data
    {"target", Kind::Decimal, kIndicator, true, "target tahun itu (indikator berskala: tingkatnya, mis. WTP)",
     kPk, ""},
    {"realisasi", Kind::Decimal, kIndicator, true,
     "realisasi tahun itu (sebagaimana ditulis, atau pembilang/penyebut x pengali; indikator berskala: "
     "tingkatnya)",
     "realisasi.csv", ""},
    {"pembilang", Kind::Decimal, kIndicator, true, "pembilang formula indikator", "realisasi.csv", ""},
    {"penyebut", Kind::Decimal, kIndicator, true, "penyebut formula indikator", "realisasi.csv", ""},
    {"bukan_pembilang", Kind::Decimal, kIndicator, true, "penyebut dikurangi pembilang", "realisasi.csv", ""},
    {"kenaikan_pembilang", Kind::Decimal, kIndicator, true, "pembilang tahun itu dikurangi tahun sebelumnya",
     "realisasi.csv", ""},
    {"kenaikan_penyebut", Kind::Decimal, kIndicator, true, "penyebut tahun itu dikurangi tahun sebelumnya",
     "realisasi.csv", ""},
    {"bobot", Kind::Decimal, kIndicator, false, "bobot indikator dalam rata-rata sasaran", "indikator.csv",
     ""},
    {"target_renstra", Kind::Decimal, kIndicator, true, "target Renstra tahun itu", "renstra.csv", ""},
    {"target_akhir_renstra", Kind::Decimal, kIndicator, false, "target akhir periode Renstra", "renstra.csv",
     ""},
    {"kondisi_awal", Kind::Decimal, kIndicator, false, "kondisi awal Renstra", "renstra.csv", ""},
    {"target_nasional", Kind::Decimal, kIndicator, false, "target nasional", "indikator.csv", ""},
    // Results of the rules
    {"capaian", Kind::Percent, kRated, true,
     "capaian (%): realisasi terhadap target dengan arah indikator; sasaran, program dan OPD: rata-rata",
     kCapaianRule, ""},
    {"predikat", Kind::Label, kRated, true, "predikat capaian",
     "Permendagri 86/2017, skala nilai peringkat kinerja (predikat.skala)", ""},
    {"atribut", Kind::Label, kRated, true, "atribut keberhasilan capaian", "atribut.skala", ""},
    {"perubahan_capaian", Kind::Percent, kIndicator, true,
     "capaian tahun itu dikurangi capaian tahun sebelumnya (poin persen)", kCapaianRule, ""},
    {"capaian_renstra", Kind::Percent, kIndicator, true,
     "realisasi tahun itu terhadap target Renstra tahun itu (%)", kCapaianRule, ""},
    {"tingkat_kemajuan", Kind::Percent, kIndicator, false,
     "realisasi tahun N terhadap target akhir Renstra (%), dengan arah indikator", kCapaianRule, ""},
    {"capaian_nasional", Kind::Percent, kIndicator, false,
     "realisasi tahun N terhadap target nasional (%), dengan arah indikator", kCapaianRule, ""},
    // Budget
    {"pagu_murni", Kind::Money, kBudget, false, "pagu APBD murni (Rp)", "anggaran.csv, belanja.csv", ""},
    {"pagu_perubahan", Kind::Money, kBudget, false, "pagu APBD perubahan (Rp)", "anggaran.csv, belanja.csv",
     ""},
    {"pagu", Kind::Money, kBudget, false,
     "pagu yang dipakai (perubahan bila ada, selain itu murni) (Rp); IKU: program yang mendukungnya",
     kAnggaran, ""},
    {"realisasi_anggaran", Kind::Money, kBudget, false,
     "realisasi anggaran (Rp); IKU: program yang mendukungnya", "anggaran.csv, belanja.csv", ""},
    {"sisa_anggaran", Kind::Money, kBudget, false, "pagu dikurangi realisasi anggaran (Rp)", kAnggaran, ""},
    {"serapan", Kind::Percent, kBudget, false,
     "serapan anggaran (%): realisasi / pagu x 100 (anggaran.serapan_induk untuk induk)",
     "Permendagri 77/2020", ""},
    {"efisiensi", Kind::Percent, kIndicator | kProgram, false,
     "tingkat efisiensi penggunaan sumber daya (efisiensi.metode, efisiensi.bentuk)",
     "praktik LKjIP; PermenPANRB 88/2021 (LKE) untuk efisiensi.capaian_minimal", ""},
    {"kategori_efisiensi", Kind::Label, kIndicator | kProgram, false, "kategori efisiensi",
     "efisiensi.kategori", ""},
    // The Renja evaluation (Permendagri 86/2017, lkjip evaluasi), columns 6 and 7
    {"pagu_renstra", Kind::Money, kProgram, false,
     "anggaran Renstra sampai akhir periode (Rp), kolom 6 evaluasi Renja", "evaluasi_renja.csv", ""},
    {"realisasi_anggaran_renstra_lalu", Kind::Money, kProgram, false,
     "realisasi anggaran Renstra dari tahun awal sampai tahun lalu (Rp), kolom 7 evaluasi Renja",
     "evaluasi_renja.csv", ""},
    {"realisasi_renstra_lalu", Kind::Decimal, kIndicator, false,
     "realisasi Renstra dari tahun awal sampai tahun lalu menurut aturan akumulasi indikator, kolom 7 "
     "evaluasi Renja",
     "realisasi.csv; Permendagri 86/2017", ""},
    {"pagu_terbilang", Kind::Words, kBudget, false, "pagu dalam kata", "terbilang", "pagu"},
    {"pagu_murni_terbilang", Kind::Words, kBudget, false, "pagu murni dalam kata", "terbilang", "pagu_murni"},
    {"pagu_perubahan_terbilang", Kind::Words, kBudget, false, "pagu perubahan dalam kata", "terbilang",
     "pagu_perubahan"},
    {"realisasi_anggaran_terbilang", Kind::Words, kBudget, false, "realisasi anggaran dalam kata",
     "terbilang", "realisasi_anggaran"},
    // Counts
    {"jumlah_tujuan", Kind::Count, kOpd, false, "jumlah tujuan", "tujuan.csv", ""},
    {"jumlah_sasaran", Kind::Count, kOpd, false, "jumlah sasaran strategis", "sasaran.csv", ""},
    {"jumlah_iku", Kind::Count, kSasaran | kOpd, false, "jumlah IKU", "indikator.csv", ""},
    {"jumlah_iku_tercapai", Kind::Count, kOpd, false, "jumlah IKU dengan capaian >= 100%", kCapaianRule, ""},
    {"jumlah_program", Kind::Count, kIndicator | kOpd | kTotal, false,
     "jumlah program (IKU: yang mendukungnya)", "anggaran.csv", ""},
    {"jumlah_kegiatan", Kind::Count, kProgram | kOpd, false, "jumlah kegiatan", "anggaran.csv", ""},
    {"jumlah_sub_kegiatan", Kind::Count, kProgram | kOpd, false, "jumlah sub kegiatan", "anggaran.csv", ""},
};

// Quarterly figures (triwulan, Permendagri 86/2017 Renja evaluation): each defined once here, with a key per
// quarter, `<base>_tw1` .. `<base>_tw4` (quarterly_key), so that tables, the audit's besaran and compute
// --json all know them.
struct QuarterlyFigure {
    std::string_view base;
    Kind kind;
    unsigned subjects;
    bool yearly;
    std::string_view description;  // "... triwulan" is followed by the quarter's name
    std::string_view source;
};
constexpr QuarterlyFigure kQuarterly[] = {
    {"target", Kind::Decimal, kIndicator, true,
     "target triwulan (PK revisi terakhir yang merinci triwulan; indikator berskala: tingkatnya)",
     "perjanjian_kinerja.csv (kolom triwulan)"},
    {"realisasi", Kind::Decimal, kIndicator, true,
     "realisasi triwulan (sebagaimana ditulis, atau pembilang/penyebut x pengali; indikator berskala: "
     "tingkatnya)",
     "realisasi.csv (kolom triwulan)"},
    {"realisasi_anggaran", Kind::Money, kProgram | kTotal, false,
     "realisasi anggaran triwulan (Rp); induk: jumlah rinciannya", "anggaran.csv (kolom triwulan)"},
};

std::vector<Quantity> make_vocabulary() {
    // The keys and descriptions of the quarterly quantities live as long as the vocabulary.
    static std::deque<std::string> texts;
    std::vector<Quantity> out = kBase;
    for (const QuarterlyFigure& f : kQuarterly) {
        for (int tw = 1; tw <= model::kTriwulan; ++tw) {
            const std::string_view key = texts.emplace_back(quarterly_key(f.base, tw));
            const std::string_view description =
                texts.emplace_back(std::string(f.description) + " " + model::triwulan_name(tw));
            out.push_back({key, f.kind, f.subjects, f.yearly, description, f.source, ""});
        }
    }
    return out;
}

const std::vector<Quantity> kVocabulary = make_vocabulary();

struct Alias {
    std::string_view spelling;
    std::string_view key;
};
// selisih_anggaran: the audit's name before the vocabulary, kept so existing angka_tercetak.csv files read.
constexpr Alias kAliases[] = {{"selisih_anggaran", "sisa_anggaran"}};

}  // namespace

const std::vector<Quantity>& vocabulary() {
    return kVocabulary;
}

const Quantity* find(std::string_view key) {
    key = canonical_key(key);
    for (const Quantity& q : kVocabulary) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

std::string_view canonical_key(std::string_view key) {
    for (const Alias& a : kAliases) {
        if (a.spelling == key)
            return a.key;
    }
    return key;
}

std::vector<std::string> keys() {
    std::vector<std::string> out;
    out.reserve(kVocabulary.size());
    for (const Quantity& q : kVocabulary)
        out.emplace_back(q.key);
    return out;
}

std::string subjects_text(unsigned subjects) {
    static constexpr std::pair<unsigned, std::string_view> kNames[] = {
        {kIndicator, "indikator"},
        {kSasaran, "sasaran"},
        {kProgram, "program/kegiatan/sub kegiatan"},
        {kOpd, "OPD"},
        {kTotal, "total anggaran"},
        {kBelanja, "belanja"},
    };
    std::string out;
    for (const auto& [bit, name] : kNames) {
        if (subjects & bit)
            out += (out.empty() ? "" : ", ") + std::string(name);
    }
    return out;
}

}  // namespace lkjip::quantity
