// libFuzzer target: read_pdf_draft_bytes (audit --draft DRAFT.pdf) on arbitrary bytes: poppler's parser,
// its text extraction, and lkjip's reconstruction of tables from the words' positions (pdf_layout). Only
// InputError may escape, naming the file; a draft read without error is matched against the Dumai fixture
// and audited (draft_check.hpp). The seeds (.ci/fuzz) are lkjip's own PDF, a LibreOffice PDF of the
// python3-docx draft when soffice is there, and small PDFs with uncompressed page streams
// (draft_pdf_seeds.py) whose text operators a mutation can reach.
#include <cstddef>
#include <cstdint>
#include <string>

#include "draft_check.hpp"
#include "input/draft/pdf_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::string file = "draf.pdf";
    try {
        lkjip::fuzz::check_draft(lkjip::input::draft::read_pdf_draft_bytes(input, file), file);
    } catch (const lkjip::InputError& e) {
        lkjip::fuzz::check_refusal(e, file);
    }
    return 0;
}
