#include "input/draft/draft_reader.hpp"

#include "core/diagnostic.hpp"
#include "input/draft/docx_reader.hpp"
#include "input/draft/pdf_reader.hpp"
#include "input/file_access.hpp"

namespace lkjip::input::draft {

model::DraftDocument read_draft_bytes(const std::string& bytes, const std::string& file) {
    if (bytes.substr(0, 1024).find("%PDF-") != std::string::npos)
        return read_pdf_draft_bytes(bytes, file);
    if (bytes.rfind("PK", 0) == 0)
        return read_docx_draft_bytes(bytes, file);
    throw InputError(SourceLocation::in_file(file), "draf harus berupa DOCX atau PDF");
}

model::DraftDocument read_draft(const std::string& path) {
    return read_draft_bytes(read_text_file(path), path);
}

}  // namespace lkjip::input::draft
