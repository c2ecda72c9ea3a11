// libFuzzer target: read_docx_draft_bytes (audit --draft DRAFT.docx) on arbitrary bytes, read two ways, as
// fuzz_xlsx does: the bytes as a .docx file (the zip layer), and the bytes as word/document.xml stored
// uncompressed with a correct CRC in a package written here (so that mutations reach expat and the reader
// of tables, rows, cells, spans and merges). Only InputError may escape, naming the file; a draft read
// without error is matched against the Dumai fixture and audited (draft_check.hpp).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "draft_check.hpp"
#include "input/draft/docx_reader.hpp"
#include "stored_zip.hpp"

namespace {

void read_checked(const std::string& bytes) {
    const std::string file = "draf.docx";
    try {
        lkjip::fuzz::check_draft(lkjip::input::draft::read_docx_draft_bytes(bytes, file), file);
    } catch (const lkjip::InputError& e) {
        lkjip::fuzz::check_refusal(e, file);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    read_checked(input);
    read_checked(lkjip::fuzz::stored_zip({{"word/document.xml", input}}));
    return 0;
}
