#include <doctest/doctest.h>

#include "render/pdf/document_output.hpp"

using lkjip::render::pdf::pdf_date;

TEST_CASE("pdf: the document date as a PDF date string, from 1970 to the end of 9999") {
    CHECK(pdf_date(0) == "D:19700101000000Z");
    CHECK(pdf_date(1) == "D:19700101000001Z");
    CHECK(pdf_date(1704067200) == "D:20240101000000Z");
    CHECK(pdf_date(1700000000) == "D:20231114221320Z");
    CHECK(pdf_date(253402300799) == "D:99991231235959Z");
}
