#pragma once
// The primary data of one OPD for one reporting year, as read from its input folder. Nothing here is
// computed: capaian, ratings and roll-ups live in compute/.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/narrative.hpp"

namespace lkjip::model {

enum class Arah { Positif, Negatif };  // higher is better | lower is better

// A target: a single value, or a range such as 80-90 (lower == upper for a single value).
struct Target {
    double lower = 0.0;
    double upper = 0.0;
    // Digits the user wrote after the decimal mark (the wider of the two bounds), so that the target is
    // shown as written: 0,025 stays 0,025. -1 when the target was not written by the user.
    int decimals = -1;
    bool is_range() const { return lower != upper; }
    static Target single(double v, int written_decimals = -1) { return Target{v, v, written_decimals}; }
};

struct PkRevision {
    int revisi = 0;       // 0 = the Perjanjian Kinerja as first signed
    std::string tanggal;  // YYYY-MM-DD, may be empty
    Target target;
    SourceLocation where;
};

struct YearValues {
    std::optional<Target> target_renstra;
    std::vector<PkRevision> pk;       // sorted by revisi
    std::optional<double> realisasi;  // as written, when written
    int realisasi_decimals = 0;       // digits the realisasi was written with
    std::optional<double> pembilang;
    std::optional<double> penyebut;
    std::string catatan;
    SourceLocation realisasi_where;
};

enum class IndicatorLevel { Tujuan, Sasaran, Program };

struct Indicator {
    std::string kode;
    std::string induk;  // code of the tujuan, sasaran or program it measures
    IndicatorLevel level = IndicatorLevel::Sasaran;
    std::string nama;
    std::string satuan;
    Arah arah = Arah::Positif;
    std::string formula;
    std::optional<double> bobot;
    std::optional<double> kondisi_awal;
    std::optional<double> target_nasional;
    // Digits written after the decimal mark, to show each value as written.
    int bobot_decimals = 0;
    int kondisi_awal_decimals = 0;
    int target_nasional_decimals = 0;
    std::string keterangan_nasional;
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
    std::optional<std::int64_t> realisasi;
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

struct Profile {
    std::string nama_opd;
    std::string singkatan;
    std::string pemda;
    int tahun = 0;  // the reporting year N
    Kepala kepala;
    std::string tempat_pengesahan;
    std::string tanggal_pengesahan;
    int renstra_awal = 0;
    int renstra_akhir = 0;
    std::string visi;
    std::vector<std::string> misi;
};

struct Opd {
    Profile profile;
    std::vector<Tujuan> tujuan;
    std::vector<Sasaran> sasaran;
    std::vector<Indicator> indicators;  // in file order
    std::vector<BudgetItem> budget;     // in file order
    std::vector<Belanja> belanja;
    std::vector<NarrativeBlock> narasi;  // narasi.csv: the staff's text for the document
    bool narasi_given = false;           // narasi.csv (or its sheet) was there with at least one row
    SourceLocation narasi_where;         // the file or sheet, for messages about missing blocks
    std::string folder;                  // where it was read from, for messages

    const Indicator* find_indicator(const std::string& kode) const;
    const Sasaran* find_sasaran(const std::string& kode) const;
    const Tujuan* find_tujuan(const std::string& kode) const;
    const BudgetItem* find_budget_item(const std::string& kode) const;
};

}  // namespace lkjip::model
