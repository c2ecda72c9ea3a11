#include "document/builder.hpp"

#include <algorithm>

#include "document/narrative_text.hpp"
#include "document/sentences.hpp"
#include "model/narrative.hpp"

namespace lkjip::document {

namespace {

Paragraph fixed(std::string text, bool bold = false) {
    Paragraph p;
    p.runs = {Run{std::move(text), bold}};
    return p;
}

class Builder {
  public:
    Builder(const compute::Performance& p, Document& doc, const SentenceTemplates& t)
        : p_(p), doc_(doc), say_(p, t) {}

    void build();

  private:
    Section& section() {
        doc_.sections.emplace_back();
        return doc_.sections.back();
    }
    void add(Block b) { doc_.sections.back().blocks.push_back(std::move(b)); }
    void heading(int level, std::string number, std::string text, bool in_toc = true) {
        add(Heading{level, std::move(number), std::move(text), in_toc});
    }
    // The staff's block, or a placeholder that says what to write and where.
    void narrative(std::string_view bagian, std::string_view kode = {}, bool optional = false) {
        const model::NarrativeBlock* b = model::find_narrative(p_.opd->narasi, bagian, kode);
        if (!b) {
            if (!optional)
                add(fixed(placeholder_text(bagian, kode)));
            if (!optional)
                std::get<Paragraph>(doc_.sections.back().blocks.back()).origin = Origin::Placeholder;
            return;
        }
        for (Block& block : narrative_blocks(b->teks))
            add(std::move(block));
    }
    std::string narrative_line(std::string_view bagian) const {
        const model::NarrativeBlock* b = model::find_narrative(p_.opd->narasi, bagian);
        // Inside a sentence and a signature block: short, and still visible.
        return b ? b->teks : "[BELUM DIISI: narasi.csv, bagian " + std::string(bagian) + "]";
    }
    // Every table whose number is one of `prefixes` or under it, in report order, once: "3.1" takes 3.1.1 but
    // not 3.10; a prefix ending in "." or a letter ("2.", "L") takes every number that starts with it.
    void tables(std::initializer_list<std::string_view> prefixes) {
        for (std::size_t i = 0; i < doc_.report.tables.size(); ++i) {
            const std::string& nomor = doc_.report.tables[i].nomor;
            const bool wanted = std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view pre) {
                if (nomor.compare(0, pre.size(), pre) != 0)
                    return false;
                const bool whole_part = !pre.empty() && pre.back() >= '0' && pre.back() <= '9';
                return !whole_part || nomor.size() == pre.size() || nomor[pre.size()] == '.';
            });
            if (wanted && !placed_[i]) {
                placed_[i] = true;
                add(TableRef{i});
            }
        }
    }
    Signature head_signature() const {
        const model::Profile& pr = p_.opd->profile;
        Signatory s{"", pr.kepala.jabatan, pr.kepala.nama, pr.kepala.pangkat, pr.kepala.nip};
        return Signature{doc_.report.place_and_date, {s}};
    }

    void front();
    void bab_i();
    void bab_ii();
    void bab_iii();
    void bab_iv();
    void lampiran();

    const compute::Performance& p_;
    Document& doc_;
    Sentences say_;
    std::vector<bool> placed_;
};

void Builder::build() {
    placed_.assign(doc_.report.tables.size(), false);
    Section& cover = section();
    cover.cover = true;
    cover.numbered_pages = false;
    front();
    bab_i();
    bab_ii();
    bab_iii();
    bab_iv();
    lampiran();
}

void Builder::front() {
    section();
    heading(1, "", "Kata Pengantar");
    narrative("kata_pengantar");
    add(head_signature());
    section();
    heading(1, "", "Ikhtisar Eksekutif");
    add(say_.ikhtisar());
    narrative("ikhtisar", {}, true);
    tables({"I"});
    section();
    heading(1, "", "Daftar Isi", false);
    add(Contents{Contents::Of::Headings});
    section();
    heading(1, "", "Daftar Tabel", false);
    add(Contents{Contents::Of::Tables});
}

