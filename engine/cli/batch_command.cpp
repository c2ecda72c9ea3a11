// lkjip batch INPUT... -o OUTDIR [-j N] [--audit] [--force] [--templates DIR] [--config FILE] [--set K=V]...
// Many OPD inputs (folders or workbooks) reported (and reviewed) in parallel; one bad input is reported and
// skipped.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <thread>
#include <utility>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/process_heap.hpp"
#include "cli/progress.hpp"
#include "compute/performance.hpp"
#include "core/temporary_files.hpp"
#include "core/text.hpp"
#include "document/builder.hpp"
#include "input/input_reader.hpp"
#include "input/outline_reader.hpp"
#include "input/sentence_template_files.hpp"
#include "input/template_reader.hpp"
#include "output/atomic_output.hpp"
#include "output/batch_text.hpp"
#include "output/output_set.hpp"
#include "pipeline/arguments.hpp"
#include "pipeline/load.hpp"
#include "pipeline/report_output.hpp"
#include "render/pdf/pdf_renderer.hpp"
#include "report/audit_tables.hpp"
#include "report/batch_recap.hpp"
#include "report/report_builder.hpp"
#include "report/table_builder.hpp"

namespace lkjip::cli {

namespace {

namespace fs = std::filesystem;

struct BatchSettings {
    const ParsedArguments* args;
    const std::vector<report::TableTemplate>* templates;
    const document::SentenceTemplates* sentences;  // read once, shared (read-only) by the workers
    const templates::DocumentOutline* outline;     // the same
    std::string output;
    bool audit = false;
    bool force = false;
    Formats formats;  // of each OPD's report (--format); the lembar reviu and the recap are XLSX and PDF
};

std::string first_problem(const std::vector<Diagnostic>& all) {
    for (const Diagnostic& d : all) {
        if (d.severity == Severity::Error)
            return format_diagnostic(d) + (all.size() > 1 ? " (dan masalah lain)" : "");
    }
    return all.empty() ? "masukan tidak sah" : format_diagnostic(all.front());
}

// The name of an input: its folder's name, or a workbook's file name without ".xlsx".
std::string base_name(const std::string& input) {
    fs::path p = fs::path(input).lexically_normal();
    if (p.filename().empty())
        p = p.parent_path();
    return input::is_workbook_path(input) ? p.stem().string() : p.filename().string();
}

// A path as it can be shown in the terminal and in the recap: bytes that are not UTF-8, and control
// characters, become \xHH (a folder name can hold any byte but "/" and NUL).
std::string printable(const std::string& path) {
    std::string out;
    std::string_view rest(path);
    auto escape = [&](unsigned char c) {
        static const char* hex = "0123456789ABCDEF";
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    };
    while (!rest.empty()) {
        const std::optional<std::size_t> bad = text::find_invalid_utf8(rest);
        const std::string_view good = rest.substr(0, bad.value_or(rest.size()));
        for (char c : good) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7F)
                escape(u);
            else
                out += c;
        }
        if (!bad)
            break;
        escape(static_cast<unsigned char>(rest[*bad]));
        rest.remove_prefix(*bad + 1);
    }
    return out;
}

// Every input and option file of the run: no output may be, or be inside, one of them.
std::vector<std::string> all_inputs(const ParsedArguments& args) {
    std::vector<std::string> inputs = args.positional;
    inputs.push_back(args.value("config"));
    inputs.push_back(args.value("templates"));
    return inputs;
}

// Reads, computes, writes the report (and the lembar reviu) of one input. Never throws.
report::BatchResult process(const std::string& folder, const BatchSettings& s) {
    report::BatchResult r;
    r.folder = printable(folder);
    try {
        if (r.folder != folder)
            throw InputError(SourceLocation::in_file(r.folder),
                             "nama masukan memuat bita yang bukan UTF-8 atau karakter kendali; ganti namanya "
                             "(nama itu menjadi nama berkas keluaran dan baris rekap)");
        Loaded loaded = load_input(folder, *s.args);
        std::vector<model::PrintedFigure> printed;
        if (s.audit)
            printed = load_printed_figures(folder, loaded, "", false);
        const compute::Performance p = compute_loaded(loaded);
        const std::string name = base_name(folder);
        ReportFiles files;
        files.folder = s.output;
        files.name = name;
        files.inputs = all_inputs(*s.args);
        files.replace_existing = s.force;
        files.remove_stale = false;  // done once, before the workers start
        const table::Report tables = report::build_report(*s.templates, p);
        // The whole document, as `report` writes it; the lembar reviu below stays a tables-only PDF.
        const document::Document doc = document::build_document(p, tables, *s.sentences, *s.outline);
        files.document = &doc;
        files.formats = s.formats;
        write_report_files(tables, files);
        files.document = nullptr;
        files.formats = Formats{};
        if (s.audit) {
            const audit::Result result = audit::audit(printed, p);
            const std::vector<audit::Finding>& findings = result.findings;
            files.name = name + "-reviu";
            write_report_files(report::audit_report(result, printed.size(), p), files);
            r.audited = true;
            r.galat = audit::count(findings, audit::Severity::Galat);
            r.pembulatan = audit::count(findings, audit::Severity::Pembulatan);
            r.peringatan = audit::count(findings, audit::Severity::Peringatan);
        }
        const model::Profile& profile = p.opd->profile;
        r.ok = true;
        r.input_warnings = p.diagnostics.warning_count();
        r.opd = profile.nama_opd;
        r.pemda = profile.pemda;
        r.tahun = profile.tahun;
        r.capaian = p.overall.capaian.value;
        r.predikat = p.overall.predikat.value_or("n/a");
        r.atribut = p.overall.atribut.value_or("n/a");
        r.pagu = p.budget.total.pagu();
        r.realisasi = p.budget.total.realisasi;
        r.serapan = p.budget.serapan_total;
    } catch (const InputErrors& e) {
        r.error = printable(first_problem(e.diagnostics()));
    } catch (const InputError& e) {
        r.error = printable(format_diagnostic(e.diagnostic()));
    } catch (const std::exception& e) {
        r.error = printable(e.what());
    }
    return r;
}

