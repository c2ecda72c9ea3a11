#include "template/document_outline.hpp"

#include <algorithm>

namespace lkjip::templates {

namespace {

using S = OutlineScope;

const std::vector<OutlineName> kSentences = {
    {"ikhtisar", S::Opd, "capaian OPD, IKU tercapai, anggaran (Ikhtisar Eksekutif)"},
    {"anggaran", S::Opd, "realisasi anggaran OPD (BAB III B)"},
    {"penutup", S::Opd, "ringkasan capaian (BAB IV)"},
    {"pk_pernyataan", S::Opd, "pernyataan Perjanjian Kinerja PIHAK PERTAMA dan PIHAK KEDUA (Lampiran)"},
    {"sasaran", S::Sasaran, "capaian satu sasaran strategis"},
    {"capaian", S::Iku, "butir 1: target dan realisasi tahun ini, capaian dan predikat"},
    {"tahun_lalu", S::Iku, "butir 2: dibandingkan dengan tahun lalu"},
    {"riwayat", S::Iku, "butir 2: realisasi tahun-tahun sebelum N-1 (tidak ada bila datanya tidak ada)"},
    {"renstra", S::Iku, "butir 3: terhadap target akhir Renstra"},
    {"nasional", S::Iku, "butir 4: terhadap target nasional"},
    {"efisiensi", S::Iku, "butir 6: efisiensi penggunaan sumber daya"},
    {"program", S::Iku, "butir 7: daftar program yang mendukung IKU (kalimat program / tanpa_program)"},
};

const std::vector<OutlineName> kGenerated = {
    {"daftar_isi", S::Opd, "Daftar Isi: judul dengan nomor halaman"},
    {"daftar_tabel", S::Opd, "Daftar Tabel: tabel dengan nomor halaman"},
    {"tanda_tangan", S::Opd, "tanda tangan kepala OPD (tempat dan tanggal, nama, pangkat, NIP)"},
    {"rencana_strategis", S::Opd, "visi, misi, dan tujuan, sasaran, IKU Renstra sebagai daftar"},
    {"revisi_pk", S::Opd,
     "revisi Perjanjian Kinerja tahun N: tiap revisi dengan tanggal dan target yang berubah (tidak ada bila "
     "PK "
     "tidak pernah direvisi)"},
    {"tanda_tangan_pk", S::Opd, "tanda tangan PIHAK KEDUA (kiri) dan PIHAK PERTAMA (kanan)"},
    {"lampiran_pk", S::Opd,
     "lampiran Perjanjian Kinerja: tabel 2.* pertama lagi, dengan revisi yang ditunjukkannya"},
    {"tabel_lain", S::Opd, "setiap tabel yang tidak disebut blok \"tabel\" mana pun di kerangka"},
};

const std::vector<OutlineTextName> kTextNames = {
    {"tahun", S::Opd, "tahun laporan"},
    {"opd", S::Opd, "nama OPD"},
    {"pemda", S::Opd, "nama pemerintah daerah"},
    {"renstra_awal", S::Opd, "tahun awal Renstra"},
    {"renstra_akhir", S::Opd, "tahun akhir Renstra"},
    {"urut_sasaran", S::Sasaran, "urutan sasaran (1, 2, ...)"},
    {"kode_sasaran", S::Sasaran, "kode sasaran"},
    {"sasaran", S::Sasaran, "uraian sasaran"},
    {"urut_iku", S::Iku, "urutan IKU dalam sasarannya (1, 2, ...)"},
    {"kode_iku", S::Iku, "kode IKU"},
    {"iku", S::Iku, "nama IKU"},
};

}  // namespace

const std::vector<OutlineName>& outline_sentences() {
    return kSentences;
}

const std::vector<OutlineName>& outline_generated_blocks() {
    return kGenerated;
}

const std::vector<OutlineTextName>& outline_text_names() {
    return kTextNames;
}

bool outline_text_name_in_scope(std::string_view name, OutlineScope scope) {
    return std::any_of(kTextNames.begin(), kTextNames.end(), [&](const OutlineTextName& n) {
        // The scopes nest: Opd < Sasaran < Iku.
        return n.name == name && static_cast<int>(n.scope) <= static_cast<int>(scope);
    });
}

const OutlineName* find_outline_name(const std::vector<OutlineName>& names, std::string_view name) {
    for (const OutlineName& n : names) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

std::string_view scope_title(OutlineScope scope) {
    switch (scope) {
        case OutlineScope::Opd:
            return "dokumen";
        case OutlineScope::Sasaran:
            return "per_sasaran";
        case OutlineScope::Iku:
            return "per_iku";
    }
    return "";
}

std::vector<std::string> outline_tags(std::string_view text, const std::function<void(std::string)>& bad) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while ((i = text.find("{{", i)) != std::string_view::npos) {
        const std::size_t close = text.find("}}", i + 2);
        if (close == std::string_view::npos) {
            bad("tag \"{{\" tidak ditutup dengan \"}}\"");
            break;
        }
        const std::string_view inner = text.substr(i + 2, close - i - 2);
        const bool plain = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        });
        if (plain)
            out.emplace_back(inner);
        else
            bad("tag \"{{" + std::string(inner) +
                "}}\": hanya {{nama}} (huruf kecil, angka, garis bawah) yang didukung di kerangka");
        i = close + 2;
    }
    return out;
}

std::string expand_outline_text(std::string_view text,
                                const std::function<std::string(std::string_view)>& value) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("{{", i);
        const std::size_t close = open == std::string_view::npos ? open : text.find("}}", open + 2);
        if (close == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, open - i));
        out += value(text.substr(open + 2, close - open - 2));
        i = close + 2;
    }
    return out;
}

}  // namespace lkjip::templates
