#include "render/pdf/pdf_renderer.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>

#include "core/diagnostic.hpp"
#include "render/pdf/cover_page.hpp"
#include "render/pdf/document_draw.hpp"
#include "render/pdf/document_output.hpp"
#include "render/pdf/fonts.hpp"
#include "render/pdf/page_frame.hpp"
#include "render/pdf/podofo.hpp"
#include "render/pdf/table_draw.hpp"

namespace lkjip::render::pdf {

std::string footer_text(const table::Report& report, const std::string& document_name) {
    std::string owner = report.opd;
    if (!report.pemda.empty())
        owner += (owner.empty() ? "" : " ") + report.pemda;
    return owner + " — " + document_name + report.year_suffix();
}

namespace {

FontFile font_file(const std::string& path, bool bold) {
    if (!path.empty())
        return {path, {}};
    return bold ? FontFile::bundled_bold() : FontFile::bundled_regular();
}

bool readable(const std::string& path) {
    return std::ifstream(path, std::ios::binary).good();
}

// Draws and writes the document; returns false, writing nothing, when a character drawn has no glyph in a
// face that `can_fall_back`.
// `draw` puts everything on the pages but the running header and footer.
bool render_with(const table::Report& report, const std::string& path, const FontFile (&files)[2],
                 const bool (&can_fall_back)[2], const PdfOptions& options,
                 const std::function<void(Pages&, Fonts&)>& draw, const std::string& header) {
    PoDoFo::PdfMemDocument document;
    Fonts fonts(document, files[0], files[1]);
    {
        Pages pages(fonts, options.paper);
        draw(pages, fonts);
        pages.finish_with_footers(footer_text(report, options.document_name), header);
        for (int face = 0; face < 2; ++face) {
            if (can_fall_back[face] && fonts.missing_glyph_drawn(face))
                return false;
        }
        pages.write_to(document);
    }
    fonts.embed_used_glyphs();
    set_metadata(document, report, options.created);
    write_document(document, path);
    return true;
}

}  // namespace

void prepare_pdf_library() {
    // PoDoFo prints "CRITICAL: FreeType returned ..." (English) for a bad font file; lkjip's OutputError
    // says it better. The flag is global and not atomic: it is switched off once, never from two threads
    // at the same time, and never switched back.
    static std::once_flag once;
    std::call_once(once, [] { PoDoFo::PdfError::EnableLogging(false); });
}

namespace {

// Draws with the bundled faces, again with the full system fonts when a character is not in them.
void render_any(const table::Report& report, const std::string& path, const PdfOptions& options,
                const std::function<void(Pages&, Fonts&)>& draw, const std::string& header) {
    prepare_pdf_library();
    try {
        FontFile files[2] = {font_file(options.font_regular, false), font_file(options.font_bold, true)};
        // The bundled subsets make a report about a tenth faster to write (templates/fonts/README.md);
        // the full fonts cover more scripts. Drawing is repeated only for a report that needs them.
        const std::string* fallback[2] = {&options.fallback_regular, &options.fallback_bold};
        bool can_fall_back[2] = {false, false};
        for (int face = 0; face < 2; ++face)
            can_fall_back[face] = !files[face].bundled.empty() && readable(*fallback[face]);
        if (!render_with(report, path, files, can_fall_back, options, draw, header)) {
            for (int face = 0; face < 2; ++face) {
                if (can_fall_back[face])
                    files[face] = {*fallback[face], {}};
            }
            const bool final_fonts[2] = {false, false};
            render_with(report, path, files, final_fonts, options, draw, header);
        }
    } catch (const PoDoFo::PdfError& e) {
        // Anything PoDoFo itself refuses (it should not, once the fonts loaded) still names the file.
        std::error_code ec;
        std::filesystem::remove(path, ec);
        // PoDoFo's own text is English; its error code is enough for a bug report.
        throw OutputError(path + ": galat: gagal membuat PDF (galat pustaka PDF nomor " +
                          std::to_string(static_cast<int>(e.GetError())) + ")");
    }
}

}  // namespace

void render_pdf(const table::Report& report, const std::string& path, const PdfOptions& options) {
    render_any(
        report, path, options,
        [&](Pages& pages, Fonts&) {
            draw_cover(pages, report);
            for (const table::Table& t : report.tables)
                draw_table(pages, t);
            draw_signature(pages, report);
        },
        "");
}

DocumentPages render_document_pdf(const document::Document& doc, const std::string& path,
                                  const PdfOptions& options) {
    DocumentPages landed;
    render_any(
        doc.report, path, options,
        [&](Pages& pages, Fonts& fonts) {
            // Two passes: the first finds the page of every heading and table, the second prints them in
            // the contents. The contents take the same lines in both (page numbers never wrap), so the
            // pages do not move between the passes.
            PageMap known;
            {
                Pages first(fonts);
                known = draw_document(first, doc, PageMap{});
            }
            const PageMap map = draw_document(pages, doc, known);
            // Page indexes are the printed numbers: the cover is index 0 and unnumbered.
            landed = DocumentPages{map.headings, map.tables};
        },
        doc.header);
    return landed;
}

}  // namespace lkjip::render::pdf
