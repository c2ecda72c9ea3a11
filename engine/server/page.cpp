#include "server/page.hpp"

#include "core/embedded_files.hpp"
#include "render/html/html_table.hpp"
#include "report/summary_tables.hpp"

namespace lkjip::server {

namespace {

using render::html::escape;

constexpr std::string_view kPage = "templates/web/halaman.html";
constexpr std::string_view kSlot = "<!--HASIL-->";

// The problems as a table (Tingkat, Lokasi, Pesan), drawn by the HTML table renderer like the report's.
table::Table problems_table(const std::vector<Diagnostic>& problems) {
    table::Table t;
    t.id = "masalah";
    t.judul = "Masalah pada masukan";
    t.columns.resize(3);
    t.header.push_back({table::Cell::of_text("Tingkat", table::Align::Center),
                        table::Cell::of_text("Lokasi", table::Align::Center),
                        table::Cell::of_text("Pesan", table::Align::Center)});
    for (const Diagnostic& d : problems) {
        table::Cell level = table::Cell::of_text(d.severity == Severity::Error ? "galat" : "peringatan",
                                                 table::Align::Center);
        // Shaded as the worst (galat) or a middle band (peringatan) of a three-band scale.
        level.shade = {"masalah", d.severity == Severity::Error ? 2 : 1, 3};
        t.rows.push_back(
            {table::RowRole::Data,
             {level, table::Cell::of_text(format_location(d.where)), table::Cell::of_text(d.message)}});
    }
    return t;
}

// The numbers of an uploaded draft that could not be matched, each with its place and why.
table::Table unmatched_table(const std::vector<audit::UnmatchedFigure>& unmatched) {
    table::Table t;
    t.id = "tidak-dikenal";
    t.judul = "Angka draf yang tidak dikenal";
    t.columns.resize(3);
    t.header.push_back({table::Cell::of_text("Angka", table::Align::Center),
                        table::Cell::of_text("Tempat", table::Align::Center),
                        table::Cell::of_text("Alasan", table::Align::Center)});
    for (const audit::UnmatchedFigure& u : unmatched)
        t.rows.push_back({table::RowRole::Data,
                          {table::Cell::of_text(u.nilai, table::Align::Right), table::Cell::of_text(u.tempat),
                           table::Cell::of_text(u.alasan)}});
    return t;
}

std::string counts(const std::vector<Diagnostic>& problems) {
    std::size_t errors = 0;
    for (const Diagnostic& d : problems)
        errors += d.severity == Severity::Error ? 1 : 0;
    return std::to_string(errors) + " galat, " + std::to_string(problems.size() - errors) + " peringatan";
}

}  // namespace

std::string page_html(const std::string& result) {
    const std::string page(embedded::find(kPage).value_or("<!--HASIL-->"));
    const std::size_t at = page.find(kSlot);
    if (at == std::string::npos)
        return page + result;
    return page.substr(0, at) + result + page.substr(at + kSlot.size());
}

std::string problems_section(const std::vector<Diagnostic>& problems) {
    std::string out = "<section id=\"hasil\" class=\"hasil gagal\">\n<h2>Masukan belum dapat diolah</h2>\n";
    out += "<p class=\"ringkas\">" + counts(problems) +
           ". Perbaiki setiap galat di sel yang disebut, simpan, lalu unggah lagi.</p>\n";
    out += render::html::render_table(problems_table(problems));
    out += "</section>\n";
    return out;
}

std::string result_section(const compute::Performance& performance, const table::Report& report,
                           const std::vector<Diagnostic>& warnings) {
    const model::Profile& profile = performance.opd->profile;
    std::string out = "<section id=\"hasil\" class=\"hasil\">\n";
    out += "<h2>" + escape(model::instansi_name(profile)) + " — tahun " + std::to_string(profile.tahun) +
           "</h2>\n";
    // The buttons post the upload form above again (form="form-masukan"): the file chosen there is still
    // selected, so nothing of the upload has to be kept on the server between requests.
    out +=
        "<p class=\"unduh\">Unduh laporan: "
        "<button type=\"submit\" form=\"form-masukan\" formaction=\"/unduh?format=xlsx\" "
        "id=\"unduh-xlsx\">XLSX</button> "
        "<button type=\"submit\" form=\"form-masukan\" formaction=\"/unduh?format=pdf\" "
        "id=\"unduh-pdf\">PDF</button> "
        "<button type=\"submit\" form=\"form-masukan\" formaction=\"/unduh?format=docx\" "
        "id=\"unduh-docx\">Unduh Word (.docx)</button></p>\n";
    out +=
        "<nav class=\"daftar\"><h2>Isi</h2><ul>\n<li><a href=\"#ringkasan\">Ringkasan</a></li>\n"
        "<li><a href=\"#masalah\">Masalah (" +
        std::to_string(warnings.size()) + ")</a></li>\n";
    for (const table::Table& t : report.tables) {
        out += "<li><a href=\"#" + escape(render::html::table_anchor(t)) + "\">Tabel " + escape(t.nomor) +
               "</a></li>\n";
    }
    out += "</ul></nav>\n";
    out += "<div id=\"ringkasan\">\n<h2>Ringkasan</h2>\n";
    for (const table::Table& t : report::summary_tables(performance))
        out += render::html::render_table(t);
    out += "</div>\n<div id=\"masalah\">\n<h2>Masalah</h2>\n";
    if (warnings.empty())
        out += "<p class=\"ringkas\">Tidak ada masalah: data siap diolah.</p>\n";
    else
        out += "<p class=\"ringkas\">" + counts(warnings) + " (data tetap dapat diolah).</p>\n" +
               render::html::render_table(problems_table(warnings));
    out += "</div>\n<div id=\"tabel-laporan\">\n<h2>Tabel laporan</h2>\n";
    out += render::html::render_tables(report);
    out += "</div>\n</section>\n";
    return out;
}

std::string audit_section(const audit::Result& result, std::size_t figures, const table::Report& sheet,
                          const audit::DraftFigures* draft) {
    const std::vector<audit::Finding>& findings = result.findings;
    std::string out = "<section id=\"hasil\" class=\"hasil\">\n<h2>Reviu angka tercetak</h2>\n";
    if (draft) {
        out += "<p class=\"ringkas\" id=\"dibaca\">Dibaca dari draf: <span id=\"angka-dibaca\">" +
               std::to_string(draft->read()) + "</span> angka, <span id=\"angka-dicocokkan\">" +
               std::to_string(draft->matched.size()) +
               "</span> dicocokkan, <span id=\"angka-tidak-dikenal\">" +
               std::to_string(draft->unmatched.size()) + "</span> tidak dikenal.</p>\n";
        if (!draft->unmatched.empty())
            out += render::html::render_table(unmatched_table(draft->unmatched));
    }
    out += "<p class=\"ringkas\">" + std::to_string(figures) +
           " angka tercetak diperiksa: " + std::to_string(audit::count(findings, audit::Severity::Galat)) +
           " galat, " + std::to_string(audit::count(findings, audit::Severity::Pembulatan)) +
           " pembulatan, " + std::to_string(audit::count(findings, audit::Severity::Peringatan)) +
           " peringatan.</p>\n";
    for (const audit::Note& n : result.notes)
        out += "<p class=\"catatan\" data-jenis=\"" + escape(n.jenis) +
               "\">Gaya laporan: " + escape(n.pesan) + "</p>\n";
    out += render::html::render_tables(sheet);
    out += "</section>\n";
    return out;
}

std::string message_section(int status, const std::string& message) {
    return "<section id=\"hasil\" class=\"hasil gagal\">\n<h2>Permintaan tidak dapat dilayani (" +
           std::to_string(status) + ")</h2>\n<p class=\"ringkas\">" + escape(message) + "</p>\n</section>\n";
}

}  // namespace lkjip::server
