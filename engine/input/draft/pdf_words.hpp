#pragma once
// The words of a draft PDF, read by the companion program lkjip-pdf-words (pdf_words_main.cpp, the only code
// that includes poppler) in a process of its own: its protocol, its limits, and running it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "input/draft/pdf_layout.hpp"

namespace lkjip::input::draft {

inline constexpr const char* kPdfWordsProgram = "lkjip-pdf-words";

// Exit statuses of lkjip-pdf-words besides 0 (read) and 2 (usage).
inline constexpr int kPdfWordsNotPdf = 10;
inline constexpr int kPdfWordsLocked = 11;
inline constexpr int kPdfWordsTooManyPages = 12;
inline constexpr int kPdfWordsTooManyWords = 13;

// Limits. An LKjIP has a few hundred pages at most and a dense A4 page about 1.000 words; tables are laid out
// in time quadratic in a page's words. The kernel holds the program to the CPU time and address space, so a
// hostile PDF cannot hold poppler (and lkjip waiting for it) for long nor take the machine's memory.
inline constexpr int kPdfWordsMaxPages = 2000;
inline constexpr std::size_t kPdfWordsMaxWordsPerPage = 20000;
inline constexpr unsigned long kPdfWordsCpuSeconds = 60;
inline constexpr unsigned long long kPdfWordsMemoryBytes = 2ull * 1024 * 1024 * 1024;
inline constexpr std::size_t kPdfWordsMaxInputBytes = 64u * 1024u * 1024u;
inline constexpr std::size_t kPdfWordsMaxOutputBytes = 256u * 1024u * 1024u;

// The pages in the program's standard output. Throws InputError naming `file` on a line it does not know.
std::vector<PdfPage> parse_pdf_words(std::string_view output, const std::string& file);

// Runs lkjip-pdf-words on `bytes` and returns its pages. Throws InputError naming `file` when the PDF cannot
// be read (not a PDF, locked, over a limit, or the reader stopped on it), std::runtime_error when the program
// is missing or cannot be started.
std::vector<PdfPage> read_pdf_words(const std::string& bytes, const std::string& file);

}  // namespace lkjip::input::draft
