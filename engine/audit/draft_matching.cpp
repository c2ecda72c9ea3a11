#include "audit/draft_matching.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <optional>
#include <regex>

#include "audit/draft_narrative.hpp"
#include "core/text.hpp"
#include "quantity/vocabulary.hpp"

namespace lkjip::audit {
namespace {

bool has_digit(const std::string& s) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool contains_word(const std::string& text, const std::string& word) {
    return (" " + text + " ").find(" " + word + " ") != std::string::npos;
}

// What a row is about.
struct RowSubject {
    std::string objek;  // as in angka_tercetak.csv
    quantity::SubjectKind kind = quantity::kOpd;
    std::string label;                   // the printed name or code it was recognised by
    std::optional<std::size_t> sasaran;  // the sasaran in force (its own, or its indicator's)
    std::string opd_besaran;             // a summary row ("Capaian kinerja rata-rata") names its quantity
    std::string program;  // a program's indicator: the program, whose budget figures its row shows
};

std::string table_id(const std::string& caption, std::size_t index) {
    static const std::regex numbered(R"(^\s*Tabel\s+([0-9A-Z]+(?:\.[0-9]+)*)\b.*)", std::regex::icase);
    std::smatch m;
    if (std::regex_match(caption, m, numbered))
        return m[1].str();
    const std::string n = normalized_name(caption);
    if (n.find("pengukuran kinerja") != std::string::npos)
        return "lampiran:pengukuran";
    return "draf:" + std::to_string(index + 1);
}

// Summary rows of an overview table (lkjip's Ikhtisar and its kind), by the words of their label.
std::string opd_row_besaran(const std::string& label) {
    static const std::vector<std::pair<std::string, std::string>> rows = {
        {"jumlah sasaran", "jumlah_sasaran"},
        {"jumlah indikator", "jumlah_iku"},
        {"jumlah iku", "jumlah_iku"},
        {"jumlah tujuan", "jumlah_tujuan"},
        {"jumlah program", "jumlah_program"},
        {"jumlah kegiatan", "jumlah_kegiatan"},
        {"jumlah sub kegiatan", "jumlah_sub_kegiatan"},
        {"mencapai target", "jumlah_iku_tercapai"},
        {"tahun laporan", "-"},
        {"rumus", "-"},
        {"batas atas", "-"},
        {"batas bawah", "-"},
        {"capaian kinerja", "capaian"},
        {"predikat", "predikat"},
        {"atribut", "atribut"},
        {"realisasi anggaran", "realisasi_anggaran"},
        {"pagu anggaran", "pagu"},
        {"serapan anggaran", "serapan"},
        {"sisa anggaran", "sisa_anggaran"},
        {"terbilang", "terbilang"},
    };
    const std::string n = normalized_name(label);
    for (const auto& [words, besaran] : rows)
        if (n.find(words) != std::string::npos)
            return besaran;
    return "";
}

class Matcher {
  public:
    explicit Matcher(const compute::Performance& p) : p_(p) {}

