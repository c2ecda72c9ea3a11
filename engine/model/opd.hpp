#pragma once
// The primary data of one OPD for one reporting year, as read from its input folder. Nothing here is
// computed: capaian, ratings and roll-ups live in compute/.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/narrative.hpp"
#include "model/ordinal_scale.hpp"
#include "model/renja.hpp"

namespace lkjip::model {

enum class Arah { Positif, Negatif };  // higher is better | lower is better

// A target: a single value, or a range such as 80-90 (lower == upper for a single value).
struct Target {
    double lower = 0.0;
    double upper = 0.0;
    // Digits the user wrote after the decimal mark (the wider of the two bounds), so that the target is
    // shown as written: 0,025 stays 0,025. -1 when the target was not written by the user.
    int decimals = -1;
    // An ordinal indicator's target as written ("WTP"), a level of the indicator's scale; the numbers are
    // then unused. Empty for a numeric target.
    std::string label{};
    bool is_range() const { return lower != upper; }
    static Target single(double v, int written_decimals = -1) { return Target{v, v, written_decimals}; }
};

// Quarterly data (triwulan, TW I-IV) as the Permendagri 86/2017 Renja evaluation reports it. Arrays of
// quarters are indexed 0..3 for TW I..IV; a quarter not written is nullopt (missing is not zero).
inline constexpr int kTriwulan = 4;

// How an indicator's quarters make its annual value (config/akumulasi-triwulan.json, DOMAIN.md "Quarterly
// accumulation"): the sum ("akumulatif", counts), the last quarter given ("repetitif", levels, percentages
// and every ordinal label), or the mean of the quarters given.
enum class Akumulasi { Jumlah, Terakhir, RataRata };

// One quarter's target of a PK revision, as written (a label for an ordinal indicator).
struct QuarterTarget {
    Target target;
    SourceLocation where;
};

struct PkRevision {
    int revisi = 0;       // 0 = the Perjanjian Kinerja as first signed
    std::string tanggal;  // YYYY-MM-DD, may be empty
    Target target;        // the annual target: a PK always states it, quarters only break it down
    SourceLocation where;
    std::array<std::optional<QuarterTarget>, kTriwulan> triwulan{};  // perjanjian_kinerja.csv triwulan 1-4
};

// One quarter's realisasi of an indicator (a realisasi.csv row with triwulan 1-4), with the same fields
// and meaning as the annual ones of YearValues, so that pembilang/penyebut x pengali and ordinal labels
// apply per quarter unchanged.
struct QuarterRealisasi {
    std::optional<double> realisasi;  // as written, when written
    int realisasi_decimals = 0;
    std::string realisasi_label;  // an ordinal indicator's label as written
    std::optional<double> pembilang;
    std::optional<double> penyebut;
    std::string catatan;
    SourceLocation realisasi_where;
};

struct YearValues {
    std::optional<Target> target_renstra;
    std::vector<PkRevision> pk;       // sorted by revisi
    std::optional<double> realisasi;  // as written, when written
    int realisasi_decimals = 0;       // digits the realisasi was written with
    std::string realisasi_label;      // an ordinal indicator's realisasi as written ("WDP"); empty otherwise
    std::optional<double> pembilang;
    std::optional<double> penyebut;
    std::string catatan;
    SourceLocation realisasi_where;  // empty when the year has no annual realisasi row
    // The quarters of the year (realisasi.csv rows with triwulan). With only quarters, the annual realisasi
    // follows from them by the indicator's akumulasi (rules/quarter_accumulation); with both, it is checked
    // against them.
    std::array<std::optional<QuarterRealisasi>, kTriwulan> triwulan{};
    bool has_quarters() const {
        for (const auto& q : triwulan) {
            if (q)
                return true;
        }
        return false;
    }
};

enum class IndicatorLevel { Tujuan, Sasaran, Program, Kegiatan, SubKegiatan };

struct Indicator {
    std::string kode;
    std::string induk;  // code of the tujuan, sasaran or program it measures
    IndicatorLevel level = IndicatorLevel::Sasaran;
    std::string nama;
    std::string satuan;
    Arah arah = Arah::Positif;
    std::string formula;
    std::string skala;  // an ordinal indicator: the name of its scale (model/ordinal_scale.hpp); else empty
    std::optional<double> bobot;
    // realisasi = pembilang / penyebut x pengali: 100 for a percentage, 100000 for a rate per 100.000.
    double pengali = 100.0;
    std::optional<double> kondisi_awal;
    std::optional<double> target_nasional;
    // Digits written after the decimal mark, to show each value as written.
    int bobot_decimals = 0;
    int kondisi_awal_decimals = 0;
    int target_nasional_decimals = 0;
    std::string keterangan_nasional;
    // An ordinal indicator's kondisi awal and target nasional as written (levels of its scale, "WDP"); the
    // numbers above are then their scores. Empty for a numeric indicator.
    std::string kondisi_awal_label;
    std::string target_nasional_label;
    // How quarters add up to the year: indikator.csv `akumulasi`, else the default of
    // config/akumulasi-triwulan.json for its satuan or scale; nullopt when neither names one (an error only
    // when the indicator has quarterly values).
    std::optional<Akumulasi> akumulasi;
    bool akumulasi_bawaan = false;  // akumulasi came from the configured default, not from the column
    std::map<int, YearValues> years;
    SourceLocation where;
};

struct Tujuan {
    std::string kode;
    std::string uraian;
    SourceLocation where;
};

struct Sasaran {
    std::string kode;
    std::string tujuan;
    std::string uraian;
    SourceLocation where;
};

enum class BudgetLevel { Program, Kegiatan, SubKegiatan };

struct BudgetItem {
    std::string kode;
    std::string induk;  // empty for a program
    BudgetLevel level = BudgetLevel::Program;
    std::string nama;
    std::optional<std::int64_t> pagu_murni;
    std::optional<std::int64_t> pagu_perubahan;
    std::optional<std::int64_t> realisasi;  // annual; with only quarters given it is their sum (compute)
    // Realisasi anggaran per quarter (anggaran.csv rows with triwulan 1-4), whole rupiah, TW I..IV.
    std::array<std::optional<std::int64_t>, kTriwulan> realisasi_triwulan{};
    std::array<SourceLocation, kTriwulan> realisasi_triwulan_where{};
    std::string sasaran;           // programs: the sasaran supported
    std::vector<std::string> iku;  // programs: the IKU supported
    std::string sumber_dana;
    SourceLocation where;
};

struct Belanja {
    std::string jenis;  // operasi | modal | tidak_terduga | transfer
    std::int64_t pagu = 0;
    std::optional<std::int64_t> realisasi;
    SourceLocation where;
};

struct Kepala {
    std::string nama;
    std::string jabatan;
    std::string pangkat;
    std::string nip;
};

// What the report is about; it decides how the name is written in titles (instansi_name).
enum class InstansiKind {
    Opd,               // a perangkat daerah: "Dinas Koperasi ... Kota Dumai" (nama + pemda)
    Pemda,             // the pemerintah daerah as a whole: "Pemerintah Provinsi Lampung" (nama alone)
    InstansiVertikal,  // a central agency's office: "Balai Besar POM di Pekanbaru" (nama alone)
};

struct Profile {
    InstansiKind jenis = InstansiKind::Opd;
    std::string nama_opd;
    std::string singkatan;
    std::string pemda;
    int tahun = 0;  // the reporting year N
    Kepala kepala;
    std::string tempat_pengesahan;
    std::string tanggal_pengesahan;
    int renstra_awal = 0;  // 0 when the profile gives no Renstra period (allowed without renstra.csv)
    int renstra_akhir = 0;
    bool renstra_absent = false;  // neither renstra.awal nor renstra.akhir written
    std::string visi;
    std::vector<std::string> misi;
};

// Where each code sits in one of the Opd's lists, so that a lookup is O(1) instead of a scan (readers look
// codes up for every row: 40.000 rows took seconds, a million never finished). The index follows its list
// through sync(); a lookup on a list changed since then falls back to a scan, so it is never wrong, only
// slow.
template <typename T>
class CodeIndex {
  public:
    // Indexes what was appended since the last sync (amortised O(1) per push_back), or the whole list when
    // it was replaced or reallocated. The first of two equal codes wins, as a scan would find it.
    void sync(const std::vector<T>& items) {
        if (items.data() != data_ || items.size() < size_) {
            position_.clear();
            size_ = 0;
        }
        for (std::size_t i = size_; i < items.size(); ++i)
            position_.emplace(items[i].kode, i);
        data_ = items.data();
        size_ = items.size();
    }
    const T* find(const std::vector<T>& items, const std::string& kode) const {
        if (items.data() == data_ && items.size() == size_) {
            const auto it = position_.find(kode);
            if (it == position_.end())
                return nullptr;
            if (items[it->second].kode == kode)
                return &items[it->second];
        }
        for (const T& item : items) {
            if (item.kode == kode)
                return &item;
        }
        return nullptr;
    }

