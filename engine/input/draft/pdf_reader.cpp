#include "input/draft/pdf_reader.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/draft/pdf_layout.hpp"
#include "input/file_access.hpp"

namespace lkjip::input::draft {
namespace {

constexpr int kMaxPages = 2000;                  // an LKjIP has a few hundred pages at most
constexpr std::size_t kMaxWordsPerPage = 20000;  // a dense A4 page holds about 1.000; tables are laid out in
                                                 // time quadratic in a page's words

// poppler writes its warnings to stderr by default; a damaged draft's problems are ours to report.
void quiet(const std::string&, void*) {}

}  // namespace

model::DraftDocument read_pdf_draft_bytes(const std::string& bytes, const std::string& file) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::vector<char> data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_data(&data));
    if (!doc)
        throw InputError(SourceLocation::in_file(file), "bukan berkas PDF yang dapat dibaca");
    if (doc->is_locked())
        throw InputError(SourceLocation::in_file(file),
                         "PDF terkunci kata sandi; buka kuncinya lebih dahulu");
    const int count = doc->pages();
    if (count > kMaxPages)
        throw InputError(SourceLocation::in_file(file), "PDF memuat " + std::to_string(count) +
                                                            " halaman; paling banyak " +
                                                            std::to_string(kMaxPages) + " yang dibaca");
    std::vector<PdfPage> pages;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        PdfPage out;
        out.number = i + 1;
        const std::vector<poppler::text_box> boxes = page->text_list();
        if (boxes.size() > kMaxWordsPerPage)
            throw InputError(SourceLocation::in_file(file),
                             "halaman " + std::to_string(i + 1) + " memuat " + std::to_string(boxes.size()) +
                                 " kata; paling banyak " + std::to_string(kMaxWordsPerPage) + " per halaman");
        for (const poppler::text_box& box : boxes) {
            const poppler::rectf r = box.bbox();
            const poppler::byte_array utf8 = box.text().to_utf8();
            out.words.push_back(
                {std::string(utf8.begin(), utf8.end()), r.left(), r.top(), r.right(), r.bottom()});
        }
        pages.push_back(std::move(out));
    }
    return layout_pdf(pages, file);
}

model::DraftDocument read_pdf_draft(const std::string& path) {
    return read_pdf_draft_bytes(read_text_file(path), path);
}

}  // namespace lkjip::input::draft
