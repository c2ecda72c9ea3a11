#include "render/xlsx/xlsx_renderer.hpp"

#include <cstdio>

#include "core/diagnostic.hpp"
#include "render/xlsx/xlsx_formats.hpp"
#include "render/xlsx/xlsx_sheet.hpp"
#include "render/xlsx/xlsxwriter.hpp"

namespace lkjip::render::xlsx {

namespace {

// Excel's header/footer codes start with '&': a literal ampersand is written twice.
std::string escape_footer(const std::string& s) {
    std::string out;
    for (char c : s) {
        out += c;
        if (c == '&')
            out += '&';
    }
    return out;
}

// Frees the workbook without writing it when an error interrupts the build.
struct WorkbookGuard {
    lxw_workbook* workbook;
    ~WorkbookGuard() {
        if (workbook)
            lxw_workbook_free(workbook);
    }
};

}  // namespace

void render_xlsx(const table::Report& report, const std::string& path, const XlsxOptions& options) {
    lxw_workbook_options workbook_options = {};
    lxw_workbook* workbook = workbook_new_opt(path.c_str(), &workbook_options);
    if (!workbook)
        throw OutputError(path + ": buku kerja tidak dapat dibuat");
    WorkbookGuard guard{workbook};
    try {
        std::string title = report.title;
        std::string subject = report.opd + " " + report.pemda;
        std::string author = report.opd;
        std::string company = report.pemda;
        std::string comments = "Dibuat dengan lkjip dari data primer; nilai tersimpan adalah hasil mesin.";
        lxw_doc_properties properties = {};
        properties.title = title.data();
        properties.subject = subject.data();
        properties.author = author.data();
        properties.company = company.data();
        properties.comments = comments.data();
        properties.created = options.created;
        if (workbook_set_properties(workbook, &properties) != LXW_NO_ERROR)
            throw OutputError(path + ": properti dokumen gagal ditulis");

        FormatCache formats(workbook);
        // Footer: OPD and year on the left, page numbers on the right, on every printed page.
        std::string footer =
            "&L&8" +
            escape_footer(report.opd + " " + report.pemda + " — LKjIP " + std::to_string(report.tahun)) +
            "&R&8Halaman &P dari &N";
        if (footer.size() > 255)
            footer =
                "&L&8" + escape_footer("LKjIP " + std::to_string(report.tahun)) + "&R&8Halaman &P dari &N";
        SheetContext ctx{workbook, formats, footer};
        for (const table::Table& t : report.tables)
            write_table_sheet(ctx, t);
    } catch (...) {
        std::remove(path.c_str());
        throw;
    }
    guard.workbook = nullptr;
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        std::remove(path.c_str());
        throw OutputError(path + ": buku kerja gagal ditulis: " + lxw_strerror(closed));
    }
}

}  // namespace lkjip::render::xlsx
