#include "server/api.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

#include "audit/audit.hpp"
#include "audit/draft_matching.hpp"
#include "document/builder.hpp"
#include "input/draft/draft_reader.hpp"
#include "input/input_form.hpp"
#include "input/narrative_table.hpp"
#include "input/outline_reader.hpp"
#include "input/template_reader.hpp"
#include "input/zipped_folder.hpp"
#include "output/audit_output.hpp"
#include "output/json_writer.hpp"
#include "output/performance_json.hpp"
#include "pipeline/load.hpp"
#include "pipeline/report_output.hpp"
#include "render/docx/docx_renderer.hpp"
#include "render/pdf/pdf_renderer.hpp"
#include "render/xlsx/input_form_writer.hpp"
#include "render/xlsx/xlsx_renderer.hpp"
#include "report/audit_tables.hpp"
#include "report/report_builder.hpp"
#include "report/table_builder.hpp"
#include "server/page.hpp"
#include "server/workspace.hpp"

namespace lkjip::server {

namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr const char* kPdf = "application/pdf";
constexpr const char* kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

void write_file(const std::string& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out)
        throw OutputError("berkas sementara tidak dapat ditulis");
}

// The outline compiled into lkjip (the page offers no --templates), read once.
const templates::DocumentOutline& default_outline() {
    static const templates::DocumentOutline outline = [] {
        Diagnostics d;
        templates::DocumentOutline o = input::default_document_outline(d);
        d.throw_if_errors();
        return o;
    }();
    return outline;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        throw OutputError("berkas hasil tidak dapat dibaca kembali");
    return bytes;
}

// The upload under a fixed name in the workspace: masukan.xlsx, or the folder masukan/ for a zip. Which
// of the two is decided by the bytes; the client's file name is never looked at.
std::string place_input(const Workspace& ws, const Upload& upload) {
    if (!upload.masukan || upload.masukan->empty())
        throw InputError(SourceLocation::in_file("masukan"),
                         "tidak ada berkas masukan: unggah buku kerja masukan (.xlsx) atau folder masukan "
                         "dalam satu berkas .zip (kolom formulir \"masukan\")");
    switch (input::upload_kind(*upload.masukan)) {
        case input::UploadKind::Workbook: {
            const std::string path = ws.file("masukan.xlsx");
            write_file(path, *upload.masukan);
            return path;
        }
        case input::UploadKind::ZippedFolder: {
            const std::string folder = ws.file("masukan");
            std::filesystem::create_directory(folder);
            input::extract_zipped_folder(*upload.masukan, "masukan.zip", folder);
            return folder;
        }
        case input::UploadKind::Unknown:
            break;
    }
    throw InputError(SourceLocation::in_file("masukan"),
                     "berkas bukan buku kerja .xlsx dan bukan arsip .zip; unggah buku kerja dari "
                     "lkjip init --xlsx atau folder masukan yang di-zip");
}

cli::Loaded load_upload(const Workspace& ws, const Upload& upload) {
    return cli::load_input(place_input(ws, upload), cli::ParsedArguments{});
}

std::string problems_json(const std::vector<Diagnostic>& items, const Workspace& ws) {
    output::JsonWriter w;
    w.begin_object().key("masalah").begin_array();
    std::int64_t errors = 0;
    for (const Diagnostic& d : items) {
        errors += d.severity == Severity::Error ? 1 : 0;
        w.begin_object()
            .field("lokasi", ws.relative(format_location(d.where)))
            .field("pesan", ws.relative(d.message))
            .field("tingkat", d.severity == Severity::Error ? "galat" : "peringatan")
            .end_object();
    }
    w.end_array();
    w.field("galat", errors).field("peringatan", static_cast<std::int64_t>(items.size()) - errors);
    w.end_object();
    return w.str();
}

Reply problems_reply(std::vector<Diagnostic> items, const Workspace& ws, bool html) {
    for (Diagnostic& d : items) {
        d.where.file = ws.relative(d.where.file);
        d.message = ws.relative(d.message);
    }
    Reply r;
    r.status = 422;
    if (html) {
        r.content_type = kHtml;
        r.body = page_html(problems_section(items));
    } else {
        r.body = problems_json(items, ws);
    }
    return r;
}

// One request's work in its own workspace, with every error turned into its answer here: bad input is a
// 422 listing the problems, anything else a 500 (the message without the workspace's path).
Reply guarded(bool html, const std::function<Reply(const Workspace&)>& work) {
    try {
        const Workspace ws;
        try {
            return work(ws);
        } catch (const InputErrors& e) {
            return problems_reply(e.diagnostics(), ws, html);
        } catch (const InputError& e) {
            return problems_reply({e.diagnostic()}, ws, html);
        } catch (const OutputError& e) {
            return error_reply(500, ws.relative(e.what()), html);
        } catch (const std::exception& e) {
            return error_reply(500, "galat internal lkjip: " + ws.relative(e.what()), html);
        }
    } catch (const std::exception& e) {
        return error_reply(500, e.what(), html);
    }
}

