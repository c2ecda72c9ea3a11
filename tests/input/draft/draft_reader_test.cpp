#include "input/draft/draft_reader.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/diagnostic.hpp"

using lkjip::input::draft::read_draft_bytes;

namespace {

// The message of the InputError that reading `bytes` throws ("" when none is thrown).
std::string refusal(const std::string& bytes) {
    try {
        (void)read_draft_bytes(bytes, "draf");
    } catch (const lkjip::InputError& e) {
        CHECK(e.diagnostic().where.file == "draf");
        return e.diagnostic().message;
    }
    return "";
}

}  // namespace

TEST_CASE("draft reader: DOCX or PDF told by content, never by name") {
    CHECK(refusal("bukan draf") == "draf harus berupa DOCX atau PDF");
    CHECK(refusal("") == "draf harus berupa DOCX atau PDF");
    // A zip is read as DOCX, "%PDF-" as PDF: each reader then refuses what it cannot read.
    CHECK(refusal("PK\x03\x04 rusak") == "bukan berkas DOCX (arsip zip) yang dapat dibaca");
    CHECK(refusal("%PDF-1.4\nrusak") == "bukan berkas PDF yang dapat dibaca");
    // The PDF standard lets the header come anywhere in the first 1024 bytes; after them it is not a PDF.
    CHECK(refusal(std::string(1000, ' ') + "%PDF-1.4\nrusak") == "bukan berkas PDF yang dapat dibaca");
    CHECK(refusal(std::string(1024, ' ') + "%PDF-1.4\nrusak") == "draf harus berupa DOCX atau PDF");
}
