#include "output/batch_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "batch_results.hpp"

using namespace lkjip;
using lkjip::report::BatchResult;
using lkjip::test::failed;
using lkjip::test::ok;

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
