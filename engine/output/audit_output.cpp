#include "output/audit_output.hpp"

#include <array>
#include <cctype>

#include "output/conventions_json.hpp"
#include "output/json_writer.hpp"

namespace lkjip::output {

namespace {

using audit::Severity;

// The row a figure was read from: "angka_tercetak.csv:7", "masukan.xlsx: Angka Tercetak, baris 7".
std::string row_location(SourceLocation where) {
    where.column = 0;
    return format_location(where);
}

constexpr std::array<Severity, 3> kSeverities = {Severity::Galat, Severity::Pembulatan, Severity::Peringatan};

using audit::count;

std::string upper(const char* s) {
    std::string out(s);
    for (char& c : out)
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return out;
}

std::string place(const audit::Finding& f) {
    std::string out =
        f.tabel.rfind("teks:", 0) == 0 || f.tabel.rfind("lampiran:", 0) == 0 || f.tabel == "beberapa tabel"
            ? f.tabel
            : "Tabel " + f.tabel;
    if (!f.halaman.empty())
        out += ", hlm. " + f.halaman;
    return out;
}

// Figures right-aligned like numbers, words (labels, terbilang) left-aligned like text.
table::Align align_of(const std::string& value) {
    return !value.empty() && value.size() < 24 &&
                   (std::isdigit(static_cast<unsigned char>(value.back())) || value.back() == '%')
               ? table::Align::Right
               : table::Align::Left;
}

std::string summary_line(const std::vector<audit::Finding>& findings) {
    return std::to_string(count(findings, Severity::Galat)) + " galat, " +
           std::to_string(count(findings, Severity::Pembulatan)) + " pembulatan, " +
           std::to_string(count(findings, Severity::Peringatan)) + " peringatan";
}

}  // namespace

std::string audit_text(const audit::Result& result, std::size_t figures, const compute::Performance& p,
                       const audit::DraftFigures* draft) {
    const std::vector<audit::Finding>& findings = result.findings;
    const model::Profile& profile = p.opd->profile;
    std::string out = "Reviu angka tercetak: " + model::instansi_name(profile) + ", tahun " +
                      std::to_string(profile.tahun) + " (" + std::to_string(figures) + " angka diperiksa)\n";
    if (draft) {
        out += "Dibaca dari draf: " + std::to_string(draft->read()) + " angka, " +
               std::to_string(draft->matched.size()) + " dicocokkan, " +
               std::to_string(draft->unmatched.size()) + " tidak dikenal\n";
        for (const audit::UnmatchedFigure& u : draft->unmatched)
            out += "- tidak dikenal: " + u.nilai + " (" + u.tempat + "): " + u.alasan + "\n";
    }
    for (const audit::Note& n : result.notes)
        out += "Gaya laporan: " + n.pesan + "\n";
    if (findings.empty())
        return out + "Tidak ada temuan: setiap angka tercetak mengikuti data primer.\n";
    for (Severity s : kSeverities) {
        const std::size_t n = count(findings, s);
        if (n == 0)
            continue;
        out += "\n" + upper(audit::severity_name(s)) + " (" + std::to_string(n) + ")\n";
        for (const audit::Finding& f : findings) {
            const audit::Rule& r = audit::rule(f.rule);
            if (r.severity != s)
                continue;
            out += "- [" + place(f) + "] " + f.objek + " " + f.besaran + " " + std::to_string(f.tahun);
            if (!f.tercetak.empty())
                out += ": tercetak " + f.tercetak;
            if (!f.seharusnya.empty())
                out += ", seharusnya " + f.seharusnya;
            out += "\n    " + std::string(r.judul) + ": " + f.pesan + "\n    aturan " + r.id + " (" +
                   r.sumber + "); " + row_location(f.where) + "\n";
        }
    }
    return out + "\nRingkasan: " + summary_line(findings) + ".\n";
}

std::string audit_json(const audit::Result& result, std::size_t figures, const compute::Performance& p,
                       const audit::DraftFigures* draft) {
    const std::vector<audit::Finding>& findings = result.findings;
    JsonWriter w;
    w.begin_object();
    w.field("versi_skema", kAuditJsonSchemaVersion);
    w.key("opd").begin_object();
    w.field("nama", p.opd->profile.nama_opd)
        .field("pemda", p.opd->profile.pemda)
        .field("tahun", p.opd->profile.tahun);
    w.end_object();
    w.key("konvensi");
    write_conventions(w, p.conventions);
    w.field("angka_diperiksa", static_cast<std::int64_t>(figures));
    if (draft) {
        w.field("angka_dibaca", static_cast<std::int64_t>(draft->read()))
            .field("angka_dicocokkan", static_cast<std::int64_t>(draft->matched.size()))
            .field("angka_tidak_dikenal", static_cast<std::int64_t>(draft->unmatched.size()));
        w.key("tidak_dikenal").begin_array();
        for (const audit::UnmatchedFigure& u : draft->unmatched) {
            w.begin_object();
            w.field("nilai", u.nilai).field("tempat", u.tempat).field("alasan", u.alasan);
            w.end_object();
        }
        w.end_array();
    }
    w.key("catatan").begin_array();
    for (const audit::Note& n : result.notes)
        w.begin_object().field("jenis", n.jenis).field("pesan", n.pesan).end_object();
    w.end_array();
    w.key("ringkasan").begin_object();
    for (Severity s : kSeverities)
        w.field(audit::severity_name(s), static_cast<std::int64_t>(count(findings, s)));
    w.end_object();
    w.key("temuan").begin_array();
    for (const audit::Finding& f : findings) {
        const audit::Rule& r = audit::rule(f.rule);
        w.begin_object();
        w.field("tingkat", audit::severity_name(r.severity)).field("aturan", r.id).field("judul", r.judul);
        w.field("sumber", r.sumber)
            .field("tabel", f.tabel)
            .field("halaman", f.halaman)
            .field("objek", f.objek);
        w.field("besaran", f.besaran).field("tahun", f.tahun).field("tercetak", f.tercetak);
        w.field("seharusnya", f.seharusnya).field("pesan", f.pesan);
        w.field("berkas", f.where.file).field("baris", static_cast<std::int64_t>(f.where.line));
        if (!f.where.sheet.empty())
            w.field("lembar", f.where.sheet);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str() + "\n";
}

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
                             {no, severity, Cell::of_text(place(f)), Cell::of_text(f.objek),
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

}  // namespace lkjip::output
