// lkjip report FOLDER -o OUTDIR [--format pdf,xlsx,docx] [--templates DIR] [--name NAME] [--force]
//              [--table NOMOR]... [--dump]
//              [--font TTF] [--font-bold TTF]
//              [--config FILE] [--set KEY=VALUE]...
#include <algorithm>
#include <future>

#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "compute/performance.hpp"
#include "document/builder.hpp"
#include "document/document_text.hpp"
#include "input/narrative_table.hpp"
#include "input/outline_reader.hpp"
#include "input/sentence_template_files.hpp"
#include "input/template_reader.hpp"
#include "output/output_set.hpp"
#include "pipeline/arguments.hpp"
#include "pipeline/load.hpp"
#include "pipeline/report_output.hpp"
#include "report/report_builder.hpp"
#include "report/table_builder.hpp"
#include "table/table_text.hpp"

namespace lkjip::cli {

const Command& report_command_info() {
    static const Command command{
        .name = "report",
        .summary = "tulis laporan LKjIP (PDF, XLSX dan DOCX) dari templat tabel",
        .usage = {"MASUKAN -o KELUARAN [--format pdf,xlsx,docx] [--templates FOLDER] [--name NAMA] [--force] "
                  "[--font TTF] [--font-bold TTF]",
                  "MASUKAN --dump [--table NOMOR]...", "MASUKAN --dump-document"},
        .description =
            "Menulis satu buku kerja (lembar Ikhtisar dan satu lembar per tabel), satu PDF dan satu dokumen "
            "Word (.docx) ke folder KELUARAN (--format memilih). PDF memuat seluruh LKjIP: sampul, kata "
            "pengantar, ikhtisar eksekutif, daftar isi dan "
            "daftar tabel, BAB I sampai IV dengan kalimat capaian yang dihasilkan dari data, teks staf dari "
            "narasi.csv dan tabel-tabelnya, serta lampiran Perjanjian Kinerja (--tables-only: tabel saja). "
            "DOCX memuat seluruh dokumen yang sama, selalu (juga dengan --tables-only), untuk disunting di "
            "Word "
            "atau LibreOffice sebelum ditandatangani: gaya judul, daftar isi yang dapat diperbarui, tabel "
            "dengan "
            "baris judul berulang, halaman mendatar untuk tabel lebar, grafik yang dapat disunting. "
            "Masukan yang sama menghasilkan berkas yang identik byte demi byte. Berkas ditulis "
            "dengan nama sementara lalu diganti nama bersama; berkas yang sudah ada hanya diganti dengan "
            "--force, dan tidak pernah bila berkas itu masukan. Huruf PDF bawaan: DejaVu Sans yang tertanam "
            "di lkjip.",
        .options = with_convention_options(with_font_options(
            {{.name = "output",
              .takes_value = true,
              .short_name = 'o',
              .value_name = "KELUARAN",
              .help = "folder keluaran",
              .kind = ValueKind::Folder},
             {.name = "format",
              .takes_value = true,
              .value_name = "DAFTAR",
              .help = "berkas yang ditulis, dipisah koma: pdf, xlsx, docx (bawaan: ketiganya)",
              .kind = ValueKind::Text},
             {.name = "templates",
              .takes_value = true,
              .value_name = "FOLDER",
              .help = "templat tabel laporan dari FOLDER (lihat init --templates)",
              .kind = ValueKind::Folder},
             {.name = "name",
              .takes_value = true,
              .value_name = "NAMA",
              .help = "nama berkas laporan tanpa akhiran (bawaan: dari profil OPD)",
              .kind = ValueKind::Text},
             {.name = "force", .help = "ganti berkas keluaran yang sudah ada (tidak pernah berkas masukan)"},
             {.name = "dump", .help = "tampilkan tabel sebagai teks alih-alih menulis berkas"},
             {.name = "dump-document",
              .help = "tampilkan seluruh dokumen (bab, kalimat yang dihasilkan, narasi, letak tabel) sebagai "
                      "teks"},
             {.name = "tables-only",
              .help =
                  "PDF hanya berisi tabel (sampul, tabel, tanda tangan), tanpa bab dan narasi; DOCX tetap "
                  "seluruh dokumen"},
             {.name = "table",
              .takes_value = true,
              .repeatable = true,
              .value_name = "NOMOR",
              .help = "hanya tabel NOMOR, mis. 3.1.1; boleh berulang",
              .kind = ValueKind::Text}})),
        .operands = ValueKind::Input,
        .run = report_command};
    return command;
}

int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArguments parsed = parse_arguments(args, report_command_info().options);
    if (parsed.positional.size() != 1 ||
        (!parsed.has("output") && !parsed.has("dump") && !parsed.has("dump-document")))
        throw usage_error(report_command_info());
    const std::string& input_folder = parsed.positional.front();
    // Everything about the outputs that can be checked before reading: the name, the document date, the
    // output folder against every input, the fonts.
    const std::vector<std::string> inputs = {input_folder, parsed.value("config"), parsed.value("templates"),
                                             parsed.value("font"), parsed.value("font-bold")};
    if (parsed.has("output") && parsed.has("format"))
        (void)parse_formats(parsed.value("format"));  // a mistyped format before anything is read
    check_outputs_before_reading(parsed, inputs);

