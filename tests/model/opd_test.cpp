#include "model/opd.hpp"

#include <doctest/doctest.h>

using lkjip::model::instansi_name;
using lkjip::model::InstansiKind;
using lkjip::model::Profile;
using lkjip::model::title_pemda;

TEST_CASE("instansi_name: the profile's kind decides how titles name it (issue 19, item 5)") {
    Profile p;
    p.nama_opd = "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian";
    p.pemda = "Kota Dumai";
    SUBCASE("an OPD: its name and its pemda") {
        CHECK(instansi_name(p) == "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Kota Dumai");
        CHECK(title_pemda(p) == "Kota Dumai");
    }
    SUBCASE("an OPD whose name already ends with its pemda: not repeated") {
        p.nama_opd = "Dinas Kesehatan Kota Dumai";
        CHECK(instansi_name(p) == "Dinas Kesehatan Kota Dumai");
        CHECK(title_pemda(p).empty());
    }
    SUBCASE("a pemda: its name alone, never \"Pemerintah Kota Dumai Kota Dumai\"") {
        p.jenis = InstansiKind::Pemda;
        p.nama_opd = "Pemerintah Kota Dumai";
        CHECK(instansi_name(p) == "Pemerintah Kota Dumai");
        CHECK(title_pemda(p).empty());
        p.nama_opd = "Pemerintah Provinsi Lampung";
        p.pemda = "Provinsi Lampung";
        CHECK(instansi_name(p) == "Pemerintah Provinsi Lampung");
    }
    SUBCASE("an instansi vertikal: its name alone, with no pemda") {
        p.jenis = InstansiKind::InstansiVertikal;
        p.nama_opd = "Balai Besar Pengawas Obat dan Makanan di Pekanbaru";
        p.pemda.clear();
        CHECK(instansi_name(p) == "Balai Besar Pengawas Obat dan Makanan di Pekanbaru");
    }
}