// What `lkjip check` lists: reading problems, then, when the data can be computed, the roll-up's.
Diagnostics check_problems(const cli::Loaded& loaded) {
    Diagnostics all = loaded.diagnostics;
    if (!loaded.diagnostics.has_errors() && loaded.conventions) {
        const compute::Performance p = compute::compute(loaded.input.opd, *loaded.conventions);
        for (const Diagnostic& d : p.diagnostics.items())
            all.add(d);
        input::check_narrative_complete(loaded.input.opd, all);
    }
    return all;
}

// The default report templates, each checked as `lkjip report` checks them.
std::vector<report::TableTemplate> checked_templates(cli::Loaded& loaded) {
    std::vector<report::TableTemplate> templates = input::default_table_templates(loaded.diagnostics);
    for (const report::TableTemplate& t : templates)
        report::validate_template(t, loaded.diagnostics);
    return templates;
}

std::string audit_printed_file(const Workspace& ws, const Upload& upload) {
    if (!upload.tercetak || upload.tercetak->empty())
        return {};
    const std::string path = ws.file("angka_tercetak.csv");
    write_file(path, *upload.tercetak);
    return path;
}

bool has(const std::optional<std::string_view>& field) {
    return field && !field->empty();
}

// The uploaded draft's figures, read as `audit --draft` reads them (named "draf" in messages).
audit::DraftFigures draft_figures(std::string_view bytes, const compute::Performance& performance) {
    const SourceLocation draf = SourceLocation::in_file("draf");
    if (bytes.size() > kMaxDraftBytes)
        throw InputError(draf, "draf terlalu besar: " + std::to_string(bytes.size() / (1024 * 1024)) +
                                   " MiB; paling besar " + std::to_string(kMaxDraftBytes / (1024 * 1024)) +
                                   " MiB (simpan drafnya tanpa gambar, atau unggah angka_tercetak.csv)");
    audit::DraftFigures figures =
        audit::match_draft(input::draft::read_draft_bytes(std::string(bytes), "draf"), performance);
    // "No finding" about a draft of which nothing was read would be a false all-clear.
    if (figures.read() == 0)
        throw InputError(draf,
                         "tidak ada angka yang terbaca dari tabel draf (tabel dikenali dari judulnya "
                         "\"Tabel ...\" dan baris bernomor, berkode atau berangka); periksa berkasnya, atau "
                         "unggah angka tercetaknya sebagai angka_tercetak.csv");
    return figures;
}

// The reviu of an upload: its printed figures (the `tercetak` field, the figures read from the `draf`
// field, or the input's own) against its data. Filled in place and never moved: `performance` points into
// `loaded`.
struct AuditRun {
    cli::Loaded loaded;
    std::vector<model::PrintedFigure> printed;
    compute::Performance performance;
    std::optional<audit::DraftFigures> draft;
    audit::Result result;

    AuditRun(const Workspace& ws, const Upload& upload) : loaded(load_upload(ws, upload)) {
        if (has(upload.draf) && has(upload.tercetak))
            throw InputError(SourceLocation::in_file("draf"),
                             "unggah angka tercetak (.csv) atau draf (.docx/.pdf), tidak keduanya");
        if (!has(upload.draf))
            printed = cli::load_printed_figures(
                loaded.input.workbook ? ws.file("masukan.xlsx") : ws.file("masukan"), loaded,
                audit_printed_file(ws, upload), true);
        performance = cli::compute_loaded(loaded);
        if (has(upload.draf)) {
            draft = draft_figures(*upload.draf, performance);
            printed = draft->matched;
        }
        result = audit::audit(printed, performance);
    }
    const audit::DraftFigures* draft_read() const { return draft ? &*draft : nullptr; }
    AuditRun(const AuditRun&) = delete;
    AuditRun& operator=(const AuditRun&) = delete;
};

}  // namespace

Reply api_check(const Upload& upload) {
    return guarded(false, [&](const Workspace& ws) {
        const cli::Loaded loaded = load_upload(ws, upload);
        const Diagnostics all = check_problems(loaded);
        Reply r;
        r.status = all.has_errors() ? 422 : 200;
        r.body = problems_json(all.items(), ws);
        return r;
    });
}

Reply api_compute(const Upload& upload) {
    return guarded(false, [&](const Workspace& ws) {
        const cli::Loaded loaded = load_upload(ws, upload);
        const compute::Performance performance = cli::compute_loaded(loaded);
        Reply r;
        r.body = ws.relative(output::performance_json(performance));
        return r;
    });
}

