#include "render/pdf/pdf_renderer.hpp"

#include <filesystem>

#include "core/diagnostic.hpp"
#include "render/pdf/cover_page.hpp"
#include "render/pdf/document_output.hpp"
#include "render/pdf/fonts.hpp"
#include "render/pdf/page_frame.hpp"
#include "render/pdf/podofo.hpp"
#include "render/pdf/table_draw.hpp"

namespace lkjip::render::pdf {

std::string footer_text(const table::Report& report) {
    std::string owner = report.opd;
    if (!report.pemda.empty())
        owner += (owner.empty() ? "" : " ") + report.pemda;
    return owner + " — LKjIP " + std::to_string(report.tahun);
}

void render_pdf(const table::Report& report, const std::string& path, const PdfOptions& options) {
    try {
        PoDoFo::PdfMemDocument document;
        Fonts fonts(document, options.font_regular, options.font_bold);
        {
            Pages pages(fonts);
            draw_cover(pages, report);
            for (const table::Table& t : report.tables)
                draw_table(pages, t);
            draw_signature(pages, report);
            pages.finish_with_footers(footer_text(report));
            pages.write_to(document);
        }
        fonts.mark_used_glyphs();
        set_metadata(document, report);
        write_document(document, path);
    } catch (const PoDoFo::PdfError& e) {
        // Anything PoDoFo itself refuses (it should not, once the fonts loaded) still names the file.
        std::error_code ec;
        std::filesystem::remove(path, ec);
        const char* reason = PoDoFo::PdfError::ErrorMessage(e.GetError());
        throw OutputError(path + ": galat: gagal membuat PDF (" + std::string(reason ? reason : "PoDoFo") +
                          ")");
    }
}

}  // namespace lkjip::render::pdf
