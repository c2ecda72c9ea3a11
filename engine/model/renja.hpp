#pragma once
// What the Permendagri 86/2017 evaluation of the Renja needs beyond the LKjIP's data, per program, kegiatan
// or sub kegiatan (evaluasi_renja.csv, the "Evaluasi Renja" sheet): the Renstra's budget for the whole
// period and what was spent of it before this year (columns 6 and 7, Rp), the unit in charge (16) and a
// remark (17). All optional: a value not given is shown n/a with the reason, never 0.
#include <cstdint>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"

namespace lkjip::model {

struct RenjaEntry {
    std::string kode;                                    // a code of anggaran.csv
    std::optional<std::int64_t> pagu_renstra;            // the Renstra's budget up to the end of the period
    std::optional<std::int64_t> realisasi_renstra_lalu;  // spent from the first Renstra year up to N-1
    std::string unit;                                    // unit penanggung jawab
    std::string keterangan;
    SourceLocation where;
};

}  // namespace lkjip::model
