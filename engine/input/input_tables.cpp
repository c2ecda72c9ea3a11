#include "input/input_tables.hpp"

#include <algorithm>
#include <stdexcept>

#include "input/budget_tables.hpp"
#include "input/narrative_table.hpp"
#include "input/ordinal_values.hpp"
#include "input/plan_tables.hpp"
#include "input/printed_figures_reader.hpp"
#include "input/renja_table.hpp"

namespace lkjip::input {

namespace {

InputColumn code(std::string name, bool required, std::string help) {
    return {std::move(name), required, ValueType::Code, std::move(help), {}};
}
InputColumn text_column(std::string name, bool required, std::string help) {
    return {std::move(name), required, ValueType::Text, std::move(help), {}};
}
InputColumn typed(std::string name, bool required, ValueType type, std::string help) {
    return {std::move(name), required, type, std::move(help), {}};
}

// The `triwulan` column of the tables that take quarterly rows: empty = the annual row.
InputColumn quarter_column(std::string help) {
    return {"triwulan", false, ValueType::Choice, std::move(help), {"1", "2", "3", "4"}};
}

std::vector<std::string> narrative_keys() {
    std::vector<std::string> out;
    for (const model::NarrativeSection& s : model::narrative_sections())
        out.emplace_back(s.key);
    return out;
}

std::vector<InputTable> make_tables() {
    using V = ValueType;
    std::vector<InputTable> t;
    t.push_back({"tujuan.csv",
                 "Tujuan",
                 true,
                 "tujuan Renstra",
                 {code("kode", true, "Kode unik tujuan, mis. T1"),
                  text_column("uraian", true, "Tujuan sebagaimana tertulis di Renstra")},
                 false,
                 read_tujuan});
    t.push_back({"sasaran.csv",
                 "Sasaran",
                 true,
                 "sasaran strategis, masing-masing di bawah satu tujuan",
                 {code("kode", true, "Kode unik sasaran, mis. S1"),
                  code("tujuan", true, "Kode tujuan induknya (lembar Tujuan)"),
                  text_column("uraian", true, "Sasaran strategis sebagaimana tertulis")},
                 false,
                 read_sasaran});
    // The budget comes before the indicators: a program indicator's induk is a program.
    t.push_back(
        {"anggaran.csv",
         "Anggaran",
         false,  // without it the report says there is no budget data (never Rp 0)
         "program, kegiatan dan sub kegiatan dengan pagu dan realisasinya",
         {code("kode", true,
               "Kode nomenklatur Permendagri 90/2019: program 2.17.03, kegiatan 2.17.03.2.01, sub "
               "kegiatan 2.17.03.2.01.0001"),
          code("induk", false, "Kode induk; kosongkan bila mengikuti kodenya"),
          text_column("nama", true, "Nama program, kegiatan atau sub kegiatan"),
          typed("pagu_murni", false, V::Rupiah, "Pagu APBD murni (rupiah penuh)"),
          typed("pagu_perubahan", false, V::Rupiah, "Pagu setelah APBD-P (rupiah penuh)"),
          typed("realisasi", false, V::Rupiah, "Realisasi anggaran (rupiah penuh)"),
          code("sasaran", false, "Untuk program: kode sasaran yang didukung"),
          code("iku", false, "Kode IKU yang didukung program, dipisah koma"),
          text_column("sumber_dana", false, "APBD, DAK, ..."),
          // Last, so that the columns above keep their place in workbooks filled before it existed.
          quarter_column("Kosong: baris tahunan. 1-4: realisasi anggaran triwulan itu (baris berisi kode, "
                         "triwulan dan realisasi saja)")},
         false,
         read_anggaran});
    // Only `lkjip evaluasi` (Permendagri 86/2017) reads these; after anggaran.csv, whose codes they name.
    t.push_back(
        {"evaluasi_renja.csv",
         "Evaluasi Renja",
         false,
         "untuk evaluasi Renja (lkjip evaluasi): anggaran Renstra, unit penanggung jawab per program, "
         "kegiatan dan sub kegiatan",
         {code("kode", true, "Kode program, kegiatan atau sub kegiatan (lembar Anggaran)"),
          typed("pagu_renstra", false, V::Rupiah,
                "Anggaran Renstra sampai akhir periode (rupiah penuh), kolom 6 Rp"),
          typed("realisasi_renstra_lalu", false, V::Rupiah,
                "Realisasi anggaran sejak tahun awal Renstra sampai tahun lalu (rupiah penuh), kolom 7 Rp"),
          text_column("unit", false, "Unit penanggung jawab (kolom 16)"),
          text_column("keterangan", false, "Keterangan (kolom 17)")},
         false,
         read_evaluasi_renja});
    // The OPD's own scales come before the indicators that name them.
    t.push_back({"skala.csv",
                 "Skala",
                 false,
                 "skala indikator bernilai teks milik OPD (selain config/skala-ordinal.json)",
                 {code("skala", true, "Nama skala, mis. nilai_spip; dipakai di kolom skala indikator"),
                  text_column("label", true, "Tingkat sebagaimana ditulis dokumen, mis. Terdefinisi"),
                  typed("skor", true, V::Decimal, "Skor tingkat itu: makin tinggi makin baik"),
                  text_column("sumber", false, "Peraturan yang menetapkan skala (wajib di salah satu baris)"),
                  {"capaian",
                   false,
                   V::Choice,
                   "rasio_skor (bawaan): skor R / skor T x 100; tercapai_tidak: 100 atau 0",
                   {"rasio_skor", "tercapai_tidak"}}},
                 false,
                 read_skala});
    t.push_back(
        {"indikator.csv",
         "Indikator",
         true,
         "indikator tujuan, indikator sasaran (IKU), indikator program, kegiatan dan sub kegiatan",
         {code("kode", true, "Kode unik indikator, mis. IKU1.1"),
          code("induk", true,
               "Kode tujuan, sasaran, program, kegiatan atau sub kegiatan yang diukur; indikator sasaran "
               "adalah IKU"),
          text_column("nama", true, "Nama indikator sebagaimana tertulis"),
          text_column("satuan", true, "%, koperasi, dokumen, ..."),
          {"arah",
           true,
           V::Choice,
           "positif: makin tinggi makin baik; negatif: makin rendah makin baik",
           {"positif", "negatif"}},
          text_column("formula", false, "Formulasi perhitungan"),
          text_column("skala", false,
                      "Indikator bernilai teks: nama skalanya (opini_bpk, nilai_sakip, nilai_rb, "
                      "mutu_pelayanan_ikm, kepatuhan_pelayanan_publik); kosong = angka"),
          typed("bobot", false, V::Decimal, "Bobot untuk rata-rata tertimbang (bila konvensi memintanya)"),
          typed(
              "pengali", false, V::Decimal,
              "Realisasi = pembilang / penyebut x pengali; kosong = 100 (persen), 100000 untuk per 100.000"),
          typed("target_nasional", false, V::Target, "Target nasional (SPM, RPJMN) bila ada"),
          text_column("keterangan_nasional", false, "Sumber target nasional, atau mengapa tidak ada"),
          {"akumulasi",
           false,
           V::Choice,
           "Realisasi tahunan dari triwulan: jumlah, terakhir atau rata_rata; kosong = bawaan menurut satuan "
           "(config/akumulasi-triwulan.json)",
           {"jumlah", "terakhir", "rata_rata"}}},
         false,
         read_indicators});
    t.push_back({"renstra.csv",
                 "Renstra",
                 false,
                 "matriks Renstra: kondisi awal dan target tiap tahun periode",
                 {code("kode", true, "Kode indikator"),
                  typed("kondisi_awal", false, V::Target, "Kondisi awal (baseline) Renstra")},
                 true,
                 read_renstra});
    t.push_back(
        {"perjanjian_kinerja.csv",
         "Perjanjian Kinerja",
         false,
         "target Perjanjian Kinerja per tahun, dengan revisinya",
         {typed("tahun", true, V::Year, "Tahun Perjanjian Kinerja"),
          typed("revisi", true, V::Whole, "0 untuk PK awal; 1, 2, ... untuk tiap revisi"),
          typed("tanggal", false, V::Date, "Tanggal PK (YYYY-MM-DD)"), code("kode", true, "Kode indikator"),
          typed("target", true, V::Target, "Target: angka atau rentang (80 - 90)"),
          quarter_column("Kosong: target tahunan. 1-4: target triwulan itu (PK revisi yang sama wajib punya "
                         "target tahunan)")},
         false,
         read_perjanjian_kinerja});
    t.push_back({"realisasi.csv",
                 "Realisasi",
                 true,
                 "realisasi per indikator dan tahun, atau pembilang dan penyebutnya",
                 {code("kode", true, "Kode indikator"), typed("tahun", true, V::Year, "Tahun realisasi"),
                  typed("realisasi", false, V::Decimal, "Realisasi; atau isi pembilang dan penyebut"),
                  typed("pembilang", false, V::Decimal,
                        "Pembilang: realisasi = pembilang / penyebut x pengali (100)"),
                  typed("penyebut", false, V::Decimal, "Penyebut"),
                  text_column("catatan", false, "Sumber data atau keterangan"),
                  quarter_column("Kosong: realisasi tahunan. 1-4: realisasi triwulan itu; tahunan mengikuti "
                                 "akumulasi indikator bila hanya triwulan yang diisi")},
                 false,
                 read_realisasi});
    t.push_back(
        {"belanja.csv",
         "Belanja",
         false,
         "jumlah belanja menurut jenisnya",
         {{"jenis", true, V::Choice, "Jenis belanja", {"operasi", "modal", "tidak_terduga", "transfer"}},
          typed("pagu", true, V::Rupiah, "Pagu (rupiah penuh)"),
          typed("realisasi", false, V::Rupiah, "Realisasi (rupiah penuh)")},
         false,
         read_belanja});
    t.push_back({"narasi.csv",
                 "Narasi",
                 false,
                 "teks yang ditulis staf untuk dokumen LKjIP: kata pengantar, BAB I, faktor per IKU, penutup",
                 {{"bagian", true, V::Choice, "Bagian dokumen (lihat fixtures/README.md)", narrative_keys()},
                  code("kode", false, "Untuk faktor_pendukung, faktor_penghambat dan upaya: kode IKU"),
                  text_column("teks", true,
                              "Teks: baris kosong memisah paragraf, \"- \" butir, \"1. \" nomor, **tebal**; "
                              "baris dengan bagian dan kode yang sama disambung sebagai paragraf")},
                 false,
                 read_narasi});
    t.push_back({"angka_tercetak.csv",
                 "Angka Tercetak",
                 false,
                 "angka sebagaimana tercetak di draf laporan, untuk lkjip audit",
                 {code("tabel", true, "Nomor tabel tercetak (3.1.1), teks:<bagian> atau lampiran:<form>"),
                  text_column("halaman", false, "Halaman, bila diketahui"),
                  code("objek", true, "Kode indikator, sasaran, tujuan atau anggaran; opd, total, belanja"),
                  {"besaran", true, V::Choice, "Besaran yang tercetak (lihat fixtures/README.md)",
                   printed_quantities()},
                  typed("tahun", true, V::Year, "Tahun angka itu"),
                  code("nilai", true, "Isi sel persis seperti tercetak, sebagai teks: 49,17%"),
                  text_column("catatan", false, "Baris sumber (L1234) dan keterangan")},
                 false,
                 nullptr});
    return t;
}

}  // namespace

const std::vector<InputTable>& input_tables() {
    static const std::vector<InputTable> tables = make_tables();
    return tables;
}

const InputTable& input_table(std::string_view file) {
    for (const InputTable& t : input_tables()) {
        if (t.file == file)
            return t;
    }
    throw std::logic_error("input_table: unknown table " + std::string(file));
}

bool is_year_column(std::string_view name) {
    return name.size() == 4 &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const std::vector<std::string>& profile_file_names() {
    static const std::vector<std::string> names = {"profil.ini", "profil.json", "profil.xml"};
    return names;
}

std::vector<ColumnSpec> column_specs(const InputTable& table) {
    std::vector<ColumnSpec> out;
    for (const InputColumn& c : table.columns)
        out.push_back({c.name, c.required});
    return out;
}

const std::vector<ProfileKeyHelp>& profile_key_help() {
    static const std::vector<ProfileKeyHelp> keys = {
        {"opd.nama", "Nama OPD"},
        {"opd.pemda", "Pemerintah daerah, mis. Kota Dumai (wajib untuk jenis opd)"},
        {"opd.tahun", "Tahun pelaporan N"},
        {"opd.singkatan", "Singkatan (boleh kosong)"},
        {"kepala.nama", "Nama kepala OPD, penanda tangan"},
        {"kepala.jabatan", "Jabatan kepala OPD"},
        {"kepala.pangkat", "Pangkat/golongan"},
        {"kepala.nip", "NIP 18 angka, sebagai teks (spasi boleh)"},
        {"pengesahan.tempat", "Tempat penandatanganan"},
        {"pengesahan.tanggal", "Tanggal sebagaimana tercetak, mis. Januari 2024"},
        {"renstra.awal", "Tahun awal periode Renstra (wajib bila ada renstra.csv)"},
        {"renstra.akhir", "Tahun akhir periode Renstra (wajib bila ada renstra.csv)"},
        {"rpjmd.visi", "Visi RPJMD"},
        {"rpjmd.misi.1", "Misi RPJMD; tambahkan rpjmd.misi.2, rpjmd.misi.3, ... untuk misi berikutnya"},
        // Last, so that the rows above keep their place in workbooks filled before it existed.
        {"opd.jenis", "opd (bawaan), pemda (laporan pemerintah daerah) atau instansi_vertikal"},
    };
    return keys;
}

}  // namespace lkjip::input
