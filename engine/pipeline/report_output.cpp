#include "pipeline/report_output.hpp"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <future>
#include <optional>
#include <string_view>

#include "core/suggest.hpp"
#include "core/temporary_files.hpp"
#include "core/text.hpp"
#include "input/file_access.hpp"
#include "output/output_set.hpp"
#include "pipeline/arguments.hpp"
#include "render/docx/docx_renderer.hpp"
#include "render/pdf/pdf_renderer.hpp"
#include "render/xlsx/xlsx_renderer.hpp"

namespace lkjip::cli {

namespace {

// 9999-12-31T23:59:59Z: the last second a four-digit year (and Excel) can show.
constexpr long long kLastEpoch = 253402300799LL;

std::optional<std::time_t> source_date_epoch() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch == nullptr || *epoch == '\0')
        return std::nullopt;
    const std::string_view text(epoch);
    long long v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || v < 0 || v > kLastEpoch) {
        std::string shown;
        for (char c : text.substr(0, 40))
            shown += static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F ? '?' : c;
        throw UsageError(
            "SOURCE_DATE_EPOCH: detik sejak 1970-01-01 UTC diharapkan (bilangan bulat 0 sampai " +
            std::to_string(kLastEpoch) + ", akhir tahun 9999), ditemukan \"" + shown + "\"");
    }
    return static_cast<std::time_t>(v == 0 ? 1 : v);
}

}  // namespace

void check_source_date_epoch() {
    (void)source_date_epoch();
}

std::vector<OptionSpec> with_font_options(std::vector<OptionSpec> own) {
    own.insert(own.end(), {{.name = "font",
                            .takes_value = true,
                            .value_name = "TTF",
                            .help = "huruf TrueType untuk teks biasa PDF",
                            .kind = ValueKind::File},
                           {.name = "font-bold",
                            .takes_value = true,
                            .value_name = "TTF",
                            .help = "huruf TrueType untuk teks tebal PDF",
                            .kind = ValueKind::File}});
    return own;
}

void check_outputs_before_reading(const ParsedArguments& parsed, const std::vector<std::string>& inputs) {
    if (!parsed.has("output"))
        return;
    if (parsed.has("name"))
        check_output_name(parsed.value("name"));
    check_source_date_epoch();
    output::refuse_output_into_inputs(parsed.value("output"), inputs);
    for (const char* font : {"font", "font-bold"}) {
        if (!parsed.has(font))
            continue;
        try {
            input::check_readable_file(parsed.value(font));
        } catch (const InputError& e) {
            throw InputError(e.diagnostic().where,
                             std::string("berkas huruf (--") + font + "): " + e.diagnostic().message);
        }
    }
}

void check_output_name(const std::string& name, const std::string& option) {
    const std::string why = [&]() -> std::string {
        if (name.empty())
            return "nama berkas tidak boleh kosong";
        if (name == "." || name == "..")
            return "\"" + name + "\" bukan nama berkas";
        if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos)
            return "nama berkas saja yang diharapkan, tanpa folder (tanpa / atau \\); folder dipilih dengan "
                   "-o";
        for (char c : name) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                return "nama berkas memuat karakter kendali (mis. baris baru)";
        }
        if (name.front() == '.')
            return "nama berkas tidak boleh diawali titik (berkas tersembunyi)";
        if (text::find_invalid_utf8(name))
            return "nama berkas bukan teks UTF-8 yang sah";
        if (name.size() > 200)
            return "nama berkas terlalu panjang (lebih dari 200 bita)";
        return {};
    }();
    if (!why.empty())
        throw UsageError(option + ": " + why);
}

Formats parse_formats(const std::string& list, const std::string& option) {
    static const std::vector<std::string> known = {"pdf", "xlsx", "docx"};
    Formats f{false, false, false};
    std::size_t from = 0;
    while (true) {
        const std::size_t comma = list.find(',', from);
        const std::string name =
            list.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        bool* flag = name == "pdf" ? &f.pdf : name == "xlsx" ? &f.xlsx : name == "docx" ? &f.docx : nullptr;
        if (flag == nullptr) {
            std::string message =
                option + ": format \"" + name + "\" tidak dikenal; pilihan: pdf, xlsx, docx";
            if (const std::string near = suggest(name, known); !near.empty())
                message += "; maksud Anda " + near + "?";
            throw UsageError(message);
        }
        if (*flag)
            throw UsageError(option + ": format \"" + name + "\" disebut dua kali");
        *flag = true;
        if (comma == std::string::npos)
            break;
        from = comma + 1;
    }
    return f;
}

std::time_t document_time(int tahun) {
    if (const std::optional<std::time_t> epoch = source_date_epoch())
        return *epoch;
    using namespace std::chrono;
    const sys_days day = year{tahun + 1} / January / 1;
    return static_cast<std::time_t>(duration_cast<seconds>(day.time_since_epoch()).count());
}