void Builder::bab_i() {
    section();
    heading(1, "BAB I", "Pendahuluan");
    heading(2, "1.1", "Latar Belakang");
    narrative("latar_belakang");
    heading(2, "1.2", "Kedudukan, Tugas Pokok dan Fungsi");
    narrative("tugas_fungsi");
    heading(2, "1.3", "Struktur Organisasi");
    narrative("struktur_organisasi");
    heading(2, "1.4", "Isu Strategis");
    narrative("isu_strategis");
    heading(2, "1.5", "Tindak Lanjut Hasil Evaluasi");
    narrative("tindak_lanjut_evaluasi");
}

void Builder::bab_ii() {
    const model::Profile& pr = p_.opd->profile;
    section();
    heading(1, "BAB II", "Perencanaan Kinerja");
    heading(2, "2.1", "Rencana Strategis");
    std::string period = pr.renstra_awal > 0 && pr.renstra_akhir > 0
                             ? " " + std::to_string(pr.renstra_awal) + "–" + std::to_string(pr.renstra_akhir)
                             : std::string();
    if (!pr.visi.empty()) {
        Paragraph p;
        p.runs = {Run{"Visi: ", true}, Run{pr.visi, false}};
        add(std::move(p));
    }
    if (!pr.misi.empty()) {
        add(fixed("Misi:", true));
        List misi{true, {}};
        for (const std::string& m : pr.misi)
            misi.items.push_back(fixed(m));
        add(std::move(misi));
    }
    add(fixed("Tujuan, sasaran strategis dan Indikator Kinerja Utama Renstra" + period + ":"));
    List outline{false, {}};
    for (const model::Tujuan& t : p_.opd->tujuan) {
        Paragraph item;
        item.runs = {Run{"Tujuan " + t.kode + ": ", true}, Run{t.uraian, false}};
        outline.items.push_back(std::move(item));
        for (const model::Sasaran& s : p_.opd->sasaran) {
            if (s.tujuan != t.kode)
                continue;
            Paragraph si;
            si.runs = {Run{"Sasaran " + s.kode + ": ", true}, Run{s.uraian, false}};
            outline.items.push_back(std::move(si));
            for (const model::Indicator& i : p_.opd->indicators) {
                if (i.level == model::IndicatorLevel::Sasaran && i.induk == s.kode)
                    outline.items.push_back(fixed("IKU " + i.kode + ": " + i.nama));
            }
        }
    }
    add(std::move(outline));
    heading(2, "2.2", "Perjanjian Kinerja dan Program");
    tables({"2."});
}

void Builder::bab_iii() {
    const int n = p_.opd->profile.tahun;
    section();
    heading(1, "BAB III", "Akuntabilitas Kinerja");
    heading(2, "3.1", "A. Capaian Kinerja Organisasi");
    tables({"3.1"});
    int s_index = 0;
    for (const compute::SasaranResult& s : p_.sasaran) {
        ++s_index;
        const std::string s_number = "3.1." + std::to_string(s_index);
        heading(3, s_number, "Sasaran " + s.sasaran->kode + ": " + s.sasaran->uraian);
        add(say_.sasaran(s));
        int i_index = 0;
        for (std::size_t k : s.iku) {
            const compute::IndicatorResult& r = p_.indicators[k];
            const std::string& kode = r.indicator->kode;
            ++i_index;
            heading(4, s_number + "." + std::to_string(i_index), kode + " " + r.indicator->nama);
            add(fixed("1. Target dan realisasi tahun " + std::to_string(n), true));
            add(say_.capaian(r));
            add(fixed("2. Perbandingan dengan tahun lalu", true));
            add(say_.tahun_lalu(r));
            if (std::optional<Paragraph> earlier = say_.riwayat(r))
                add(std::move(*earlier));
            add(fixed("3. Perbandingan dengan target akhir Renstra", true));
            add(say_.renstra(r));
            add(fixed("4. Perbandingan dengan target nasional", true));
            add(say_.nasional(r));
            add(fixed("5. Faktor pendukung, faktor penghambat dan upaya", true));
            add(fixed("Faktor pendukung:"));
            narrative("faktor_pendukung", kode);
            add(fixed("Faktor penghambat:"));
            narrative("faktor_penghambat", kode);
            add(fixed("Upaya dan tindak lanjut:"));
            narrative("upaya", kode);
            add(fixed("6. Efisiensi penggunaan sumber daya", true));
            add(say_.efisiensi(r));
            add(fixed("7. Program yang mendukung", true));
            List programs{false, say_.programs(r)};
            add(std::move(programs));
        }
    }
    heading(2, "3.2", "Perbandingan Capaian Kinerja");
    tables({"3.2", "3.3", "3.4"});
    heading(2, "3.3", "B. Realisasi Anggaran");
    add(say_.anggaran());
    tables({"3.5", "3.6", "3.7", "3.8", "3.9", "3.10"});
    // A table a custom template numbered otherwise is still shown, at the end of BAB III.
    for (std::size_t i = 0; i < doc_.report.tables.size(); ++i) {
        const std::string& nomor = doc_.report.tables[i].nomor;
        if (!placed_[i] && nomor.rfind("L", 0) != 0) {
            placed_[i] = true;
            add(TableRef{i});
        }
    }
}

