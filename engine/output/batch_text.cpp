#include "output/batch_text.hpp"

#include "core/number_format.hpp"

namespace lkjip::output {

std::string batch_text(const std::vector<report::BatchResult>& results, bool audited) {
    std::string out;
    std::size_t failed = 0;
    for (const report::BatchResult& r : results) {
        if (!r.ok) {
            ++failed;
            out += "gagal  " + r.folder + ": " + r.error + "\n";
            continue;
        }
        out += "ok     " + r.folder + ": capaian " + format::persen_atau_na(r.capaian) + ", " + r.predikat +
               ", " + r.atribut + ", serapan " + format::persen_atau_na(r.serapan);
        if (audited) {
            out += "; temuan " + std::to_string(r.galat) + " galat, " + std::to_string(r.pembulatan) +
                   " pembulatan, " + std::to_string(r.peringatan) + " peringatan";
        }
        if (r.input_warnings > 0)
            out += "; " + report::input_warning_text(r.input_warnings);
        out += "\n";
    }
    out += std::to_string(results.size() - failed) + " masukan berhasil, " + std::to_string(failed) +
           " gagal.\n";
    return out;
}

}  // namespace lkjip::output