  private:
    std::unordered_map<std::string, std::size_t> position_;
    const T* data_ = nullptr;
    std::size_t size_ = 0;
};
// "TW I" .. "TW IV" for a quarter 1..4 (as the Renja evaluation form heads its columns).
std::string triwulan_name(int triwulan);
// "jumlah", "terakhir", "rata_rata": the name of an accumulation rule as written in indikator.csv.
std::string akumulasi_name(Akumulasi a);

// The instansi's name as titles write it: the OPD with its pemda ("Dinas X Kota Dumai", the pemda not
// repeated when the name already ends with it), a pemda or an instansi vertikal by its name alone.
std::string instansi_name(const Profile& profile);
// The pemda that titles write after the name: empty for a pemda, an instansi vertikal, or a name that already
// ends with it.
std::string title_pemda(const Profile& profile);

struct Opd {
    Profile profile;
    std::vector<Tujuan> tujuan;
    std::vector<Sasaran> sasaran;
    std::vector<Indicator> indicators;  // in file order
    std::vector<BudgetItem> budget;     // in file order
    std::vector<Belanja> belanja;
    // Scales of ordinal indicators defined by the OPD in skala.csv; they come before (and may replace) the
    // scales of config/skala-ordinal.json of the same name.
    std::vector<OrdinalScale> skala;
    std::vector<RenjaEntry> renja;       // evaluasi_renja.csv: what only the Renja evaluation needs
    std::vector<NarrativeBlock> narasi;  // narasi.csv: the staff's text for the document
    bool narasi_given = false;           // narasi.csv (or its sheet) was there with at least one row
    SourceLocation narasi_where;         // the file or sheet, for messages about missing blocks
    std::string folder;                  // where it was read from, for messages

    // O(1) once index_codes() has seen the lists as they are (the readers call it after every change).
    const Indicator* find_indicator(const std::string& kode) const;
    Indicator* find_indicator(const std::string& kode);
    const Sasaran* find_sasaran(const std::string& kode) const;
    const Tujuan* find_tujuan(const std::string& kode) const;
    const BudgetItem* find_budget_item(const std::string& kode) const;
    BudgetItem* find_budget_item(const std::string& kode);
    void index_codes();

  private:
    CodeIndex<Tujuan> tujuan_index_;
    CodeIndex<Sasaran> sasaran_index_;
    CodeIndex<Indicator> indicator_index_;
    CodeIndex<BudgetItem> budget_index_;
};

}  // namespace lkjip::model
