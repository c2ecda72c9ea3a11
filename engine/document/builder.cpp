#include "document/builder.hpp"

#include <algorithm>
#include <stdexcept>

#include "document/narrative_text.hpp"
#include "document/pk_revisions.hpp"
#include "document/sentences.hpp"
#include "model/narrative.hpp"

namespace lkjip::document {

namespace {

Paragraph fixed(std::string text, bool bold = false) {
    Paragraph p;
    p.runs = {Run{std::move(text), bold}};
    return p;
}

// Builds the document the outline describes. The outline (templates/dokumen/kerangka.json) says which
// blocks go where; this class knows only how each kind of block is made.
class Builder {
  public:
    Builder(const compute::Performance& p, Document& doc, const SentenceTemplates& t,
            const templates::DocumentOutline& outline)
        : p_(p), doc_(doc), templates_(t), say_(p, t), outline_(outline) {}

    void build();

  private:
    // Where a block is built: the sasaran and IKU of per_sasaran / per_iku, with their positions.
    struct Scope {
        const compute::SasaranResult* sasaran = nullptr;
        int sasaran_index = 0;
        const compute::IndicatorResult* iku = nullptr;
        int iku_index = 0;
    };

    void add(Block b) { doc_.sections.back().blocks.push_back(std::move(b)); }
    void blocks(const std::vector<templates::OutlineBlock>& blocks, const Scope& scope);
    void block(const templates::OutlineBlock& b, const Scope& scope);
    void sentence(const std::string& name, const Scope& scope);
    void generated(const std::string& name);
    std::string expand(const std::string& text, const Scope& scope) const;

