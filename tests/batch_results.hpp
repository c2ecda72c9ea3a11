#pragma once
// The results of a batch run that the recap's tests (tests/report/batch_recap_test.cpp) and the terminal
// lines' tests (tests/output/batch_text_test.cpp) share: an input read, with its figures, and one that
// failed.
#include <optional>
#include <string>

#include "report/batch_recap.hpp"

namespace lkjip::test {

inline report::BatchResult ok(std::string input, std::optional<double> capaian,
                              std::string pemda = "Kota Dumai") {
    report::BatchResult r;
    r.folder = std::move(input);
    r.ok = true;
    r.opd = "Dinas " + r.folder;
    r.pemda = std::move(pemda);
    r.tahun = 2023;
    r.capaian = capaian;
    r.predikat = capaian ? "Tinggi" : "n/a";
    r.atribut = capaian ? "Berhasil" : "n/a";
    r.pagu = 1'000'000'000;
    r.realisasi = 912'345'678;
    r.serapan = 91.2345678;
    return r;
}

inline report::BatchResult failed(std::string input, std::string error) {
    report::BatchResult r;
    r.folder = std::move(input);
    r.error = std::move(error);
    return r;
}

}  // namespace lkjip::test
