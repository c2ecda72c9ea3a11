#include "audit/finding.hpp"

#include <doctest/doctest.h>

using namespace lkjip;

TEST_CASE("a finding's place: a table by number and page, the text and appendices as named") {
    audit::Finding f;
    f.tabel = "3.1.1";
    CHECK(audit::place(f) == "Tabel 3.1.1");
    f.halaman = "12";
    CHECK(audit::place(f) == "Tabel 3.1.1, hlm. 12");
    f.tabel = "teks: Ikhtisar";
    CHECK(audit::place(f) == "teks: Ikhtisar, hlm. 12");
    f.halaman.clear();
    f.tabel = "lampiran: PK";
    CHECK(audit::place(f) == "lampiran: PK");
    f.tabel = "beberapa tabel";
    CHECK(audit::place(f) == "beberapa tabel");
}
