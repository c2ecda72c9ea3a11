#include "render/docx/docx_renderer.hpp"

#include <chrono>
#include <stdexcept>
#include <string_view>
#include <system_error>

#include "core/diagnostic.hpp"
#include "core/system_error.hpp"
#include "core/temporary_files.hpp"
#include "render/docx/body_xml.hpp"
#include "render/docx/docx_parts.hpp"
#include "render/docx/zip_package.hpp"

namespace lkjip::render::docx {

namespace {

constexpr std::string_view kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr std::string_view kWordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::time_t default_date(int tahun) {
    using namespace std::chrono;
    const int y = tahun > 0 && tahun < 9999 ? tahun + 1 : 2000;
    return static_cast<std::time_t>(
        duration_cast<seconds>(sys_days{year{y} / January / 1}.time_since_epoch()).count());
}

std::string subject_of(const table::Report& report) {
    std::string subject = "Laporan Kinerja Instansi Pemerintah (LKjIP)";
    for (const std::string& part : {report.opd, report.pemda}) {
        if (!part.empty())
            subject += " " + part;
    }
    if (report.tahun > 0)
        subject += " Tahun" + report.year_suffix();
    return subject;
}

// Every part but the content types and the relationships, in package order.
std::vector<Part> parts_of(const document::Document& doc, const DocxOptions& options) {
    Body body = body_xml(doc, BodyOptions{options.heading_pages, options.table_pages});
    const std::time_t created = options.created.value_or(default_date(doc.report.tahun));
    std::vector<Part> parts;
    const auto word = [&](std::string name, std::string_view type, std::string_view rel, std::string id,
                          std::string data) {
        parts.push_back(Part{std::move(name), std::string(kWordType) + std::string(type),
                             rel.empty() ? std::string() : std::string(kOfficeRel) + std::string(rel),
                             std::move(id), std::move(data)});
    };
    word("word/document.xml", "document.main+xml", "", "", std::move(body.xml));
    word("word/styles.xml", "styles+xml", "styles", "rIdStyles", styles_xml());
    word("word/settings.xml", "settings+xml", "settings", "rIdSettings", settings_xml());
    word("word/numbering.xml", "numbering+xml", "numbering", "rIdNumbering",
         numbering_xml(body.numbered_lists));
    word("word/header1.xml", "header+xml", "header", kHeaderId, header_xml(doc.header));
    word("word/footer1.xml", "footer+xml", "footer", kFooterId,
         footer_xml(doc.footer, table::Orientation::Portrait));
    word("word/footer2.xml", "footer+xml", "footer", kLandscapeFooterId,
         footer_xml(doc.footer, table::Orientation::Landscape));
    for (std::size_t i = 0; i < body.charts.size(); ++i)
        parts.push_back(Part{"word/charts/chart" + std::to_string(i + 1) + ".xml",
                             "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                             std::string(kOfficeRel) + "chart", chart_id(i), std::move(body.charts[i])});
    parts.push_back(
        Part{"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", "", "",
             core_properties_xml(doc.report.title, doc.report.opd, subject_of(doc.report), created)});
    parts.push_back(Part{"docProps/app.xml",
                         "application/vnd.openxmlformats-officedocument.extended-properties+xml", "", "",
                         app_properties_xml()});
    return parts;
}

// The zip entries in the fixed order: content types, root relationships, the word/ parts, the document's
// relationships, the properties.
std::vector<ZipEntry> entries_of(std::vector<Part> parts) {
    std::vector<ZipEntry> out;
    out.push_back(ZipEntry{"[Content_Types].xml", content_types_xml(parts)});
    out.push_back(ZipEntry{"_rels/.rels", root_relationships_xml()});
    std::string relationships = document_relationships_xml(parts);
    bool related = false;
    for (Part& p : parts) {
        if (!related && p.name.rfind("word/", 0) != 0) {
            out.push_back(ZipEntry{"word/_rels/document.xml.rels", std::move(relationships)});
            related = true;
        }
        out.push_back(ZipEntry{std::move(p.name), std::move(p.data)});
    }
    if (!related)
        out.push_back(ZipEntry{"word/_rels/document.xml.rels", std::move(relationships)});
    return out;
}

}  // namespace

std::string docx_bytes(const document::Document& doc, const DocxOptions& options) {
    const std::time_t created = options.created.value_or(default_date(doc.report.tahun));
    return zip_package(entries_of(parts_of(doc, options)), zip_date(created));
}

std::vector<std::string> docx_part_names(const document::Document& doc) {
    std::vector<std::string> names;
    for (const ZipEntry& e : entries_of(parts_of(doc, DocxOptions{})))
        names.push_back(e.name);
    return names;
}

void render_docx(const document::Document& doc, const std::string& path, const DocxOptions& options) {
    std::string bytes;
    try {
        bytes = docx_bytes(doc, options);
    } catch (const std::runtime_error& e) {
        throw OutputError(path + ": galat: gagal membuat DOCX: " + e.what());
    }
    // Created through the temporaries' registry: nothing is created once an interruption has begun.
    const TemporaryWrite written = write_temporary_file(path, bytes);
    if (written.failed == TemporaryWrite::Failed::Creating)
        throw OutputError(path + ": galat: tidak dapat membuat berkas DOCX: " + system_reason(written.error));
    if (written.failed == TemporaryWrite::Failed::Writing)
        throw OutputError(path + ": galat: gagal menulis berkas DOCX: " + system_reason(written.error));
}

}  // namespace lkjip::render::docx
