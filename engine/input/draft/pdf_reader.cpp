#include "input/draft/pdf_reader.hpp"

#include "input/draft/pdf_layout.hpp"
#include "input/draft/pdf_words.hpp"
#include "input/file_access.hpp"

namespace lkjip::input::draft {

model::DraftDocument read_pdf_draft_bytes(const std::string& bytes, const std::string& file) {
    return layout_pdf(read_pdf_words(bytes, file), file);
}

model::DraftDocument read_pdf_draft(const std::string& path) {
    return read_pdf_draft_bytes(read_text_file(path), path);
}

}  // namespace lkjip::input::draft
