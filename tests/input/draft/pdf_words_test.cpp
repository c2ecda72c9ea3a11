#include "input/draft/pdf_words.hpp"

#include <doctest/doctest.h>

#include "core/diagnostic.hpp"

using namespace lkjip;
using namespace lkjip::input::draft;

TEST_CASE("pdf_words: pages and words with their boxes, escapes undone") {
    const std::vector<PdfPage> pages = parse_pdf_words(
        "halaman\t1\n"
        "kata\t72.5000\t100.0000\t110.2500\t112.0000\tCapaian\n"
        "kata\t120\t100\t150\t112\ta\\tb\\\\c\\nd\n"
        "halaman\t2\n"
        "halaman\t3\n"
        "kata\t1\t2\t3\t4\t92,32\n",
        "d.pdf");
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].number == 1);
    REQUIRE(pages[0].words.size() == 2);
    CHECK(pages[0].words[0].text == "Capaian");
    CHECK(pages[0].words[0].x0 == 72.5);
    CHECK(pages[0].words[0].y0 == 100.0);
    CHECK(pages[0].words[0].x1 == 110.25);
    CHECK(pages[0].words[0].y1 == 112.0);
    CHECK(pages[0].words[1].text == "a\tb\\c\nd");
    CHECK(pages[1].words.empty());
    CHECK(pages[2].number == 3);
    CHECK(pages[2].words[0].text == "92,32");
    CHECK(parse_pdf_words("", "d.pdf").empty());
}

TEST_CASE("pdf_words: output it does not know is an error naming the file and the line") {
    auto message = [](const char* output) {
        try {
            parse_pdf_words(output, "d.pdf");
        } catch (const InputError& e) {
            return e.diagnostic().where.file + ": " + e.diagnostic().message;
        }
        return std::string("no error");
    };
    // a word before any page, a page number out of range, a box that is not a number, a missing field
    CHECK(message("kata\t1\t2\t3\t4\tx\n") ==
          "d.pdf: pembaca PDF (lkjip-pdf-words) memberi baris 1 yang tidak dikenal");
    CHECK(message("halaman\t1\nhalaman\t0\n") ==
          "d.pdf: pembaca PDF (lkjip-pdf-words) memberi baris 2 yang tidak dikenal");
    CHECK(message("halaman\t1\nkata\t1\tx\t3\t4\tw\n") ==
          "d.pdf: pembaca PDF (lkjip-pdf-words) memberi baris 2 yang tidak dikenal");
    CHECK(message("halaman\t1\nkata\t1\t2\t3\t4\n") ==
          "d.pdf: pembaca PDF (lkjip-pdf-words) memberi baris 2 yang tidak dikenal");
}

TEST_CASE("pdf_words: the program reads a PDF and refuses what is not one") {
    // The program is built beside lkjip; the test binary finds it one folder up (core/companion_program).
    const std::string not_pdf = "%PDF-1.4\nthis is no PDF";
    try {
        read_pdf_words(not_pdf, "rusak.pdf");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().message == "bukan berkas PDF yang dapat dibaca");
    }
    // A minimal PDF with one word on one page.
    const std::string content = "BT /F1 12 Tf 72 700 Td (Tabel) Tj ET";
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 "
        "R >> >> >>");
    object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 6\n0000000000 65535 f \n";
    for (std::size_t o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        pdf += line;
    }
    pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    const std::vector<PdfPage> pages = read_pdf_words(pdf, "satu.pdf");
    REQUIRE(pages.size() == 1);
    REQUIRE(pages[0].words.size() == 1);
    CHECK(pages[0].words[0].text == "Tabel");
    CHECK(pages[0].words[0].x0 == doctest::Approx(72.0).epsilon(0.01));
    CHECK(pages[0].words[0].y1 == doctest::Approx(842.0 - 700.0).epsilon(0.05));  // y downwards from the top
}