    // The table templates are read and checked on a second thread while the input is read: two independent
    // jobs, and parsing the templates' JSON is about as much work as reading a whole input folder (bench/
    // run.py, callgrind). Their problems follow the input's, as if read after it, in the same pass.
    struct TemplatesRead {
        std::vector<report::TableTemplate> templates;
        Diagnostics diagnostics;
    };
    std::future<TemplatesRead> templates_read = std::async(std::launch::async, [&parsed] {
        TemplatesRead r;
        r.templates = parsed.has("templates")
                          ? input::read_table_templates(parsed.value("templates"), r.diagnostics)
                          : input::default_table_templates(r.diagnostics);
        for (const report::TableTemplate& t : r.templates)
            report::validate_template(t, r.diagnostics);  // every template problem in the same pass
        return r;
    });
    Loaded loaded = load_input(input_folder, parsed);
    TemplatesRead read = templates_read.get();
    std::vector<report::TableTemplate> templates = std::move(read.templates);
    for (const Diagnostic& d : read.diagnostics.items())
        loaded.diagnostics.add(d);
    // The generated sentences: the folder's *.mustache over the defaults, checked in the same pass.
    const input::SentenceTemplateFiles sentence_files =
        parsed.has("templates") ? input::read_sentence_template_files(parsed.value("templates"))
                                : input::SentenceTemplateFiles{};
    // The built-in sentence templates and outline are tested with lkjip: parsed only when the document is
    // written; the user's are checked on every run that names them.
    const Formats formats = parsed.has("format") ? parse_formats(parsed.value("format")) : Formats{};
    const bool needs_sentences =
        !parsed.has("tables-only") || formats.docx || parsed.has("dump-document") || parsed.has("templates");
    const document::SentenceTemplates sentences =
        needs_sentences ? document::SentenceTemplates::from(sentence_files.texts, sentence_files.paths,
                                                            loaded.diagnostics)
                        : document::SentenceTemplates{};
    // The outline: the folder's kerangka.json, else the default; checked in the same pass.
    const templates::DocumentOutline outline =
        parsed.has("templates")
            ? input::read_document_outline_in(parsed.value("templates"), loaded.diagnostics)
        : needs_sentences ? input::default_document_outline(loaded.diagnostics)
                          : templates::DocumentOutline{};
    const compute::Performance performance = compute_loaded(loaded);
    table::Report model = report::build_report(templates, performance);
    print_diagnostics(performance.diagnostics, err);
    if (parsed.has("table")) {
        const std::vector<std::string> wanted = parsed.all("table");
        for (const std::string& w : wanted) {
            if (std::none_of(model.tables.begin(), model.tables.end(),
                             [&](const table::Table& t) { return t.nomor == w; }))
                throw UsageError("tabel \"" + w + "\" tidak ada di templat");
        }
        std::erase_if(model.tables, [&](const table::Table& t) {
            return std::find(wanted.begin(), wanted.end(), t.nomor) == wanted.end();
        });
    }
    if (parsed.has("dump")) {
        for (const table::Table& t : model.tables)
            out << table::to_text(t) << '\n';
        return kOk;
    }
    const bool whole = !parsed.has("tables-only");
    const document::Document doc = whole || formats.docx || parsed.has("dump-document")
                                       ? document::build_document(performance, model, sentences, outline)
                                       : document::Document{};
    // The narrative blocks the document shows as placeholders, as `check` lists them, so that a user who
    // only runs `report` sees them too: said once the document is out (not when writing failed). Warnings:
    // the exit code stays 0.
    const auto warn_missing_narrative = [&] {
        Diagnostics missing;
        input::check_narrative_complete(loaded.input.opd, missing);
        print_diagnostics(missing, err);
    };
    if (parsed.has("dump-document")) {
        out << document::to_text(doc);
        warn_missing_narrative();
        return kOk;
    }

    ReportFiles files;
    files.folder = parsed.value("output");
    files.name = parsed.has("name") ? parsed.value("name") : default_report_name(loaded.input.opd.profile);
    files.inputs = inputs;
    files.replace_existing = parsed.has("force");
    files.font_regular = parsed.value("font");
    files.font_bold = parsed.value("font-bold");
    files.formats = formats;
    files.document = whole || formats.docx ? &doc : nullptr;
    files.tables_only_pdf = !whole;
    const std::vector<std::string> written = write_report_files(model, files);
    out << "Laporan ditulis (" << model.tables.size() << " tabel):\n";
    for (const std::string& path : written)
        out << "  " << path << '\n';
    if (whole)
        warn_missing_narrative();
    return kOk;
}

}  // namespace lkjip::cli
