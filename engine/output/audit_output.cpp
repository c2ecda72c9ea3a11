#include "output/audit_output.hpp"

#include <array>

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
            out += "- [" + audit::place(f) + "] " + f.objek + " " + f.besaran + " " + std::to_string(f.tahun);
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

}  // namespace lkjip::output
