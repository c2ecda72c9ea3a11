#include "document/sentence_templates.hpp"

#include <kainjow/mustache.hpp>
#include <stdexcept>

#include "core/embedded_files.hpp"

namespace lkjip::document {

namespace {

const std::vector<SentenceKind> kKinds = {
    {"ikhtisar",
     "Ikhtisar Eksekutif: capaian OPD, IKU tercapai, anggaran",
     {"opd", "pemda", "tahun", "jumlah_sasaran", "jumlah_iku", "jumlah_iku_tercapai", "capaian", "predikat",
      "ada_capaian", "alasan_capaian", "pagu", "realisasi_anggaran", "serapan", "ada_anggaran"}},
    {"sasaran",
     "BAB III: capaian satu sasaran strategis",
     {"kode", "sasaran", "tahun", "jumlah_iku", "capaian", "predikat", "ada_capaian", "alasan_capaian"}},
    {"capaian",
     "BAB III, butir 1: target dan realisasi tahun ini, capaian dan predikat",
     {"kode", "indikator", "tahun", "target", "realisasi", "capaian", "predikat", "status", "arah_negatif",
      "ada_capaian", "alasan_capaian"}},
    {"tahun_lalu",
     "BAB III, butir 2: dibandingkan dengan tahun lalu (arah indikator diperhitungkan)",
     {"kode", "tahun", "tahun_lalu", "realisasi", "realisasi_lalu", "gerak", "penilaian", "capaian",
      "capaian_lalu", "arah_negatif", "ada_perbandingan", "alasan_perbandingan"}},
    {"riwayat",
     "BAB III, butir 2: realisasi tahun-tahun sebelum N-1, bila ada",
     {"kode", "tahun_lalu", "daftar"}},
    {"renstra",
     "BAB III, butir 3: realisasi terhadap target akhir Renstra (tingkat kemajuan)",
     {"kode", "tahun", "tahun_akhir", "realisasi", "target_akhir", "tingkat_kemajuan", "ada_kemajuan",
      "alasan_kemajuan"}},
    {"nasional",
     "BAB III, butir 4: terhadap target nasional",
     {"kode", "tahun", "realisasi", "target_nasional", "capaian_nasional", "status", "ada_target_nasional",
      "ada_capaian_nasional", "alasan_capaian_nasional"}},
    {"efisiensi",
     "BAB III, butir 6: efisiensi penggunaan sumber daya",
     {"kode", "tahun", "capaian", "pagu", "realisasi_anggaran", "serapan", "efisiensi", "kategori",
      "ada_anggaran", "ada_efisiensi", "alasan_efisiensi"}},
    {"program",
     "BAB III, butir 7: satu program yang mendukung IKU",
     {"kode", "program", "pagu", "realisasi_anggaran", "serapan", "ada_serapan", "alasan_serapan"}},
    {"tanpa_program", "BAB III, butir 7: IKU tanpa program pendukung", {"kode", "indikator"}},
    {"anggaran",
     "BAB III B: realisasi anggaran OPD",
     {"tahun", "jumlah_program", "pagu", "realisasi_anggaran", "serapan", "sisa_anggaran", "ada_serapan",
      "alasan_serapan"}},
    {"pk_pernyataan",
     "Lampiran: pernyataan Perjanjian Kinerja",
     {"tahun", "pihak_pertama_nama", "pihak_pertama_jabatan", "pihak_kedua_nama", "pihak_kedua_jabatan",
      "opd", "pemda"}},
    {"pk_revisi",
     "BAB II: berapa kali Perjanjian Kinerja tahun ini direvisi (hanya bila pernah)",
     {"tahun", "jumlah_revisi"}},
    {"pk_revisi_butir",
     "BAB II: satu revisi PK, tanggalnya dan berapa target yang diubahnya",
     {"tahun", "revisi", "tanggal", "ada_tanggal", "jumlah_perubahan", "ada_perubahan"}},
    {"pk_revisi_target",
     "BAB II: satu target yang diubah revisi PK (lama → baru)",
     {"kode", "indikator", "tahun", "revisi_lama", "target_lama", "target_baru"}},
    {"pk_lampiran",
     "Lampiran: revisi PK yang ditunjukkan lampiran Perjanjian Kinerja",
     {"tahun", "revisi", "ada_revisi", "tanggal", "ada_tanggal"}},
    {"penutup",
     "BAB IV: ringkasan capaian",
     {"tahun", "jumlah_iku", "jumlah_iku_tercapai", "capaian", "predikat", "ada_capaian", "alasan_capaian"}},
};

const SentenceKind* kind_of(std::string_view name) {
    for (const SentenceKind& k : kKinds) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

// Collapses runs of white space to one space and trims: a template may be written over several lines.
std::string collapse(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space && !(c == '.' || c == ',' || c == ';' || c == ')'))
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

void check_template(const std::string& file, const std::string& text, const SentenceKind& kind,
                    Diagnostics& diagnostics) {
    for (const TagName& t : tag_names(text, file, diagnostics)) {
        bool known = false;
        for (std::string_view k : kind.keys)
            known = known || k == t.name;
        if (known)
            continue;
        std::string names;
        for (std::string_view k : kind.keys)
            names += (names.empty() ? "" : ", ") + std::string(k);
        diagnostics.error(SourceLocation::at(file, t.line),
                          "nama \"" + t.name + "\" tidak dikenal di templat kalimat \"" +
                              std::string(kind.name) + "\"; nama yang tersedia: " + names);
    }
    kainjow::mustache::mustache compiled{text};
    if (!compiled.is_valid())
        diagnostics.error(SourceLocation::in_file(file),
                          "templat Mustache tidak sah: " + compiled.error_message());
}

}  // namespace

const std::vector<SentenceKind>& sentence_kinds() {
    return kKinds;
}

std::vector<TagName> tag_names(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    std::vector<TagName> out;
    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\n')
            ++line;
        if (text.compare(i, 2, "{{") != 0) {
            ++i;
            continue;
        }
        const bool triple = text.compare(i, 3, "{{{") == 0;
        const std::size_t open = i + (triple ? 3 : 2);
        const std::size_t close = text.find(triple ? "}}}" : "}}", open);
        if (close == std::string_view::npos) {
            diagnostics.error(SourceLocation::at(file, line), "tag \"{{\" tidak ditutup dengan \"}}\"");
            return out;
        }
        std::string inner = trim(text.substr(open, close - open));
        const std::size_t tag_line = line;
        for (std::size_t k = i; k < close; ++k)
            line += text[k] == '\n' ? 1 : 0;
        i = close + (triple ? 3 : 2);
        if (inner.empty()) {
            diagnostics.error(SourceLocation::at(file, tag_line), "tag tanpa nama");
            continue;
        }
        const char sigil = inner.front();
        if (sigil == '!')
            continue;  // a comment
        if (sigil == '>' || sigil == '=') {
            diagnostics.error(SourceLocation::at(file, tag_line),
                              std::string("tag \"{{") + sigil +
                                  "...}}\" (partial atau ganti pembatas) tidak didukung di templat kalimat");
            continue;
        }
        if (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '&')
            inner = trim(std::string_view(inner).substr(1));
        out.push_back(TagName{inner, tag_line});
    }
    return out;
}

SentenceTemplates SentenceTemplates::defaults() {
    Diagnostics diagnostics;
    SentenceTemplates t = from({}, {}, diagnostics);
    diagnostics.throw_if_errors();
    return t;
}

SentenceTemplates SentenceTemplates::from(const std::map<std::string, std::string>& texts,
                                          const std::map<std::string, std::string>& files,
                                          Diagnostics& diagnostics) {
    SentenceTemplates out;
    for (const SentenceKind& kind : kKinds) {
        const std::string name(kind.name);
        std::string file = "templates/dokumen/" + name + ".mustache";
        std::string text;
        if (auto given = texts.find(name); given != texts.end()) {
            text = given->second;
            if (auto f = files.find(name); f != files.end())
                file = f->second;
        } else if (auto embedded = embedded::find(file)) {
            text = std::string(*embedded);
        } else {
            diagnostics.error(SourceLocation::in_file(file), "templat kalimat tidak ada");
            continue;
        }
        check_template(file, text, kind, diagnostics);
        out.texts_[name] = std::move(text);
    }
    for (const auto& [name, text] : texts) {
        if (!kind_of(name)) {
            const auto f = files.find(name);
            diagnostics.warning(SourceLocation::in_file(f != files.end() ? f->second : name),
                                "templat kalimat \"" + name + "\" tidak dikenal dan tidak dipakai");
        }
    }
    return out;
}

std::string SentenceTemplates::render(std::string_view kind_name, const SentenceValues& values) const {
    const SentenceKind* kind = kind_of(kind_name);
    const auto text = texts_.find(kind_name);
    if (!kind || text == texts_.end())
        throw std::logic_error("templat kalimat tidak dikenal: " + std::string(kind_name));
    kainjow::mustache::data data;
    for (std::string_view key : kind->keys) {
        const auto v = values.find(key);
        if (v == values.end())
            throw std::logic_error("kalimat " + std::string(kind_name) + " tanpa nilai \"" +
                                   std::string(key) + "\"");
        if (const std::string* s = std::get_if<std::string>(&v->second))
            data.set(std::string(key), *s);
        else
            data.set(std::string(key), kainjow::mustache::data(std::get<bool>(v->second)));
    }
    kainjow::mustache::mustache compiled{text->second};
    // Plain text: the renderers escape for their own formats.
    compiled.set_custom_escape([](const std::string& s) { return s; });
    return collapse(compiled.render(data));
}

}  // namespace lkjip::document