namespace {

Reply report_file(const Upload& upload, const std::string& format, bool html) {
    if (format != "xlsx" && format != "pdf" && format != "docx")
        return error_reply(400, "format laporan \"" + format + "\" tidak dikenal: xlsx, pdf atau docx", html);
    return guarded(html, [&](const Workspace& ws) {
        cli::Loaded loaded = load_upload(ws, upload);
        const std::vector<report::TableTemplate> templates = checked_templates(loaded);
        const compute::Performance performance = cli::compute_loaded(loaded);
        const table::Report model = report::build_report(templates, performance);
        Reply r;
        r.file_name = cli::default_report_name(loaded.input.opd.profile) + "." + format;
        const std::string path = ws.file("laporan." + format);
        if (format == "xlsx") {
            render::xlsx::XlsxOptions options;
            options.created = cli::document_time(model.tahun);
            render::xlsx::render_xlsx(model, path, options);
            r.content_type = kXlsx;
        } else if (format == "pdf") {
            // The whole document, as `lkjip report` writes it.
            render::pdf::render_document_pdf(
                document::build_document(performance, model, document::SentenceTemplates::defaults(),
                                         default_outline()),
                path);
            r.content_type = kPdf;
        } else {
            // As `lkjip report` writes it: the contents carry the pages of the PDF's layout, so the PDF is
            // laid out (in the workspace) too.
            const document::Document doc = document::build_document(
                performance, model, document::SentenceTemplates::defaults(), default_outline());
            const render::pdf::DocumentPages pages =
                render::pdf::render_document_pdf(doc, ws.file("tata-letak.pdf"));
            render::docx::DocxOptions options;
            options.created = cli::document_time(model.tahun);
            options.heading_pages = pages.headings;
            options.table_pages = pages.tables;
            render::docx::render_docx(doc, path, options);
            r.content_type = kDocx;
        }
        r.body = read_file(path);
        return r;
    });
}

}  // namespace

Reply api_report(const Upload& upload, const std::string& format) {
    return report_file(upload, format, false);
}

Reply page_download(const Upload& upload, const std::string& format) {
    return report_file(upload, format, true);
}

Reply api_audit(const Upload& upload) {
    return guarded(false, [&](const Workspace& ws) {
        const AuditRun run(ws, upload);
        Reply r;
        r.body = ws.relative(
            output::audit_json(run.result, run.printed.size(), run.performance, run.draft_read()));
        return r;
    });
}

Reply api_init() {
    return guarded(false, [&](const Workspace& ws) {
        const table::InputForm form = input::build_input_form(input::example_files(), "contoh");
        const std::string path = ws.file("masukan.xlsx");
        render::xlsx::render_input_form(form, path, cli::document_time(form.tahun ? form.tahun : 2024));
        Reply r;
        r.content_type = kXlsx;
        r.file_name = "masukan-lkjip.xlsx";
        r.body = read_file(path);
        return r;
    });
}

Reply page_index() {
    Reply r;
    r.content_type = kHtml;
    r.body = page_html("");
    return r;
}

Reply page_result(const Upload& upload) {
    return guarded(true, [&](const Workspace& ws) {
        cli::Loaded loaded = load_upload(ws, upload);
        const std::vector<report::TableTemplate> templates = checked_templates(loaded);
        const Diagnostics all = check_problems(loaded);
        if (all.has_errors())
            throw InputErrors(all.items());  // every problem, warnings included, with its cell
        const compute::Performance performance = cli::compute_loaded(loaded);
        const table::Report model = report::build_report(templates, performance);
        std::vector<Diagnostic> warnings = performance.diagnostics.items();
        for (Diagnostic& d : warnings) {
            d.where.file = ws.relative(d.where.file);
            d.message = ws.relative(d.message);
        }
        Reply r;
        r.content_type = kHtml;
        r.body = page_html(result_section(performance, model, warnings));
        return r;
    });
}

Reply page_audit(const Upload& upload) {
    return guarded(true, [&](const Workspace& ws) {
        const AuditRun run(ws, upload);
        table::Report sheet = report::audit_report(run.result, run.printed.size(), run.performance);
        for (table::Table& t : sheet.tables) {
            for (table::Row& row : t.rows) {
                for (table::Cell& c : row.cells)
                    c.text = ws.relative(c.text);
            }
        }
        Reply r;
        r.content_type = kHtml;
        r.body = page_html(audit_section(run.result, run.printed.size(), sheet, run.draft_read()));
        return r;
    });
}

Reply error_reply(int status, const std::string& message, bool html) {
    Reply r;
    r.status = status;
    if (html) {
        r.content_type = kHtml;
        r.body = page_html(message_section(status, message));
        return r;
    }
    output::JsonWriter w;
    w.begin_object().key("masalah").begin_array();
    w.begin_object().field("lokasi", "").field("pesan", message).field("tingkat", "galat").end_object();
    w.end_array().end_object();
    r.body = w.str();
    return r;
}

}  // namespace lkjip::server