void Builder::bab_iv() {
    section();
    heading(1, "BAB IV", "Penutup");
    heading(2, "4.1", "Kesimpulan");
    add(say_.penutup());
    narrative("kesimpulan");
    heading(2, "4.2", "Kendala dan Langkah ke Depan");
    narrative("langkah_ke_depan");
    add(head_signature());
}

void Builder::lampiran() {
    const model::Profile& pr = p_.opd->profile;
    section();
    heading(1, "LAMPIRAN", "Perjanjian Kinerja Tahun " + std::to_string(pr.tahun));
    Paragraph title = fixed("PERJANJIAN KINERJA TAHUN " + std::to_string(pr.tahun), true);
    title.align = table::Align::Center;
    add(std::move(title));
    Paragraph owner = fixed(pr.nama_opd + " " + pr.pemda, true);
    owner.align = table::Align::Center;
    add(std::move(owner));
    const std::string kedua_nama = narrative_line("pk_pihak_kedua_nama");
    const std::string kedua_jabatan = narrative_line("pk_pihak_kedua_jabatan");
    add(say_.pk_pernyataan(kedua_nama, kedua_jabatan));
    Signatory kedua{"PIHAK KEDUA", kedua_jabatan, kedua_nama, "", ""};
    Signatory pertama{"PIHAK PERTAMA", pr.kepala.jabatan, pr.kepala.nama, pr.kepala.pangkat, pr.kepala.nip};
    add(Signature{doc_.report.place_and_date, {kedua, pertama}});
    // The PK's annex (sasaran, indikator, target; programs and their budget) is BAB II's first table
    // (2.4.1) again.
    for (std::size_t i = 0; i < doc_.report.tables.size(); ++i) {
        if (doc_.report.tables[i].nomor.rfind("2.", 0) == 0) {
            add(TableRef{i});
            break;
        }
    }
    section();
    heading(1, "LAMPIRAN", "Pengukuran Kinerja");
    tables({"L"});
}

}  // namespace

std::string placeholder_text(std::string_view bagian, std::string_view kode) {
    const model::NarrativeSection* s = model::find_narrative_section(bagian);
    std::string what = s ? std::string(s->title) : std::string(bagian);
    std::string where = "narasi.csv, bagian " + std::string(bagian);
    if (!kode.empty()) {
        what += " " + std::string(kode);
        where += ", kode " + std::string(kode);
    }
    return "[BELUM DIISI: " + what + " — tulis di " + where + "]";
}

Document build_document(const compute::Performance& p, table::Report report,
                        const SentenceTemplates& templates) {
    Document doc;
    doc.title = report.title;
    doc.header = "LKjIP" + report.year_suffix() + " — " + report.opd;
    std::string owner = report.opd;
    if (!report.pemda.empty())
        owner += (owner.empty() ? "" : " ") + report.pemda;
    doc.footer = owner;
    doc.report = std::move(report);
    Builder(p, doc, templates).build();
    return doc;
}

}  // namespace lkjip::document
