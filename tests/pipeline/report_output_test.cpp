#include "pipeline/report_output.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "pipeline/arguments.hpp"

using lkjip::cli::check_output_name;
using lkjip::cli::check_source_date_epoch;
using lkjip::cli::document_time;
using lkjip::cli::UsageError;

namespace {

// Sets SOURCE_DATE_EPOCH for one scope.
class Epoch {
  public:
    explicit Epoch(const char* value) {
        if (value)
            ::setenv("SOURCE_DATE_EPOCH", value, 1);
        else
            ::unsetenv("SOURCE_DATE_EPOCH");
    }
    ~Epoch() { ::unsetenv("SOURCE_DATE_EPOCH"); }
    Epoch(const Epoch&) = delete;
    Epoch& operator=(const Epoch&) = delete;
};

std::string name_refusal(const std::string& name) {
    try {
        check_output_name(name);
        return "";
    } catch (const UsageError& e) {
        return e.what();
    }
}

}  // namespace

TEST_CASE("document date: 1 January after the report year, or SOURCE_DATE_EPOCH checked") {
    {
        const Epoch none(nullptr);
        CHECK(document_time(2023) == 1704067200);  // 2024-01-01T00:00:00Z
    }
    {
        const Epoch empty("");
        CHECK(document_time(2023) == 1704067200);
    }
    {
        const Epoch given("1700000000");
        CHECK(document_time(2023) == 1700000000);
    }
    {
        const Epoch zero("0");  // libxlsxwriter reads 0 as "now": stored as the first second of 1970
        CHECK(document_time(2023) == 1);
    }
    {
        const Epoch last("253402300799");  // 9999-12-31T23:59:59Z
        CHECK(document_time(2023) == 253402300799);
    }
    for (const char* bad : {"253402300800", "99999999999999", "-1", "abc", " 5", "5 ", "+5", "1.5", "0x10",
                            "99999999999999999999999"}) {
        CAPTURE(bad);
        const Epoch e(bad);
        CHECK_THROWS_AS(document_time(2023), UsageError);
        CHECK_THROWS_AS(check_source_date_epoch(), UsageError);
    }
    const Epoch abc("abc");
    CHECK_THROWS_WITH(check_source_date_epoch(),
                      "SOURCE_DATE_EPOCH: detik sejak 1970-01-01 UTC diharapkan (bilangan bulat 0 sampai "
                      "253402300799, akhir tahun 9999), ditemukan \"abc\"");
}

TEST_CASE("--name: a plain, visible file name") {
    CHECK(name_refusal("lkjip-2023-dumai") == "");
    CHECK(name_refusal("Laporan Kinerja 2023 (final)") == "");
    CHECK(name_refusal("laporan.v2") == "");
    CHECK(name_refusal("") == "--name: nama berkas tidak boleh kosong");
    CHECK(name_refusal(".") == "--name: \".\" bukan nama berkas");
    CHECK(name_refusal("..") == "--name: \"..\" bukan nama berkas");
    const std::string separator =
        "--name: nama berkas saja yang diharapkan, tanpa folder (tanpa / atau \\); folder dipilih dengan -o";
    CHECK(name_refusal("../escape") == separator);
    CHECK(name_refusal("/tmp/x") == separator);
    CHECK(name_refusal("a\\b") == separator);
    CHECK(name_refusal("a\nb") == "--name: nama berkas memuat karakter kendali (mis. baris baru)");
    CHECK(name_refusal(std::string("a\0b", 3)) ==
          "--name: nama berkas memuat karakter kendali (mis. baris baru)");
    CHECK(name_refusal("a\x1b[31m") == "--name: nama berkas memuat karakter kendali (mis. baris baru)");
    CHECK(name_refusal(".tersembunyi") ==
          "--name: nama berkas tidak boleh diawali titik (berkas tersembunyi)");
    CHECK(name_refusal("a\xff") == "--name: nama berkas bukan teks UTF-8 yang sah");
    CHECK(name_refusal(std::string(200, 'a')) == "");
    CHECK(name_refusal(std::string(201, 'a')) == "--name: nama berkas terlalu panjang (lebih dari 200 bita)");
}

TEST_CASE("default_report_name: a long name is cut at a word's end, never inside a word (issue 19, item 5)") {
    lkjip::model::Profile p;
    p.tahun = 2023;
    p.nama_opd = "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian";
    CHECK(lkjip::cli::default_report_name(p) ==
          "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian");
    p.nama_opd =
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana";
    // The first 60 characters end with "pengendalian-"; the 61st starts "penduduk": the name ends at the last
    // whole word.
    CHECK(lkjip::cli::default_report_name(p) ==
          "lkjip-2023-dinas-pemberdayaan-perempuan-perlindungan-anak-pengendalian");
    p.nama_opd = std::string(70, 'a');  // one word longer than the limit: cut at the limit
    CHECK(lkjip::cli::default_report_name(p) == "lkjip-2023-" + std::string(60, 'a'));
    p.singkatan = "DKUMP";
    CHECK(lkjip::cli::default_report_name(p) == "lkjip-2023-dkump");
}
