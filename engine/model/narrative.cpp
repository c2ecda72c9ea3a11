#include "model/narrative.hpp"

namespace lkjip::model {

const std::vector<NarrativeSection>& narrative_sections() {
    static const std::vector<NarrativeSection> sections = {
        {"kata_pengantar", NarrativeScope::Opd, "Kata Pengantar"},
        {"ikhtisar", NarrativeScope::Opd, "Ikhtisar Eksekutif (teks tambahan staf)"},
        {"latar_belakang", NarrativeScope::Opd, "Latar Belakang"},
        {"tugas_fungsi", NarrativeScope::Opd, "Kedudukan, Tugas Pokok dan Fungsi"},
        {"struktur_organisasi", NarrativeScope::Opd, "Struktur Organisasi"},
        {"isu_strategis", NarrativeScope::Opd, "Isu Strategis"},
        {"tindak_lanjut_evaluasi", NarrativeScope::Opd, "Tindak Lanjut Hasil Evaluasi (LHE) Tahun Lalu"},
        {"faktor_pendukung", NarrativeScope::Iku, "Faktor Pendukung"},
        {"faktor_penghambat", NarrativeScope::Iku, "Faktor Penghambat"},
        {"upaya", NarrativeScope::Iku, "Upaya dan Tindak Lanjut"},
        {"kesimpulan", NarrativeScope::Opd, "Kesimpulan"},
        {"langkah_ke_depan", NarrativeScope::Opd, "Kendala dan Langkah ke Depan"},
        {"pk_pihak_kedua_nama", NarrativeScope::Opd, "Nama PIHAK KEDUA Perjanjian Kinerja"},
        {"pk_pihak_kedua_jabatan", NarrativeScope::Opd, "Jabatan PIHAK KEDUA Perjanjian Kinerja"},
        // The footer of the Renja evaluation (lkjip evaluasi), per triwulan.
        {"evaluasi_pendorong", NarrativeScope::Triwulan, "Evaluasi Renja: faktor pendorong"},
        {"evaluasi_penghambat", NarrativeScope::Triwulan, "Evaluasi Renja: faktor penghambat"},
        {"evaluasi_tindak_lanjut_triwulan", NarrativeScope::Triwulan,
         "Evaluasi Renja: tindak lanjut pada triwulan berikutnya"},
        {"evaluasi_tindak_lanjut_renja", NarrativeScope::Triwulan,
         "Evaluasi Renja: tindak lanjut pada Renja dan RKPD berikutnya"},
    };
    return sections;
}

const NarrativeSection* find_narrative_section(std::string_view key) {
    for (const NarrativeSection& s : narrative_sections()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const NarrativeBlock* find_narrative(const std::vector<NarrativeBlock>& blocks, std::string_view bagian,
                                     std::string_view kode) {
    for (const NarrativeBlock& b : blocks) {
        if (b.bagian == bagian && b.kode == kode)
            return &b;
    }
    return nullptr;
}

}  // namespace lkjip::model
