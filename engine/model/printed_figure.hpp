#pragma once
// A figure as printed in a draft report (angka_tercetak.csv): where it appears, what it is about and the
// text as printed. lkjip never computes from these; `lkjip audit` compares them with the primary data.
#include <string>

#include "core/diagnostic.hpp"

namespace lkjip::model {

struct PrintedFigure {
    std::string tabel;    // "3.1.1", "1.2 (perubahan)", "teks:Ringkasan", "lampiran:pengukuran"
    std::string halaman;  // page, when known
    std::string objek;    // IKU1.1, S1, 2.17.07, opd, total, belanja, belanja:operasi
    std::string besaran;  // target, realisasi, capaian, predikat, pagu, serapan, ...
    int tahun = 0;
    std::string nilai;  // as printed
    std::string catatan;
    SourceLocation where;
};

}  // namespace lkjip::model
