#include "report/audit_tables.hpp"

#include <cctype>

namespace lkjip::report {

namespace {

using audit::count;
using audit::Severity;

// Figures right-aligned like numbers, words (labels, terbilang) left-aligned like text.
table::Align align_of(const std::string& value) {
    return !value.empty() && value.size() < 24 &&
                   (std::isdigit(static_cast<unsigned char>(value.back())) || value.back() == '%')
               ? table::Align::Right
               : table::Align::Left;
}

}  // namespace

table::Report audit_report(const audit::Result& result, std::size_t figures, const compute::Performance& p) {
    const std::vector<audit::Finding>& findings = result.findings;
    using table::Cell;
    const model::Profile& profile = p.opd->profile;
    table::Report report;
    report.title = "Lembar Reviu Angka LKjIP Tahun " + std::to_string(profile.tahun);
    report.opd = profile.nama_opd;
    report.pemda = model::title_pemda(profile);
    report.tahun = profile.tahun;

    auto header = [](std::vector<std::string> titles) {
        std::vector<Cell> row;
        for (std::string& t : titles) {
            Cell c = Cell::of_text(std::move(t), table::Align::Center);
            c.bold = true;
            row.push_back(std::move(c));
        }
        return row;
    };

    table::Table summary;
    summary.id = "ringkasan";
    summary.nomor = "R.1";
    summary.judul = "Ringkasan Reviu Angka Tercetak " + model::instansi_name(profile);
    summary.sheet_name = "Ringkasan";
    summary.orientation = table::Orientation::Portrait;
    summary.columns = {{"uraian", 44, table::Align::Left}, {"nilai", 14, table::Align::Right}};
    summary.header = {header({"Uraian", "Jumlah"})};
    auto line = [&](std::string label, std::size_t n) {
        summary.rows.push_back({table::RowRole::Data,
                                {Cell::of_text(std::move(label)),
                                 Cell::of_number(static_cast<double>(n), table::NumberStyle::Integer, 0)}});
    };
    line("Angka tercetak yang diperiksa", figures);
    line("Galat (hitungan atau data berbeda)", count(findings, Severity::Galat));
    line("Pembulatan (dipotong, bertahap, presisi)", count(findings, Severity::Pembulatan));
    line("Peringatan (beda antartabel, penulisan)", count(findings, Severity::Peringatan));
    summary.notes.push_back(
        "Setiap angka dibandingkan dengan nilai yang dihitung lkjip dari data primer dengan konvensi "
        "yang berlaku; aturan dan sumbernya tercantum pada setiap temuan.");
    for (const audit::Note& n : result.notes)
        summary.notes.push_back("Gaya laporan: " + n.pesan + ".");
    report.tables.push_back(std::move(summary));

    table::Table list;
    list.id = "temuan";
    list.nomor = "R.2";
    list.judul = "Temuan Reviu Angka Tercetak Tahun " + std::to_string(profile.tahun);
    list.sheet_name = "Temuan";
    list.orientation = table::Orientation::Landscape;
    list.columns = {{"no", 5},        {"tingkat", 11},    {"tabel", 14},  {"objek", 14}, {"besaran", 14},
                    {"tercetak", 16}, {"seharusnya", 16}, {"temuan", 52}, {"aturan", 26}};
    list.header = {header({"No", "Tingkat", "Tabel", "Objek", "Besaran (tahun)", "Tercetak", "Seharusnya",
                           "Temuan", "Aturan dan sumber"})};
    int number = 0;
    for (const audit::Finding& f : findings) {
        const audit::Rule& r = audit::rule(f.rule);
        Cell no = Cell::of_number(++number, table::NumberStyle::Integer, 0);
        no.align = table::Align::Center;
        Cell severity = Cell::of_text(audit::severity_name(r.severity), table::Align::Center);
        // Red for an error, orange for rounding, yellow for a warning (bands of a five-step palette).
        severity.shade = {"temuan", 4 - static_cast<int>(r.severity), 5};
        list.rows.push_back({table::RowRole::Data,
                             {no, severity, Cell::of_text(audit::place(f)), Cell::of_text(f.objek),
                              Cell::of_text(f.besaran + " (" + std::to_string(f.tahun) + ")"),
                              Cell::of_text(f.tercetak, align_of(f.tercetak)),
                              Cell::of_text(f.seharusnya, align_of(f.seharusnya)),
                              Cell::of_text(std::string(r.judul) + ": " + f.pesan),
                              Cell::of_text(std::string(r.id) + " — " + r.sumber)}});
    }
    if (findings.empty())
        list.notes.push_back("Tidak ada temuan.");
    report.tables.push_back(std::move(list));
    return report;
}

}  // namespace lkjip::report