unsigned thread_count(const ParsedArguments& args) {
    if (!args.has("jobs"))
        return std::max(1u, std::thread::hardware_concurrency());
    const std::string v = args.value("jobs");
    unsigned n = 0;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || ptr != v.data() + v.size() || n == 0 || n > 256)
        throw UsageError("-j: jumlah utas 1-256 diharapkan, ditemukan \"" + v + "\"");
    return n;
}

}  // namespace

const Command& batch_command_info() {
    static const Command command{
        .name = "batch",
        .summary = "laporan (dan reviu) banyak OPD sekaligus, dengan rekap",
        .usage = {"MASUKAN... -o KELUARAN [-j N] [--format pdf,xlsx,docx] [--audit] [--force] "
                  "[--templates FOLDER]"},
        .description =
            "Menulis <nama>.xlsx, <nama>.pdf dan <nama>.docx (--format memilih) untuk setiap MASUKAN "
            "(folder, "
            "atau buku kerja NAMA.xlsx), "
            "dan "
            "dengan --audit juga <nama>-reviu.xlsx/.pdf, pada N utas, lalu rekap.xlsx/.pdf: satu baris per "
            "OPD, yang terbaik lebih dulu, masukan yang gagal di akhir dengan masalah pertamanya. Satu "
            "masukan "
            "yang buruk tidak menghentikan yang lain (kode keluar 7). Di terminal, kemajuan tampil pada satu "
            "baris yang diperbarui.",
        .options = with_convention_options(
            {{.name = "output",
              .takes_value = true,
              .short_name = 'o',
              .value_name = "KELUARAN",
              .help = "folder keluaran (wajib)",
              .kind = ValueKind::Folder},
             {.name = "jobs",
              .takes_value = true,
              .short_name = 'j',
              .value_name = "N",
              .help = "jumlah utas, 1-256 (bawaan: semua inti)",
              .kind = ValueKind::Text},
             {.name = "format",
              .takes_value = true,
              .value_name = "DAFTAR",
              .help = "berkas laporan tiap OPD, dipisah koma: pdf, xlsx, docx (bawaan: ketiganya; rekap dan "
                      "reviu selalu XLSX dan PDF)",
              .kind = ValueKind::Text},
             {.name = "audit", .help = "reviu juga angka tercetak setiap masukan"},
             {.name = "force", .help = "ganti berkas keluaran yang sudah ada (tidak pernah berkas masukan)"},
             {.name = "templates",
              .takes_value = true,
              .value_name = "FOLDER",
              .help = "templat tabel laporan dari FOLDER (lihat init --templates)",
              .kind = ValueKind::Folder}}),
        .operands = ValueKind::Input,
        .run = batch_command};
    return command;
}