    // The subject a row's cells name, most specific first: an indicator, a budget item, a sasaran, the
    // total row, a summary row of the whole OPD.
    std::optional<RowSubject> subject_of_row(const model::DraftRow& row) const {
        std::optional<RowSubject> found;
        for (const model::DraftCell& cell : row.cells) {
            if (cell.text.empty())
                continue;
            if (auto s = indicator(cell.text)) {
                return s;
            }
            if (auto s = budget(cell.text); s && (!found || found->kind != quantity::kProgram))
                found = s;
            else if (auto s2 = sasaran(cell.text); s2 && !found)
                found = s2;
        }
        if (found)
            return found;
        for (const model::DraftCell& cell : row.cells) {
            const std::string n = normalized_name(cell.text);
            if (n == "jumlah" || n == "total" || n == "j u m l a h" || n.rfind("jumlah total", 0) == 0)
                return RowSubject{"total", quantity::kTotal, cell.text, {}, "", ""};
            // "Belanja Operasi": a jenis of belanja (belanja.csv).
            if (n.rfind("belanja ", 0) == 0 && n.find(' ', 8) == std::string::npos)
                return RowSubject{"belanja:" + n.substr(8), quantity::kBelanja, cell.text, {}, "", ""};
        }
        for (const model::DraftCell& cell : row.cells) {
            if (std::none_of(cell.text.begin(), cell.text.end(),
                             [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
                continue;
            const std::string b = opd_row_besaran(cell.text);
            if (!b.empty()) {
                const bool budget_row = b == "pagu" || b == "realisasi_anggaran" || b == "serapan" ||
                                        b == "sisa_anggaran" || b == "terbilang";
                return RowSubject{budget_row ? "total" : "opd",
                                  budget_row ? quantity::kTotal : quantity::kOpd,
                                  cell.text,
                                  {},
                                  b,
                                  ""};
            }
        }
        return std::nullopt;
    }

  private:
    std::optional<RowSubject> indicator(const std::string& text) const {
        // An IKU before a tujuan's or a program's indicator of the same name.
        std::vector<std::size_t> order(p_.indicators.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
            return p_.indicators[i].indicator->level == model::IndicatorLevel::Sasaran;
        });
        for (std::size_t i : order) {
            const model::Indicator& ind = *p_.indicators[i].indicator;
            if (text == ind.kode || same_name(text, ind.nama)) {
                RowSubject s{ind.kode, quantity::kIndicator, text, {}, "", ""};
                if (ind.level == model::IndicatorLevel::Program)
                    s.program = ind.induk;
                for (std::size_t k = 0; k < p_.sasaran.size(); ++k)
                    if (std::find(p_.sasaran[k].iku.begin(), p_.sasaran[k].iku.end(), i) !=
                        p_.sasaran[k].iku.end())
                        s.sasaran = k;
                return s;
            }
        }
        return std::nullopt;
    }
    std::optional<RowSubject> sasaran(const std::string& text) const {
        for (std::size_t k = 0; k < p_.sasaran.size(); ++k) {
            const model::Sasaran& s = *p_.sasaran[k].sasaran;
            if (text == s.kode || same_name(text, s.uraian))
                return RowSubject{s.kode, quantity::kSasaran, text, k, "", ""};
        }
        return std::nullopt;
    }
    std::optional<RowSubject> budget(const std::string& text) const {
        std::string code = text.substr(0, text.find(' '));
        while (!code.empty() && code.back() == '.')
            code.pop_back();
        for (const rules::BudgetNode& node : p_.budget.nodes)
            if (node.item && node.item->kode == code)
                return RowSubject{node.item->kode, quantity::kProgram, text, {}, "", ""};
        for (const rules::BudgetNode& node : p_.budget.nodes)
            if (node.item && same_name(text, node.item->nama))
                return RowSubject{node.item->kode, quantity::kProgram, text, {}, "", ""};
        return std::nullopt;
    }
    const compute::Performance& p_;
};

bool is_atribut_word(const std::string& text, const compute::Performance& p) {
    const std::string n = normalized_name(text);
    for (const auto& band : p.conventions.atribut.bands)
        if (normalized_name(band.label) == n)
            return true;
    return false;
}

int year_of(const std::vector<std::string>& headers, int fallback) {
    static const std::regex year(R"(\b((?:19|20)[0-9]{2})\b)");
    int found = fallback;
    for (const std::string& h : headers) {
        std::smatch m;
        std::string rest = h;
        while (std::regex_search(rest, m, year)) {
            found = std::stoi(m[1].str());
            rest = m.suffix();
        }
    }
    return found;
}

std::string joined(const std::vector<std::string>& headers) {
    std::string out;
    for (const std::string& h : headers)
        out += (out.empty() ? "" : " / ") + h;
    return out;
}

}  // namespace

std::string normalized_name(const std::string& name) {
    std::string out;
    bool space = false;
    for (unsigned char c : name) {
        if (std::isalnum(c) || c >= 0x80) {
            if (space && !out.empty())
                out += ' ';
            space = false;
            out += static_cast<char>(std::tolower(c));
        } else {
            space = true;
        }
    }
    return out;
}

namespace {

// "Program Penunjang ..." and "Penunjang ...": the level word is often left out.
std::string without_level_word(std::string n) {
    for (const char* prefix : {"program ", "kegiatan ", "sub kegiatan "})
        if (n.rfind(prefix, 0) == 0)
            return n.substr(std::string(prefix).size());
    return n;
}

std::vector<std::string> words_of(const std::string& n) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < n.size()) {
        std::size_t end = n.find(' ', start);
        if (end == std::string::npos)
            end = n.size();
        out.push_back(n.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace

bool same_name(const std::string& printed, const std::string& known) {
    const std::string a = without_level_word(normalized_name(printed)),
                      b = without_level_word(normalized_name(known));
    if (a.empty() || b.empty())
        return false;
    if (a == b)
        return true;
    // Words swapped or one left out ("Persentase Cakupan Kelompok Bina Pengrajin", "Persentase Kontribusi
    // Industri terhadap PDRB"): at least three printed words, every one of them in the name, covering three
    // quarters of it.
    const std::vector<std::string> pw = words_of(a), kw = words_of(b);
    if (pw.size() >= 3 && pw.size() * 4 >= kw.size() * 3 && pw.size() <= kw.size() &&
        std::all_of(pw.begin(), pw.end(),
                    [&](const std::string& w) { return std::find(kw.begin(), kw.end(), w) != kw.end(); }))
        return true;
    const std::size_t longest = std::max(a.size(), b.size());
    if (longest < 8)
        return false;
    const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    const std::size_t allowed = std::max<std::size_t>(2, longest / 8);
    return gap <= allowed && text::edit_distance(a, b) <= allowed;
}

namespace {

// A header word misspelt by one letter ("Realaisasi") still names its column; short words must be exact.
bool has_word(const std::string& h, const std::string& word) {
    if (h.find(word) != std::string::npos)
        return true;
    if (word.size() < 6 || word.find(' ') != std::string::npos)
        return false;
    std::size_t start = 0;
    while (start < h.size()) {
        std::size_t end = h.find(' ', start);
        if (end == std::string::npos)
            end = h.size();
        const std::string token = h.substr(start, end - start);
        if (token.size() + 1 >= word.size() && token.size() <= word.size() + 1 &&
            text::edit_distance(token, word) <= 1)
            return true;
        start = end + 1;
    }
    return false;
}

std::string besaran_of_words(const std::string& h, bool cell_has_digits) {
    auto has = [&](const char* word) { return has_word(h, word); };
    if (has("terbilang") || has("satuan") || has("sumber") || has("keterangan") || has("kode") ||
        has("uraian") || has("formula") || has("arah") || contains_word(h, "no"))
        return "-";  // a column of names, units or notes: no figure

    if (has("serapan"))
        return "serapan";
    if (has("sisa"))
        return "sisa_anggaran";
    if (has("efisien"))
        return cell_has_digits ? "efisiensi" : "kategori_efisiensi";
    if (has("realisasi anggaran") || has("realisasi keuangan") ||
        (has("realisasi") && (contains_word(h, "rp") || has("anggaran") || has("apbd"))))
        return "realisasi_anggaran";
    if (has("murni"))
        return "pagu_murni";
    if (has("perubahan") && (has("pagu") || has("anggaran") || has("apbd")))
        return "pagu_perubahan";
    if (has("pagu") || has("anggaran") || contains_word(h, "rp"))
        return "pagu";
    if (has("predikat"))
        return "predikat";
    if (has("atribut"))
        return "atribut";
    if (has("kemajuan"))
        return "tingkat_kemajuan";
    if (has("capaian"))
        return "capaian";
    if (has("target")) {
        if (has("nasional"))
            return "target_nasional";
        if (has("akhir"))
            return "target_akhir_renstra";
        if (has("renstra"))  // a Renstra matrix's target of one year (Tabel L.2)
            return "target_renstra";
        return "target";
    }
    if (has("realisasi"))
        return "realisasi";
    if (has("kondisi awal"))
        return "kondisi_awal";
    return "";
}

}  // namespace

// The lowest header names the column best ("APBD Perubahan" under "Pagu Anggaran (Rp)" under a caption
// mentioning "Pagu Murni dan Perubahan"): the headers are read from the bottom up, one more each time, until
// they name a quantity.
std::string besaran_of_header(const std::vector<std::string>& headers, bool cell_has_digits) {
    std::string h;
    for (std::size_t k = headers.size(); k-- > 0;) {
        h = " " + normalized_name(headers[k]) + h;
        const std::string b = besaran_of_words(h, cell_has_digits);
        if (b.empty())
            continue;
        // "Capaian (%)" under "Anggaran" is the budget's: serapan.
        std::string all;
        for (const std::string& part : headers)
            all += " " + normalized_name(part);
        if (b == "capaian" &&
            (all.find("anggaran") != std::string::npos || all.find("keuangan") != std::string::npos))
            return "serapan";
        return b;
    }
    return "";
}

DraftFigures match_draft(const model::DraftDocument& draft, const compute::Performance& p) {
    static const std::regex row_number(R"(^[0-9]{1,3}\.?$)");
    DraftFigures out;
    const Matcher matcher(p);
    const int report_year = p.opd ? p.opd->profile.tahun : 0;
    for (std::size_t t = 0; t < draft.tables.size(); ++t) {
        const model::DraftTable& table = draft.tables[t];
        const std::string id = table_id(table.caption, t);
        std::optional<std::size_t> sasaran_in_force;
        std::string last_opd_besaran;
        bool belanja_table = false;
        // A label in a cell merged over two rows (a sasaran's predikat) can be cut by the row border,
        // "Sangat" above and "Rendah" below: the same label of the same subject in the next row continues it.
        std::map<std::string, std::pair<std::size_t, std::size_t>> last_label;  // key → (figure, row)
        for (std::size_t row_index = 0; row_index < table.rows.size(); ++row_index) {
            const model::DraftRow& row = table.rows[row_index];
            std::optional<RowSubject> subject = matcher.subject_of_row(row);
            // The total row of a table of belanja is the belanja's total, not the programs'.
            if (subject && subject->kind == quantity::kBelanja)
                belanja_table = true;
            if (subject && subject->kind == quantity::kTotal && belanja_table &&
                subject->opd_besaran.empty()) {
                subject->kind = quantity::kBelanja;
                subject->objek = "belanja";
            }
            if (subject && subject->sasaran)
                sasaran_in_force = subject->sasaran;
            const std::string page = row.page > 0 ? std::to_string(row.page) : "";
            const std::string place_of_table = "tabel " + id + (page.empty() ? "" : ", halaman " + page);
            // The row's number ("1") and its code, before its name, are its place, not figures.
            bool before_name = true;
            for (const model::DraftCell& cell : row.cells) {
                const bool digits = has_digit(cell.text);
                if (cell.text.empty())
                    continue;
                if (before_name && digits &&
                    (std::regex_match(cell.text, row_number) ||
                     (subject && cell.text.rfind(subject->objek, 0) == 0)))
                    continue;
                if (std::any_of(cell.text.begin(), cell.text.end(),
                                [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }))
                    before_name = false;
                if (subject &&
                    (cell.text == subject->label || (!digits && same_name(cell.text, subject->label))))
                    continue;
                std::string besaran = besaran_of_header(cell.headers, digits);
                if (!cell.outer_header.empty()) {
                    std::vector<std::string> wider = cell.headers;
                    wider.insert(wider.begin(), cell.outer_header);
                    const std::string outer = besaran_of_header(wider, digits);
                    if (besaran.empty() || (besaran == "capaian" && outer == "serapan"))
                        besaran = outer;
                }
                if (besaran == "-")
                    continue;
                const std::string column =
                    joined(cell.headers) +
                    (cell.outer_header.empty() ? "" : " (di bawah " + cell.outer_header + ")");
                const std::string where = place_of_table + ", baris \"" +
                                          (subject ? subject->label : std::string("?")) + "\", kolom \"" +
                                          column + "\"";
                if (subject && subject->opd_besaran == "terbilang" && !last_opd_besaran.empty()) {
                    besaran = last_opd_besaran + "_terbilang";
                } else if (besaran.empty() && subject && !subject->opd_besaran.empty()) {
                    besaran = subject->opd_besaran;
                }
                if (besaran == "-")
                    continue;
                const bool budget_row =
                    subject && (subject->kind == quantity::kProgram || subject->kind == quantity::kTotal ||
                                subject->kind == quantity::kBelanja);
                if (budget_row && besaran == "realisasi")
                    besaran = "realisasi_anggaran";  // "REALISASI" beside the pagu of a program
                if (budget_row && besaran.empty() && digits &&
                    (normalized_name(column).find("rata") != std::string::npos ||
                     column.find('%') != std::string::npos))
                    besaran = "serapan";  // "% RATA RATA" of a program's budget
                // A "Predikat Capaian" column printing "Sangat Berhasil": the words are the atribut scale's.
                if (besaran == "predikat" && !digits && is_atribut_word(cell.text, p))
                    besaran = "atribut";
                if (besaran.empty()) {
                    if (digits)
                        out.unmatched.push_back({cell.text, where, "kolom tanpa besaran yang dikenal"});
                    continue;
                }
                if (!subject) {
                    out.unmatched.push_back({cell.text, where,
                                             "baris tidak dikenali (bukan indikator, sasaran, "
                                             "program, kegiatan atau sub kegiatan data ini)"});
                    continue;
                }
                RowSubject about = *subject;
                const std::string header_words = normalized_name(joined(cell.headers));
                if (about.kind == quantity::kIndicator && header_words.find("sasaran") != std::string::npos &&
                    sasaran_in_force &&
                    (besaran == "capaian" || besaran == "predikat" || besaran == "atribut")) {
                    about.kind = quantity::kSasaran;
                    about.objek = p.sasaran[*sasaran_in_force].sasaran->kode;
                }
                const quantity::Quantity* q = quantity::find(besaran);
                // A program's row shows its indicator and its budget: serapan and efisiensi are the
                // program's.
                if (q && about.kind == quantity::kIndicator && !about.program.empty() &&
                    ((q->subjects & quantity::kProgram) != 0)) {
                    about.kind = quantity::kProgram;
                    about.objek = about.program;
                }
                if (!q || !(q->subjects & about.kind)) {
                    out.unmatched.push_back(
                        {cell.text, where, "besaran " + besaran + " tidak berlaku untuk " + about.objek});
                    continue;
                }
                // "n/a" and "-" say that nothing is printed, in a number column and in a label column alike.
                const std::string word = normalized_name(cell.text);
                if (!digits && (word.empty() || word == "n a" || word == "na" ||
                                (q->kind != quantity::Kind::Label && q->kind != quantity::Kind::Words)))
                    continue;
                model::PrintedFigure f;
                f.tabel = id;
                f.halaman = page;
                f.objek = about.objek;
                f.besaran = besaran;
                f.tahun = q->yearly ? year_of(cell.headers, report_year) : report_year;
                f.nilai = cell.text;
                f.catatan = "draf: " + where;
                f.where = SourceLocation::in_file(draft.file);
                if (q->kind == quantity::Kind::Label) {
                    const std::string key = f.objek + "|" + f.besaran + "|" + std::to_string(f.tahun);
                    const auto previous = last_label.find(key);
                    if (previous != last_label.end() && previous->second.second + 1 == row_index) {
                        out.matched[previous->second.first].nilai += " " + f.nilai;
                        previous->second.second = row_index;
                        continue;
                    }
                    last_label[key] = {out.matched.size(), row_index};
                }
                out.matched.push_back(std::move(f));
            }
            if (subject && !subject->opd_besaran.empty() && subject->opd_besaran != "terbilang")
                last_opd_besaran = subject->opd_besaran;
        }
    }
    for (model::PrintedFigure& f : narrative_figures(draft, p))
        out.matched.push_back(std::move(f));
    return out;
}

}  // namespace lkjip::audit
