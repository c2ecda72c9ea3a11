#include "cli/report_output.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "output/output_set.hpp"
#include "render/pdf/pdf_renderer.hpp"
#include "render/xlsx/xlsx_renderer.hpp"

namespace lkjip::cli {

std::time_t document_time(int tahun) {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        const long long v = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && v >= 0)
            return static_cast<std::time_t>(v);
    }
    using namespace std::chrono;
    const sys_days day = year{tahun + 1} / January / 1;
    return static_cast<std::time_t>(duration_cast<seconds>(day.time_since_epoch()).count());
}

std::string default_report_name(const model::Profile& profile) {
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
        if (slug.size() >= 60)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return "lkjip-" + std::to_string(profile.tahun) + (slug.empty() ? "" : "-" + slug);
}

namespace {
std::vector<std::string> write_into(const table::Report& report, const ReportFiles& files);
}  // namespace

std::vector<std::string> write_report_files(const table::Report& report, const ReportFiles& files) {
    std::error_code ec;
    const bool folder_existed = std::filesystem::exists(files.folder, ec);
    output::ensure_output_folder(files.folder);
    try {
        return write_into(report, files);
    } catch (...) {
        if (!folder_existed)
            std::filesystem::remove(files.folder,
                                    ec);  // only removes it while empty: a failed run leaves nothing
        throw;
    }
}

namespace {

std::vector<std::string> write_into(const table::Report& report, const ReportFiles& files) {
    output::OutputSet set(files.inputs, files.replace_existing);
    const std::filesystem::path base = std::filesystem::path(files.folder) / files.name;
    const std::string xlsx_temp = set.reserve(base.string() + ".xlsx");
    const std::string pdf_temp = set.reserve(base.string() + ".pdf");
    render::xlsx::XlsxOptions xlsx_options;
    xlsx_options.created = document_time(report.tahun);
    render::xlsx::render_xlsx(report, xlsx_temp, xlsx_options);
    render::pdf::PdfOptions pdf_options;
    if (!files.font_regular.empty())
        pdf_options.font_regular = files.font_regular;
    if (!files.font_bold.empty())
        pdf_options.font_bold = files.font_bold;
    render::pdf::render_pdf(report, pdf_temp, pdf_options);
    set.commit();  // both files appear together, or neither
    return set.final_paths();
}

}  // namespace

}  // namespace lkjip::cli