int batch_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArguments parsed = parse_arguments(args, batch_command_info().options);
    if (parsed.positional.empty() || !parsed.has("output"))
        throw usage_error(batch_command_info());
    const unsigned jobs = thread_count(parsed);
    check_source_date_epoch();
    const Formats formats = parsed.has("format") ? parse_formats(parsed.value("format")) : Formats{};

    // Every output the run can write, checked against every input before anything is written: two
    // inputs with the same name, or an input named like the recap, would write the same files; no output
    // may land on or in an input. (The set goes before the reports start: they can use its memory.)
    {
        const std::string& folder = parsed.value("output");
        const std::vector<std::string> inputs = all_inputs(parsed);
        output::refuse_output_into_inputs(folder, inputs);
        std::map<std::string, std::string> names;  // output name -> the input it comes from
        std::set<std::string> reports;             // the names that are an OPD's report (--format)
        auto claim = [&](const std::string& name, const std::string& input) {
            const auto [it, fresh] = names.emplace(name, input);
            if (fresh)
                return;
            if (it->second.empty() || input.empty())
                throw UsageError("masukan bernama \"" + printable(name) +
                                 "\" akan bentrok dengan rekap batch (" + name +
                                 ".xlsx/.pdf); ganti nama folder atau buku kerjanya");
            throw UsageError("dua masukan bernama \"" + printable(name) +
                             "\"; nama file keluaran akan bentrok");
        };
        claim("rekap", "");
        for (const std::string& f : parsed.positional) {
            const std::string name = base_name(f);
            claim(name, f);
            reports.insert(name);
            if (parsed.has("audit"))
                claim(name + "-reviu", f);
        }
        // An existing output would only be refused once the others are written (the recap last): refused
        // here instead, so that a batch writes everything or, for these reasons, nothing.
        for (const auto& [name, input] : names) {
            std::vector<std::string> extensions = {".xlsx", ".pdf"};
            if (reports.count(name)) {
                extensions.clear();
                if (formats.xlsx)
                    extensions.push_back(".xlsx");
                if (formats.pdf)
                    extensions.push_back(".pdf");
                if (formats.docx)
                    extensions.push_back(".docx");
            }
            for (const std::string& extension : extensions) {
                const std::string path = (fs::path(folder) / (name + extension)).string();
                output::refuse_output_into_inputs(path, inputs);
                std::error_code ec;
                const fs::file_status existing = fs::symlink_status(path, ec);
                if (fs::is_directory(existing))
                    throw OutputError(path + ": galat: sudah ada folder dengan nama ini");
                if (fs::exists(existing) && !parsed.has("force"))
                    throw OutputError(output::placing_failed(path, EEXIST));
            }
        }
    }
    Diagnostics template_problems;
    const std::vector<report::TableTemplate> templates =
        parsed.has("templates") ? input::read_table_templates(parsed.value("templates"), template_problems)
                                : input::default_table_templates(template_problems);
    for (const report::TableTemplate& t : templates)
        report::validate_template(t, template_problems);
    // The document's sentences and outline: the --templates folder's over the defaults, as for `report`.
    const input::SentenceTemplateFiles sentence_files =
        parsed.has("templates") ? input::read_sentence_template_files(parsed.value("templates"))
                                : input::SentenceTemplateFiles{};
    const document::SentenceTemplates sentences =
        document::SentenceTemplates::from(sentence_files.texts, sentence_files.paths, template_problems);
    const templates::DocumentOutline outline =
        parsed.has("templates")
            ? input::read_document_outline_in(parsed.value("templates"), template_problems)
            : input::default_document_outline(template_problems);
    template_problems.throw_if_errors();

    remove_stale_temporaries(parsed.value("output"));
    render::pdf::prepare_pdf_library();  // PoDoFo's global settings, before the workers start
    BatchSettings settings{&parsed,
                           &templates,
                           &sentences,
                           &outline,
                           parsed.value("output"),
                           parsed.has("audit"),
                           parsed.has("force"),
                           formats};
    std::vector<report::BatchResult> results(parsed.positional.size());
    std::atomic<std::size_t> next{0};
    BatchProgress progress(err, is_terminal(err), results.size());
    auto worker = [&] {
        for (std::size_t i = next++; i < results.size(); i = next++) {
            results[i] = process(parsed.positional[i], settings);
            progress.finished_one();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned k = 1; k < std::min<std::size_t>(jobs, results.size()); ++k)
        threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads)
        t.join();
    progress.finish();
    // The recap is built on this thread and grows with the number of inputs; without this it came on top
    // of what the workers' arenas still held, and peak RSS grew with the input count (1.16x for 1,000 vs
    // 100 OPDs, measured).
    release_free_heap();

    // The recap names every input; it is written even when some failed, so the others can be read.
    ReportFiles recap;
    recap.folder = settings.output;
    recap.name = "rekap";
    recap.inputs = all_inputs(parsed);
    recap.replace_existing = settings.force;
    // The terminal lines are in input order; the recap takes the results over for sorting (not a copy).
    const std::string lines = output::batch_text(results, settings.audit);
    const bool any_failed = std::any_of(results.begin(), results.end(), [](const auto& r) { return !r.ok; });
    // The results are freed before the recap is drawn: drawing its rows is the batch's peak of memory.
    const table::Report recap_report =
        report::batch_recap(report::sorted_for_recap(std::move(results)), settings.audit);
    const std::vector<std::string> written = write_report_files(recap_report, recap);
    out << lines;
    for (const std::string& path : written)
        err << "Rekap ditulis: " << path << '\n';
    return any_failed ? kBatchFailures : kOk;
}

}  // namespace lkjip::cli