    // The staff's block, or a placeholder that says what to write and where.
    void narrative(std::string_view bagian, std::string_view kode = {}, bool optional = false) {
        const model::NarrativeBlock* b = model::find_narrative(p_.opd->narasi, bagian, kode);
        if (!b) {
            if (!optional) {
                add(fixed(placeholder_text(bagian, kode)));
                std::get<Paragraph>(doc_.sections.back().blocks.back()).origin = Origin::Placeholder;
            }
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
    // "3.1" takes 3.1.1 but not 3.10; a prefix ending in "." or a letter ("2.", "L") takes every number that
    // starts with it.
    static bool starts_with_any(const std::string& nomor, const std::vector<std::string>& prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& pre) {
            if (nomor.compare(0, pre.size(), pre) != 0)
                return false;
            const bool whole_part = !pre.empty() && pre.back() >= '0' && pre.back() <= '9';
            return !whole_part || nomor.size() == pre.size() || nomor[pre.size()] == '.';
        });
    }
    // Every table whose number starts with one of `prefixes`, in report order, once.
    void tables(const std::vector<std::string>& prefixes) {
        for (std::size_t i = 0; i < doc_.report.tables.size(); ++i) {
            if (!placed_[i] && starts_with_any(doc_.report.tables[i].nomor, prefixes)) {
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
    void rencana_strategis();
    void pk_signatures();
    void pk_annex();
    void other_tables();

    const compute::Performance& p_;
    Document& doc_;
    const SentenceTemplates& templates_;
    Sentences say_;
    const templates::DocumentOutline& outline_;
    std::vector<bool> placed_;
    std::vector<std::string> claimed_;  // every prefix of the outline's "tabel" blocks
};

void collect_prefixes(const std::vector<templates::OutlineBlock>& blocks, std::vector<std::string>& out) {
    for (const templates::OutlineBlock& b : blocks) {
        out.insert(out.end(), b.prefixes.begin(), b.prefixes.end());
        collect_prefixes(b.blocks, out);
    }
}

void Builder::build() {
    placed_.assign(doc_.report.tables.size(), false);
    for (const templates::OutlinePage& page : outline_.pages)
        collect_prefixes(page.blocks, claimed_);
    for (const templates::OutlinePage& page : outline_.pages) {
        doc_.sections.emplace_back();
        Section& section = doc_.sections.back();
        section.cover = page.cover;
        section.numbered_pages = !page.cover;
        blocks(page.blocks, Scope{});
    }
}

void Builder::blocks(const std::vector<templates::OutlineBlock>& list, const Scope& scope) {
    for (const templates::OutlineBlock& b : list)
        block(b, scope);
}

void Builder::block(const templates::OutlineBlock& b, const Scope& scope) {
    using K = templates::OutlineBlockKind;
    switch (b.kind) {
        case K::Heading:
            add(Heading{b.level, expand(b.number, scope), expand(b.text, scope), b.in_toc});
            return;
        case K::Text: {
            Paragraph p = fixed(expand(b.text, scope), b.bold);
            p.align = b.align;
            add(std::move(p));
            return;
        }
        case K::Narrative: {
            const model::NarrativeSection* s = model::find_narrative_section(b.text);
            const bool per_iku = s && s->scope == model::NarrativeScope::Iku;
            narrative(b.text, per_iku && scope.iku ? std::string_view(scope.iku->indicator->kode) : "",
                      b.optional);
            return;
        }
        case K::Sentence:
            sentence(b.text, scope);
            return;
        case K::Tables:
            tables(b.prefixes);
            return;
        case K::Generated:
            generated(b.text);
            return;
        case K::PerSasaran: {
            int index = 0;
            for (const compute::SasaranResult& s : p_.sasaran)
                blocks(b.blocks, Scope{&s, ++index, nullptr, 0});
            return;
        }
        case K::PerIku: {
            int index = 0;
            for (std::size_t k : scope.sasaran->iku)
                blocks(b.blocks, Scope{scope.sasaran, scope.sasaran_index, &p_.indicators[k], ++index});
            return;
        }
    }
}

void Builder::sentence(const std::string& name, const Scope& scope) {
    // The outline reader checked the name and its scope (template/document_outline.cpp).
    if (name == "ikhtisar")
        add(say_.ikhtisar());
    else if (name == "anggaran")
        add(say_.anggaran());
    else if (name == "penutup")
        add(say_.penutup());
    else if (name == "pk_pernyataan")
        add(say_.pk_pernyataan(narrative_line("pk_pihak_kedua_nama"),
                               narrative_line("pk_pihak_kedua_jabatan")));
    else if (name == "sasaran")
        add(say_.sasaran(*scope.sasaran));
    else if (name == "capaian")
        add(say_.capaian(*scope.iku));
    else if (name == "tahun_lalu")
        add(say_.tahun_lalu(*scope.iku));
    else if (name == "riwayat") {
        if (std::optional<Paragraph> earlier = say_.riwayat(*scope.iku))
            add(std::move(*earlier));
    } else if (name == "renstra")
        add(say_.renstra(*scope.iku));
    else if (name == "nasional")
        add(say_.nasional(*scope.iku));
    else if (name == "efisiensi")
        add(say_.efisiensi(*scope.iku));
    else if (name == "program")
        add(List{false, say_.programs(*scope.iku)});
    else
        throw std::logic_error("kalimat kerangka tanpa pembuat: " + name);
}

void Builder::generated(const std::string& name) {
    if (name == "daftar_isi")
        add(Contents{Contents::Of::Headings});
    else if (name == "daftar_tabel")
        add(Contents{Contents::Of::Tables});
    else if (name == "tanda_tangan")
        add(head_signature());
    else if (name == "rencana_strategis")
        rencana_strategis();
    else if (name == "tanda_tangan_pk")
        pk_signatures();
    else if (name == "lampiran_pk")
        pk_annex();
    else if (name == "tabel_lain")
        other_tables();
    else if (name == "revisi_pk") {
        for (Block& b : pk_revision_blocks(p_, templates_))
            add(std::move(b));
    } else
        throw std::logic_error("blok kerangka tanpa pembuat: " + name);
}

std::string Builder::expand(const std::string& text, const Scope& scope) const {
    const model::Profile& pr = p_.opd->profile;
    return templates::expand_outline_text(text, [&](std::string_view name) -> std::string {
        if (name == "tahun")
            return std::to_string(pr.tahun);
        if (name == "opd")
            return pr.nama_opd;
        if (name == "pemda")
            return pr.pemda;
        if (name == "renstra_awal")
            return std::to_string(pr.renstra_awal);
        if (name == "renstra_akhir")
            return std::to_string(pr.renstra_akhir);
        if (scope.sasaran && name == "urut_sasaran")
            return std::to_string(scope.sasaran_index);
        if (scope.sasaran && name == "kode_sasaran")
            return scope.sasaran->sasaran->kode;
        if (scope.sasaran && name == "sasaran")
            return scope.sasaran->sasaran->uraian;
        if (scope.iku && name == "urut_iku")
            return std::to_string(scope.iku_index);
        if (scope.iku && name == "kode_iku")
            return scope.iku->indicator->kode;
        if (scope.iku && name == "iku")
            return scope.iku->indicator->nama;
        throw std::logic_error("nama kerangka tanpa nilai: " + std::string(name));
    });
}

void Builder::rencana_strategis() {
    const model::Profile& pr = p_.opd->profile;
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
}

void Builder::pk_signatures() {
    const model::Profile& pr = p_.opd->profile;
    const std::string kedua_nama = narrative_line("pk_pihak_kedua_nama");
    const std::string kedua_jabatan = narrative_line("pk_pihak_kedua_jabatan");
    Signatory kedua{"PIHAK KEDUA", kedua_jabatan, kedua_nama, "", ""};
    Signatory pertama{"PIHAK PERTAMA", pr.kepala.jabatan, pr.kepala.nama, pr.kepala.pangkat, pr.kepala.nip};
    add(Signature{doc_.report.place_and_date, {kedua, pertama}});
}

// The PK's annex (sasaran, indikator, target; programs and their budget) is BAB II's first table (2.*)
// again, shown a second time (so not marked as placed), after a sentence saying which PK revision it shows.
void Builder::pk_annex() {
    for (std::size_t i = 0; i < doc_.report.tables.size(); ++i) {
        if (doc_.report.tables[i].nomor.rfind("2.", 0) == 0) {
            if (std::optional<Paragraph> which = pk_annex_note(p_, templates_))
                add(std::move(*which));
            add(TableRef{i});
            break;
        }
    }
}

// A table a custom template numbered otherwise than every "tabel" block of the outline is still shown.
void Builder::other_tables() {
    for (std::size_t i = 0; i < doc_.report.tables.size(); ++i) {
        if (!placed_[i] && !starts_with_any(doc_.report.tables[i].nomor, claimed_)) {
            placed_[i] = true;
            add(TableRef{i});
        }
    }
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
                        const SentenceTemplates& sentence_templates,
                        const templates::DocumentOutline& outline) {
    Document doc;
    doc.title = report.title;
    doc.header = "LKjIP" + report.year_suffix() + " — " + report.opd;
    std::string owner = report.opd;
    if (!report.pemda.empty())
        owner += (owner.empty() ? "" : " ") + report.pemda;
    doc.footer = owner;
    doc.report = std::move(report);
    Builder(p, doc, sentence_templates, outline).build();
    return doc;
}

}  // namespace lkjip::document
