// lkjip-pdf-words: the words of a PDF on standard input, with their boxes, for `lkjip audit --draft X.pdf`.
//
// Why a process of its own: poppler and what it links (NSS, lcms, openjpeg) cost every lkjip command a few
// milliseconds of dynamic loading although only the draft audit needs them, and a hostile PDF can hold
// poppler for long or make it crash. Run apart, lkjip loads none of it, and this process has its CPU time and
// memory limited by the kernel: whatever the PDF does, lkjip gets an exit status and reports it.
//
// Output (standard output, UTF-8, one record per line, fields separated by a tab):
//   halaman <N>                               a page starts (1-based)
//   kata <x0> <y0> <x1> <y1> <text>           a word on it; points, y growing downwards; \t \n \\ escaped
// Exit status: 0 read; 10 not a PDF poppler can open; 11 locked by a password; 12 too many pages (standard
// output: "halaman <count>"); 13 too many words on a page ("kata <page> <count>"); 2 usage.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "input/draft/pdf_words.hpp"

// AddressSanitizer reserves terabytes of address space for its shadow memory at start-up, so a limit on the
// address space leaves it unable to map anything more: a sanitizer build (CI's second test run, the fuzz
// targets) keeps the CPU limit only.
#if defined(__SANITIZE_ADDRESS__)
#define LKJIP_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LKJIP_ADDRESS_SANITIZER 1
#endif
#endif

namespace {

using namespace lkjip::input::draft;

// poppler writes its warnings to stderr by default; a damaged draft's problems are lkjip's to report.
void quiet(const std::string&, void*) {}

void limit(int resource, rlim_t value) {
    const rlimit r{value, value};
    setrlimit(resource, &r);
}

void put_escaped(const std::string& text, std::string& out) {
    for (char c : text) {
        if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\\')
            out += "\\\\";
        else if (c != '\r')
            out += c;
    }
}

}  // namespace

int main(int argc, char**) {
    if (argc != 1) {
        std::fputs("pemakaian: lkjip-pdf-words < BERKAS.pdf (dipanggil oleh lkjip audit --draft)\n", stderr);
        return 2;
    }
    limit(RLIMIT_CPU, kPdfWordsCpuSeconds);
#ifndef LKJIP_ADDRESS_SANITIZER
    limit(RLIMIT_AS, kPdfWordsMemoryBytes);
#endif
    std::vector<char> data;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            break;
        data.insert(data.end(), buffer, buffer + n);
        if (data.size() > kPdfWordsMaxInputBytes)
            return kPdfWordsNotPdf;
    }
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_data(&data));
    if (!doc)
        return kPdfWordsNotPdf;
    if (doc->is_locked())
        return kPdfWordsLocked;
    const int count = doc->pages();
    if (count > kPdfWordsMaxPages) {
        std::printf("halaman\t%d\n", count);
        return kPdfWordsTooManyPages;
    }
    std::string out;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        const std::vector<poppler::text_box> boxes = page->text_list();
        if (boxes.size() > kPdfWordsMaxWordsPerPage) {
            std::printf("kata\t%d\t%zu\n", i + 1, boxes.size());
            return kPdfWordsTooManyWords;
        }
        out.clear();
        out += "halaman\t" + std::to_string(i + 1) + "\n";
        for (const poppler::text_box& box : boxes) {
            const poppler::rectf r = box.bbox();
            const poppler::byte_array utf8 = box.text().to_utf8();
            char numbers[160];
            std::snprintf(numbers, sizeof numbers, "kata\t%.4f\t%.4f\t%.4f\t%.4f\t", r.left(), r.top(),
                          r.right(), r.bottom());
            out += numbers;
            put_escaped(std::string(utf8.begin(), utf8.end()), out);
            out += '\n';
        }
        if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size())
            return 1;
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}
