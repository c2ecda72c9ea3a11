#include "report/report_builder.hpp"

#include <algorithm>

#include "core/diagnostic.hpp"
#include "report/row_source.hpp"
#include "report/table_builder.hpp"

namespace lkjip::report {

namespace {

// Code points of a UTF-8 string, to cut at a character boundary.
std::string utf8_prefix(const std::string& s, std::size_t max_chars) {
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < s.size() && chars < max_chars) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        i += len;
        ++chars;
    }
    return s.substr(0, std::min(i, s.size()));
}

std::string lower_ascii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return s;
}

}  // namespace

std::string sheet_name(const std::string& wanted, const std::vector<std::string>& taken) {
    std::string clean;
    for (char c : wanted) {
        const bool bad = c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\' ||
                         static_cast<unsigned char>(c) < 0x20;
        clean += bad ? '-' : c;
    }
    // Excel refuses a name that starts or ends with an apostrophe.
    while (!clean.empty() && clean.front() == '\'')
        clean.erase(clean.begin());
    while (!clean.empty() && clean.back() == '\'')
        clean.pop_back();
    if (clean.empty())
        clean = "Tabel";
    std::string name = utf8_prefix(clean, 31);
    // Sheet names compare case-insensitively in Excel.
    auto is_taken = [&](const std::string& n) {
        return std::any_of(taken.begin(), taken.end(),
                           [&](const std::string& t) { return lower_ascii(t) == lower_ascii(n); });
    };
    for (int k = 2; is_taken(name); ++k) {
        const std::string suffix = " (" + std::to_string(k) + ")";
        name = utf8_prefix(clean, 31 - suffix.size()) + suffix;
    }
    return name;
}

table::Report signed_report(const model::Profile& profile, std::string title) {
    table::Report report;
    report.tahun = profile.tahun;
    report.title = std::move(title);
    report.opd = profile.nama_opd;
    report.pemda = model::title_pemda(profile);
    report.place_and_date = profile.tempat_pengesahan.empty()
                                ? profile.tanggal_pengesahan
                                : profile.tempat_pengesahan +
                                      (profile.tanggal_pengesahan.empty() ? "" : ", ") +
                                      profile.tanggal_pengesahan;
    report.head_title = profile.kepala.jabatan;
    report.head_name = profile.kepala.nama;
    report.head_rank = profile.kepala.pangkat;
    report.head_nip = profile.kepala.nip;
    return report;
}

table::Report build_report(const std::vector<TableTemplate>& templates, const compute::Performance& p) {
    Diagnostics problems;
    for (const TableTemplate& t : templates)
        validate_template(t, problems);
    problems.throw_if_errors();

    const model::Profile& profile = p.opd->profile;
    table::Report report =
        signed_report(profile, "Laporan Kinerja Instansi Pemerintah Tahun " + std::to_string(profile.tahun));

    std::vector<std::string> taken;
    for (const TableTemplate& t : templates) {
        if (left_out_when_empty(t.baris) && rows_for(t, p).empty())
            continue;
        table::Table built = build_table(t, p);
        built.sheet_name = sheet_name(built.sheet_name, taken);
        taken.push_back(built.sheet_name);
        report.tables.push_back(std::move(built));
    }
    return report;
}

}  // namespace lkjip::report
