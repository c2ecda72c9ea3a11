#include "output/batch_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace lkjip;
using lkjip::report::BatchResult;

namespace {

BatchResult ok(std::string input, std::optional<double> capaian, std::string pemda = "Kota Dumai") {
    BatchResult r;
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

BatchResult failed(std::string input, std::string error) {
    BatchResult r;
    r.folder = std::move(input);
    r.error = std::move(error);
    return r;
}

}  // namespace

TEST_CASE("batch text: an input's warnings are counted on its line") {
    std::vector<BatchResult> results = {ok("dumai", 96.4)};
    results[0].input_warnings = 2;
    CHECK(output::batch_text(results, false) ==
          "ok     dumai: capaian 96,40%, Tinggi, Berhasil, serapan 91,23%; 2 peringatan pada masukan (lihat "
          "lkjip check/audit)\n"
          "1 masukan berhasil, 0 gagal.\n");
}

TEST_CASE("batch text: the terminal lines, in input order, and the count") {
    std::vector<BatchResult> results = {ok("dumai", 96.4), failed("rusak", "profil.ini: galat: tahun")};
    CHECK(output::batch_text(results, false) ==
          "ok     dumai: capaian 96,40%, Tinggi, Berhasil, serapan 91,23%\n"
          "gagal  rusak: profil.ini: galat: tahun\n"
          "1 masukan berhasil, 1 gagal.\n");
    results[0].galat = 1;
    CHECK(output::batch_text(results, true)
              .rfind("ok     dumai: capaian 96,40%, Tinggi, Berhasil, serapan 91,23%; temuan 1 galat, 0 "
                     "pembulatan, 0 "
                     "peringatan\n",
                     0) == 0);
}
