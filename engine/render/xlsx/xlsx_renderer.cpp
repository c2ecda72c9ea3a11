#include "render/xlsx/xlsx_renderer.hpp"

#include "core/diagnostic.hpp"
#include "render/xlsx/workbook_file.hpp"
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

}  // namespace

void render_xlsx(const table::Report& report, const std::string& path, const XlsxOptions& options) {
    WorkbookFile file(path);
    lxw_workbook* workbook = file.get();
    std::string title = report.title;
    const std::string owner = report.opd + (report.pemda.empty() ? "" : " " + report.pemda);
    std::string subject = owner;
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
        "&L&8" + escape_footer(owner + " — LKjIP" + report.year_suffix()) + "&R&8Halaman &P dari &N";
    if (footer.size() > 255)
        footer = "&L&8" + escape_footer("LKjIP" + report.year_suffix()) + "&R&8Halaman &P dari &N";
    SheetContext ctx{workbook, formats, footer};
    for (const table::Table& t : report.tables)
        write_table_sheet(ctx, t);
    file.close();
}

}  // namespace lkjip::render::xlsx
