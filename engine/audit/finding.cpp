#include "audit/finding.hpp"

#include <stdexcept>

namespace lkjip::audit {

const std::vector<Rule>& all_rules() {
    static const std::vector<Rule> rules = {
        {"angka_primer", Severity::Galat, "Angka tercetak berbeda dengan data primer",
         "PermenPANRB 53/2014: target sesuai Perjanjian Kinerja, realisasi dan anggaran sesuai data"},
        {"hitungan", Severity::Galat, "Hasil hitungan tidak mengikuti data primer",
         "Rumus capaian, serapan, efisiensi dan agregasi pada config/konvensi-bawaan.json"},
        {"arah_terbalik", Severity::Galat, "Rumus arah indikator terbalik",
         "Indikator positif: R/T × 100; indikator negatif: (2T − R)/T × 100 (PermenPANRB 8/2021)"},
        {"capaian_dibatasi", Severity::Galat, "Capaian dibatasi padahal konvensi tidak membatasi",
         "Konvensi capaian.batas_atas (bawaan: tidak ada batas atas)"},
        {"label", Severity::Galat, "Predikat, atribut atau kategori tidak mengikuti nilainya",
         "Permendagri 86/2017 (predikat); skala atribut dan kategori efisiensi pada konvensi"},
        {"predikat_dari_realisasi", Severity::Galat, "Predikat diterapkan pada realisasi, bukan capaian",
         "Permendagri 86/2017: skala nilai peringkat berlaku untuk capaian kinerja"},
        {"tidak_terukur", Severity::Galat, "Angka dicetak untuk nilai yang tidak dapat diukur",
         "Nilai tak terdefinisi (target 0, tanpa anggaran pendukung) adalah n/a, bukan 0"},
        {"jumlah_anak", Severity::Galat, "Rincian tidak berjumlah sama dengan induknya",
         "Permendagri 90/2019: pagu/realisasi program = jumlah kegiatan = jumlah sub kegiatan"},
        {"serapan_tercetak", Severity::Galat, "Serapan tidak mengikuti angka anggaran yang dicetak",
         "Serapan = realisasi anggaran / pagu × 100"},
        {"terbilang", Severity::Galat, "Terbilang tidak sama dengan angkanya",
         "Penulisan jumlah uang dalam huruf"},
        {"pembulatan_dipotong", Severity::Pembulatan, "Angka dipotong, bukan dibulatkan",
         "Konvensi tampilan: 2 desimal, dibulatkan setengah ke atas"},
        {"pembulatan_bertahap", Severity::Pembulatan,
         "Selisih satu digit terakhir (dihitung dari angka bulat)",
         "Konvensi tampilan: hitung dengan presisi penuh, bulatkan hanya untuk tampilan"},
        {"presisi_kurang", Severity::Pembulatan, "Dicetak dengan desimal lebih sedikit dari konvensi",
         "Konvensi tampilan: 2 desimal"},
        {"beda_antartabel", Severity::Peringatan, "Satu besaran dicetak berbeda di beberapa tempat",
         "Konsistensi antarbagian laporan (reviu LKjIP, PermenPANRB 53/2014)"},
        {"label_tidak_baku", Severity::Peringatan, "Sebutan tidak lengkap atau tidak baku",
         "Sebutan pada skala Permendagri 86/2017 dan konvensi"},
        {"penulisan_angka", Severity::Peringatan, "Penulisan angka tidak baku",
         "Penulisan angka Indonesia: titik pemisah ribuan, koma desimal"},
        {"batas_tidak_diterapkan", Severity::Galat, "Capaian dicetak tanpa batas bawah atau atas konvensi",
         "capaian.batas_bawah / capaian.batas_atas pada config/konvensi-bawaan.json"},
        {"rata_rata_anak", Severity::Galat, "Persentase induk dihitung sebagai rata-rata rinciannya",
         "anggaran.serapan_induk: jumlah (Σ realisasi / Σ pagu) kecuali konvensi memilih rata_rata_anak"},
        {"arah_perubahan", Severity::Galat, "Kalimat menyebut arah perubahan yang berlawanan dengan data",
         "Perubahan capaian = capaian tahun ini dikurangi capaian tahun sebelumnya"},
        {"isian_templat", Severity::Galat, "Kalimat templat belum diisi",
         "Draf LKjIP: pilihan templat (\"meningkat/ menurun/ tetap\") harus diganti dengan keadaannya"},
        {"tidak_terbaca", Severity::Peringatan, "Angka tercetak tidak dapat dibaca", "angka_tercetak.csv"},
        {"tanpa_data", Severity::Peringatan, "Tidak ada data primer untuk membandingkan",
         "Angka ini tidak dapat diperiksa sampai datanya diisi di folder masukan"},
        {"tidak_dikenal", Severity::Peringatan, "Objek atau besaran tidak dapat dibandingkan",
         "angka_tercetak.csv: objek harus ada di data primer"},
    };
    return rules;
}

const Rule& rule(const std::string& id) {
    for (const Rule& r : all_rules()) {
        if (id == r.id)
            return r;
    }
    throw std::logic_error("aturan audit tidak dikenal: " + id);
}

std::size_t count(const std::vector<Finding>& findings, Severity s) {
    std::size_t n = 0;
    for (const Finding& f : findings)
        n += rule(f.rule).severity == s ? 1 : 0;
    return n;
}

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Galat:
            return "galat";
        case Severity::Pembulatan:
            return "pembulatan";
        case Severity::Peringatan:
            return "peringatan";
    }
    return "";
}

std::string place(const Finding& f) {
    std::string out =
        f.tabel.rfind("teks:", 0) == 0 || f.tabel.rfind("lampiran:", 0) == 0 || f.tabel == "beberapa tabel"
            ? f.tabel
            : "Tabel " + f.tabel;
    if (!f.halaman.empty())
        out += ", hlm. " + f.halaman;
    return out;
}

}  // namespace lkjip::audit