std::string default_report_name(const model::Profile& profile) {
    constexpr std::size_t kMaxSlug = 60;
    std::string slug;
    const std::string& source = profile.singkatan.empty() ? profile.nama_opd : profile.singkatan;
    for (char c : source) {
        const unsigned char u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            slug += c;
        } else if (u >= 'A' && u <= 'Z') {
            slug += static_cast<char>(u - 'A' + 'a');
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    // Cut at the end of the last whole word that fits, never in the middle of one.
    if (slug.size() > kMaxSlug) {
        const std::size_t dash = slug.rfind('-', kMaxSlug);
        slug.resize(dash != std::string::npos && dash > 0 ? dash : kMaxSlug);
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return "lkjip-" + std::to_string(profile.tahun) + (slug.empty() ? "" : "-" + slug);
}

namespace {
std::vector<std::string> write_into(const table::Report& report, const ReportFiles& files);
void write_pdf_and_docx(const table::Report& report, const ReportFiles& files,
                        const std::filesystem::path& base, const std::string& pdf_temp,
                        const std::string& docx_temp, std::time_t created);
}  // namespace

void rethrow_naming_final(const OutputError& e, const std::string& temporary, const std::string& final_path) {
    std::string message = e.what();
    for (std::size_t at = message.find(temporary); at != std::string::npos;
         at = message.find(temporary, at + final_path.size()))
        message.replace(at, temporary.size(), final_path);
    throw OutputError(message);
}

std::vector<std::string> write_report_files(const table::Report& report, const ReportFiles& files) {
    std::error_code ec;
    const bool created = output::ensure_output_folder(files.folder);
    if (!created && files.remove_stale)
        remove_stale_temporaries(files.folder);
    try {
        std::vector<std::string> written = write_into(report, files);
        if (created)
            forget_temporary(files.folder);
        return written;
    } catch (...) {
        if (created) {
            std::filesystem::remove(files.folder, ec);  // only while empty: a failed run leaves nothing
            forget_temporary(files.folder);
        }
        throw;
    }
}

namespace {

std::vector<std::string> write_into(const table::Report& report, const ReportFiles& files) {
    output::OutputSet set(files.inputs, files.replace_existing);
    const std::filesystem::path base = std::filesystem::path(files.folder) / files.name;
    const bool docx = files.formats.docx && files.document != nullptr;
    const std::string xlsx_temp = files.formats.xlsx ? set.reserve(base.string() + ".xlsx") : std::string();
    const std::string pdf_temp = files.formats.pdf ? set.reserve(base.string() + ".pdf") : std::string();
    const std::string docx_temp = docx ? set.reserve(base.string() + ".docx") : std::string();
    const std::time_t created = document_time(report.tahun);  // one document date for every file
    // The workbook is written on a second thread while the PDF (and after it the DOCX, which takes the PDF's
    // page numbers) is laid out: independent files, each about half of a report's work. `batch` already
    // renders the files of several OPDs on several threads at once; the renderers share nothing mutable.
    std::future<void> workbook;
    if (files.formats.xlsx) {
        workbook = std::async(std::launch::async, [&report, &xlsx_temp, &base, created] {
            render::xlsx::XlsxOptions xlsx_options;
            xlsx_options.created = created;
            try {
                render::xlsx::render_xlsx(report, xlsx_temp, xlsx_options);
            } catch (const OutputError& e) {
                rethrow_naming_final(e, xlsx_temp, base.string() + ".xlsx");
            }
        });
    }
    try {
        write_pdf_and_docx(report, files, base, pdf_temp, docx_temp, created);
    } catch (...) {
        if (workbook.valid())
            workbook.wait();  // the set's temporaries are removed only once nothing writes them
        throw;
    }
    if (workbook.valid())
        workbook.get();  // the workbook's error, if it failed
    set.commit();        // every file appears together, or none
    return set.final_paths();
}

void write_pdf_and_docx(const table::Report& report, const ReportFiles& files,
                        const std::filesystem::path& base, const std::string& pdf_temp,
                        const std::string& docx_temp, std::time_t created) {
    const bool docx = !docx_temp.empty();
    render::pdf::DocumentPages pages;  // where the PDF put each heading and table, for the DOCX's contents
    if (files.formats.pdf) {
        render::pdf::PdfOptions pdf_options;
        pdf_options.created = created;
        if (files.a3_paper)
            pdf_options.paper = render::pdf::Paper::A3;
        pdf_options.document_name = files.document_name;
        if (!files.font_regular.empty())
            pdf_options.font_regular = files.font_regular;
        if (!files.font_bold.empty())
            pdf_options.font_bold = files.font_bold;
        try {
            if (files.document && !files.tables_only_pdf)
                pages = render::pdf::render_document_pdf(*files.document, pdf_temp, pdf_options);
            else
                render::pdf::render_pdf(report, pdf_temp, pdf_options);
        } catch (const OutputError& e) {
            rethrow_naming_final(e, pdf_temp, base.string() + ".pdf");
        }
    }
    if (docx) {
        render::docx::DocxOptions docx_options;
        docx_options.created = created;
        docx_options.heading_pages = std::move(pages.headings);
        docx_options.table_pages = std::move(pages.tables);
        try {
            render::docx::render_docx(*files.document, docx_temp, docx_options);
        } catch (const OutputError& e) {
            rethrow_naming_final(e, docx_temp, base.string() + ".docx");
        }
    }
}

}  // namespace

}  // namespace lkjip::cli
