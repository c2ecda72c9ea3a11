#include "audit/audit.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "audit/expected_value.hpp"
#include "audit/printed_value.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "rules/capaian.hpp"

namespace lkjip::audit {

namespace {

// "meningkat/ menurun/ tetap", "Ada/ Tidak ada": the choices of a template left in the text, no digit.
bool is_unfilled_template(const std::string& text) {
    const std::size_t slash = text.find('/');
    return slash != std::string::npos && slash > 0 && slash + 1 < text.size() &&
           std::none_of(text.begin(), text.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
           std::isalpha(static_cast<unsigned char>(text[slash - 1]));
}

struct Figure {
    const model::PrintedFigure* f;
    ValueKind kind;
    PrintedValue value;
};

// Case and spacing do not matter, nor the older spelling "milyar" for "miliar".
std::string normal_label(const std::string& s) {
    std::string out;
    for (char c : s) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (l == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += l;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    for (std::size_t at = out.find("milyar"); at != std::string::npos; at = out.find("milyar", at))
        out.replace(at, 6, "miliar");
    return out;
}

double step(int decimals) {
    return std::pow(10.0, -decimals);
}

bool same_at(double printed, double value, int decimals) {
    return std::fabs(printed - value) < step(decimals) / 2.0 + 1e-9;
}

std::string shown(double v, ValueKind kind, int decimals) {
    if (kind == ValueKind::Money || kind == ValueKind::Count) {
        // Whole rupiah to the last digit, which 12 significant digits would not keep past 999 miliar;
        // a printed amount beyond int64 (only ever a typo) still reads as written, in its magnitude.
        if (std::fabs(v) < 9e18)
            return format::ribuan(static_cast<std::int64_t>(std::llround(v)));
        return format::angka(v, 0);
    }
    return format::angka(v, decimals);
}

class Auditor {
  public:
    Auditor(const std::vector<model::PrintedFigure>& printed, const compute::Performance& p) : p_(p) {
        for (const model::PrintedFigure& f : printed) {
            const ValueKind kind = kind_of(f.besaran);
            figures_.push_back({&f, kind, read_printed_value(f.nilai, kind)});
        }
        // Figures with a number by table, objek, year and besaran, in file order: the checks between
        // figures look each other up here instead of scanning every figure for every figure.
        for (const Figure& fig : figures_) {
            if (fig.value.number)
                numbered_[key(fig.f->tabel, fig.f->objek, fig.f->tahun, fig.f->besaran)].push_back(&fig);
        }
    }

    std::vector<Finding> run() {
        for (const Figure& fig : figures_)
            check_against_data(fig);
        check_between_tables();
        check_children();
        check_printed_serapan();
        std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
            return static_cast<int>(rule(a.rule).severity) < static_cast<int>(rule(b.rule).severity);
        });
        return findings_;
    }

  private:
    const compute::Performance& p_;
    std::vector<Figure> figures_;
    std::vector<Finding> findings_;

    void add(const Figure& fig, const std::string& rule_id, std::string seharusnya, std::string pesan) {
        Finding x;
        x.rule = rule_id;
        x.tabel = fig.f->tabel;
        x.halaman = fig.f->halaman;
        x.objek = fig.f->objek;
        x.besaran = fig.f->besaran;
        x.tahun = fig.f->tahun;
        x.tercetak = fig.f->nilai;
        x.seharusnya = std::move(seharusnya);
        x.pesan = std::move(pesan);
        x.where = fig.f->where;
        findings_.push_back(std::move(x));
    }

    // The scale of the ordinal indicator `objek`, or nullptr.
    const model::OrdinalScale* scale_of(const std::string& objek) const {
        const compute::IndicatorResult* r = p_.find_indicator(objek);
        if (!r || r->indicator->skala.empty())
            return nullptr;
        return model::find_scale(p_.opd->skala, p_.conventions.ordinal_scales, r->indicator->skala);
    }

    // A printed figure of the same objek and year in the same table (the capaian beside a predikat).
    // A program's capaian is printed on its indicator (IP-<kode>), so that one counts as the same objek.
    const Figure* sibling(const Figure& fig, const std::string& besaran) const {
        for (const std::string& objek : {fig.f->objek, "IP-" + fig.f->objek}) {
            if (const auto it = numbered_.find(key(fig.f->tabel, objek, fig.f->tahun, besaran));
                it != numbered_.end())
                return it->second.front();
        }
        return nullptr;
    }

    using FigureKey = std::tuple<std::string, std::string, int, std::string>;
    static FigureKey key(const std::string& tabel, const std::string& objek, int tahun,
                         const std::string& besaran) {
        return {tabel, objek, tahun, besaran};
    }
    std::map<FigureKey, std::vector<const Figure*>> numbered_;
    // "capaian ... meningkat" without a number: the word against the sign of the change. True when the text
    // is such a word (and the check is done).
    bool check_direction_word(const Figure& fig, const Expected& e) {
        std::string word;
        for (char c : fig.f->nilai)
            if (c != ' ')
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (word == "naik")
            word = "meningkat";
        if (word == "turun")
            word = "menurun";
        if (word != "meningkat" && word != "menurun" && word != "tetap")
            return false;
        if (!e.number) {
            add(fig, "tanpa_data", "", "tercetak \"" + fig.f->nilai + "\"; " + e.na_reason);
            return true;
        }
        const double change = format::round_to(*e.number, p_.conventions.display.decimals);
        const std::string actual = change > 0 ? "meningkat" : change < 0 ? "menurun" : "tetap";
        if (actual != word)
            add(fig, "arah_perubahan", actual,
                "tercetak \"" + fig.f->nilai + "\", padahal capaian berubah " +
                    format::angka(change, p_.conventions.display.decimals) + " poin dari tahun sebelumnya");
        return true;
    }

    void check_against_data(const Figure& fig) {
        const Expected e = expected_value(*fig.f, p_);
        if (!e.applies) {
            add(fig, "tidak_dikenal", "",
                "lkjip tidak dapat menghitung " + fig.f->besaran + " untuk objek \"" + fig.f->objek +
                    "\" tahun " + std::to_string(fig.f->tahun) + " dari data primer");
            return;
        }
        if (fig.kind == ValueKind::Label) {
            check_label(fig, e);
            return;
        }
        // An ordinal indicator's target or realisasi (kondisi awal, target nasional, a quarter) is a level of
        // its scale ("WTP"): the printed word is compared with the data's label, not read as a number.
        if (e.label && !e.number) {
            Figure as_label = fig;
            as_label.value = read_printed_value(fig.f->nilai, ValueKind::Label);
            // Another level of the indicator's scale ("WTP" printed, "WDP" in the data) is the primary data
            // printed wrong, not a misspelt word.
            if (const model::OrdinalScale* scale = scale_of(fig.f->objek);
                scale && normal_label(as_label.value.label) != normal_label(*e.label) &&
                scale->find(as_label.value.label)) {
                add(fig, "angka_primer", *e.label,
                    "tercetak \"" + fig.f->nilai + "\", dari data \"" + *e.label + "\" (tingkat skala " +
                        scale->name + ")");
                return;
            }
            check_label(as_label, e);
            return;
        }
        if (!fig.value.number && fig.f->besaran == "perubahan_capaian" && check_direction_word(fig, e))
            return;
        if (!fig.value.number && is_unfilled_template(fig.f->nilai)) {
            add(fig, "isian_templat", "",
                "tercetak \"" + fig.f->nilai + "\": pilihan templat, bukan keadaannya");
            return;
        }
        if (!fig.value.number) {
            add(fig, "tidak_terbaca", "", "\"" + fig.f->nilai + "\" bukan angka yang dapat dibaca");
            return;
        }
        if (!fig.value.irregular.empty())
            add(fig, "penulisan_angka", "", fig.value.irregular);
        const double printed = *fig.value.number;
        if (!e.number && e.missing_data) {
            add(fig, "tanpa_data", "", "dicetak " + fig.f->nilai + "; " + e.na_reason);
            return;
        }
        if (!e.number) {
            add(fig, "tidak_terukur", "n/a",
                "dicetak " + fig.f->nilai + ", padahal nilainya tidak dapat diukur: " + e.na_reason);
            return;
        }
        const double value = *e.number;
        const int d = fig.kind == ValueKind::Number ? fig.value.decimals : 0;
        const int display = p_.conventions.display.decimals;
        const std::string want =
            shown(value, fig.kind, std::max(d, fig.kind == ValueKind::Number ? display : 0));
        if (fig.kind != ValueKind::Number) {
            if (printed != std::round(value))
                add(fig, e.from_computation ? "hitungan" : "angka_primer", want,
                    difference_text(printed, value, fig.kind, 0));
            return;
        }
        if (!e.from_computation) {
            if (!same_at(printed, value, d))
                add(fig, "angka_primer", want, difference_text(printed, value, fig.kind, d));
            return;
        }
        const double rounded = format::round_to(value, d);
        if (same_at(printed, rounded, d)) {
            if (d < display && !same_at(format::round_to(value, display), rounded, display))
                add(fig, "presisi_kurang", want,
                    "dicetak dengan " + std::to_string(d) + " desimal; nilainya " + want);
            return;
        }
        // An efficiency a digit off because it was divided from rounded figures; a larger difference that
        // follows the printed figures is a calculation error, explained further below.
        if (fig.f->besaran == "efisiensi" && std::fabs(printed - rounded) <= 2 * step(d) + 1e-9) {
            if (const std::string from = efficiency_from_printed(fig); !from.empty()) {
                add(fig, "pembulatan_bertahap", want, "nilainya " + want + from);
                return;
            }
        }
        if (same_at(printed, format::round_to(value, d, format::Rounding::Truncate), d)) {
            add(fig, "pembulatan_dipotong", want,
                "nilai " + format::angka(value, std::min(d + 2, format::kMaxDecimals)) +
                    " dipotong menjadi " + fig.f->nilai + "; dibulatkan setengah ke atas menjadi " +
                    format::angka(rounded, d));
            return;
        }
        if (std::fabs(printed - rounded) <= step(d) + 1e-9) {
            add(fig, "pembulatan_bertahap", want,
                "selisih satu digit terakhir dari " + want +
                    ", ciri perhitungan dari angka yang sudah dibulatkan");
            return;
        }
        if ((fig.f->besaran == "capaian" || fig.f->besaran == "tingkat_kemajuan") &&
            explain_capaian(fig, printed, value, want))
            return;
        if (explain_mean_of_children(fig, printed, d, want))
            return;
        std::string message = difference_text(printed, value, fig.kind, d);
        if (fig.f->besaran == "efisiensi")
            message += efficiency_from_printed(fig);
        add(fig, "hitungan", want, message);
    }

    // A parent's percentage printed as the plain mean of its children's printed percentages (Setda Sumut:
    // 88,6 = mean of 93,6 / 87,4 / 92,9 / 80,5, where Σ realisasi / Σ pagu gives 88,92).
    bool explain_mean_of_children(const Figure& fig, double printed, int d, const std::string& want) {
        if (fig.f->besaran != "serapan" && fig.f->besaran != "capaian" && fig.f->besaran != "efisiensi")
            return false;
        const rules::BudgetNode* node = nullptr;
        for (const rules::BudgetNode& n : p_.budget.nodes)
            if (n.item && n.item->kode == fig.f->objek)
                node = &n;
        if (!node || node->children.size() < 2)
            return false;
        std::vector<double> children;
        std::string listed;
        for (std::size_t c : node->children) {
            const model::BudgetItem* child = p_.budget.nodes[c].item;
            const Figure* found = nullptr;
            for (const Figure& other : figures_)
                if (other.f->tabel == fig.f->tabel && other.f->tahun == fig.f->tahun &&
                    other.f->besaran == fig.f->besaran && child && other.f->objek == child->kode &&
                    other.value.number)
                    found = &other;
            if (!found)
                return false;
            children.push_back(*found->value.number);
            listed += (listed.empty() ? "" : " / ") + found->f->nilai;
        }
        double sum = 0;
        for (double v : children)
            sum += v;
        const double mean = sum / static_cast<double>(children.size());
        if (!same_at(printed, format::round_to(mean, d), d))
            return false;
        add(fig, "rata_rata_anak", want,
            "tercetak " + fig.f->nilai + " = rata-rata persentase rinciannya yang tercetak (" + listed +
                "), bukan dari jumlahnya (" + want +
                "); bila itu konvensi laporan ini: --set anggaran.serapan_induk=rata_rata_anak");
        return true;
    }

    std::string difference_text(double printed, double value, ValueKind kind, int d) const {
        const int shown_d = kind == ValueKind::Number ? std::max(d, p_.conventions.display.decimals) : 0;
        return "tercetak " + shown(printed, kind, d) + ", dari data " + shown(value, kind, shown_d) +
               " (selisih " + shown(printed - value, kind, shown_d) + ")";
    }

    // A wrong capaian (or tingkat kemajuan, the capaian of realisasi N against the Renstra end target) that a
    // known mistake explains: the other direction's formula, or a cap.
    bool explain_capaian(const Figure& fig, double printed, double value, const std::string& want) {
        const compute::IndicatorResult* r = p_.find_indicator(fig.f->objek);
        // The target and realisasi the printed figure was computed from.
        std::optional<model::Target> target;
        std::optional<double> realisasi;
        if (r && fig.f->besaran == "tingkat_kemajuan") {
            target = r->target_akhir_renstra;
            realisasi = r->current.realisasi;
        } else if (const compute::YearResult* y = r ? r->year(fig.f->tahun) : nullptr) {
            target = y->target;
            realisasi = y->realisasi;
        }
        if (r) {
            if (target && realisasi) {
                const model::Arah other =
                    r->indicator->arah == model::Arah::Positif ? model::Arah::Negatif : model::Arah::Positif;
                const rules::Capaian c = rules::capaian(target, realisasi, other, p_.conventions.capaian);
                if (c.value &&
                    same_at(printed, format::round_to(*c.value, fig.value.decimals), fig.value.decimals)) {
                    add(fig, "arah_terbalik", want,
                        std::string("indikator ") +
                            (r->indicator->arah == model::Arah::Positif ? "positif" : "negatif") +
                            " dihitung dengan rumus indikator " +
                            (other == model::Arah::Positif ? "positif" : "negatif"));
                    return true;
                }
            }
        }
        // The floor (batas_bawah) or a cap of the conventions gives the data's value; the printed one is the
        // capaian without it: say which convention the report evidently used.
        if (r) {
            model::CapaianConventions unbounded = p_.conventions.capaian;
            unbounded.floor.reset();
            unbounded.cap.reset();
            const bool at_floor = p_.conventions.capaian.floor && value == *p_.conventions.capaian.floor;
            const bool at_cap = p_.conventions.capaian.cap && value == *p_.conventions.capaian.cap;
            if (target && realisasi && (at_floor || at_cap)) {
                const rules::Capaian c = rules::capaian(target, realisasi, r->indicator->arah, unbounded);
                if (c.value &&
                    same_at(printed, format::round_to(*c.value, fig.value.decimals), fig.value.decimals)) {
                    add(fig, "batas_tidak_diterapkan", want,
                        "tercetak " + fig.f->nilai + " = capaian tanpa " +
                            (at_floor ? "batas bawah" : "batas atas") + "; dengan konvensi capaian." +
                            (at_floor ? "batas_bawah" : "batas_atas") + " nilainya " + want +
                            ". Laporan ini tampaknya memakai --set capaian." +
                            (at_floor ? "batas_bawah" : "batas_atas") + "=tidak_ada");
                    return true;
                }
            }
        }
        if (!p_.conventions.capaian.cap && value > printed && (printed == 100.0 || printed == 120.0)) {
            add(fig, "capaian_dibatasi", want,
                "capaian " + want + " dicetak " + fig.f->nilai +
                    ", padahal konvensi tidak memakai batas atas");
            return true;
        }
        return false;
    }

    // Whether a wrong efficiency follows from the capaian and serapan printed beside it.
    std::string efficiency_from_printed(const Figure& fig) const {
        const Figure* c = sibling(fig, "capaian");
        const Figure* s = sibling(fig, "serapan");
        if (!c || !s || *s->value.number == 0.0)
            return "";
        const double from_printed = *c->value.number / *s->value.number * 100.0;
        if (same_at(*fig.value.number, format::round_to(from_printed, fig.value.decimals),
                    fig.value.decimals))
            return "; angka ini mengikuti capaian " + c->f->nilai + " dan serapan " + s->f->nilai +
                   " yang tercetak di tempat yang sama";
        return "";
    }

    void check_label(const Figure& fig, const Expected& e) {
        const std::string printed = normal_label(fig.value.label);
        if (fig.f->besaran.size() > 10 && fig.f->besaran.find("_terbilang") != std::string::npos) {
            if (!e.label) {
                add(fig, "tidak_terukur", "n/a", "jumlah yang dieja tidak ada di data: " + e.na_reason);
                return;
            }
            if (printed != normal_label(*e.label))
                add(fig, "terbilang", *e.label, "ejaan tidak sama dengan jumlah dari data");
            return;
        }
        if (!e.label) {
            add(fig, "tidak_terukur", "n/a", "dicetak \"" + fig.f->nilai + "\", padahal " + e.na_reason);
            return;
        }
        const std::string want = normal_label(*e.label);
        if (printed == want)
            return;
        // A truncated or misspelt word for the right band.
        if ((!printed.empty() && want.rfind(printed, 0) == 0) || text::edit_distance(printed, want) <= 3) {
            add(fig, "label_tidak_baku", *e.label, "\"" + fig.f->nilai + "\" untuk \"" + *e.label + "\"");
            return;
        }
        std::string message = "tercetak \"" + fig.f->nilai + "\", dari data \"" + *e.label + "\"";
        const std::string& b = fig.f->besaran;
        if (b == "predikat" || b == "atribut") {
            const compute::IndicatorResult* r = p_.find_indicator(fig.f->objek);
            if (r && r->current.tahun == fig.f->tahun && r->current.realisasi) {
                const auto from_realisasi = label_for(b, *r->current.realisasi, p_);
                if (from_realisasi && normal_label(*from_realisasi) == printed) {
                    add(fig, "predikat_dari_realisasi", *e.label,
                        message + "; \"" + *from_realisasi + "\" adalah peringkat realisasi " +
                            format::angka(*r->current.realisasi) + ", bukan capaian");
                    return;
                }
            }
            if (const Figure* c = sibling(fig, "capaian")) {
                const auto from_printed = label_for(b, *c->value.number, p_);
                if (from_printed && normal_label(*from_printed) == printed)
                    message += "; mengikuti capaian tercetak " + c->f->nilai;
            }
        }
        add(fig, "label", *e.label, message);
    }

    // One quantity printed with different values in different places.
    void check_between_tables() {
        std::map<std::tuple<std::string, std::string, int>, std::vector<const Figure*>> groups;
        std::vector<std::tuple<std::string, std::string, int>> order;
        for (const Figure& fig : figures_) {
            const auto key = std::make_tuple(fig.f->objek, fig.f->besaran, fig.f->tahun);
            if (!groups.count(key))
                order.push_back(key);
            groups[key].push_back(&fig);
        }
        for (const auto& key : order) {
            const std::vector<const Figure*>& list = groups[key];
            std::vector<std::pair<std::string, std::vector<std::string>>> values;  // shown value -> places
            for (const Figure* fig : list) {
                std::string v;
                if (fig->kind == ValueKind::Label)
                    v = normal_label(fig->value.label);
                else if (fig->value.number)
                    v = shown(*fig->value.number, fig->kind, fig->kind == ValueKind::Number ? 2 : 0);
                else
                    continue;
                auto it =
                    std::find_if(values.begin(), values.end(), [&](const auto& x) { return x.first == v; });
                if (it == values.end())
                    values.push_back({v, {fig->f->tabel}});
                else if (std::find(it->second.begin(), it->second.end(), fig->f->tabel) == it->second.end())
                    it->second.push_back(fig->f->tabel);
            }
            if (values.size() < 2)
                continue;
            std::string message = "dicetak berbeda:";
            for (const auto& [v, places] : values) {
                message += " " + v + " (";
                for (std::size_t i = 0; i < places.size(); ++i)
                    message += (i ? ", " : "") + places[i];
                message += ");";
            }
            message.pop_back();
            Figure first = *list.front();
            add(first, "beda_antartabel", "", message);
            findings_.back().tabel = "beberapa tabel";
            findings_.back().tercetak = "";
        }
    }

    std::vector<std::string> children_of(const std::string& objek) const {
        std::vector<std::string> out;
        if (objek == "total") {
            for (std::size_t i : p_.budget.programs)
                out.push_back(p_.budget.nodes[i].item->kode);
            return out;
        }
        if (objek == "belanja") {
            for (const model::Belanja& b : p_.opd->belanja)
                out.push_back("belanja:" + b.jenis);
            return out;
        }
        for (const rules::BudgetNode& n : p_.budget.nodes) {
            if (n.item->kode == objek) {
                for (std::size_t c : n.children)
                    out.push_back(p_.budget.nodes[c].item->kode);
            }
        }
        return out;
    }

    // Printed children against their printed parent, within one table.
    void check_children() {
        for (const Figure& fig : figures_) {
            const std::string& b = fig.f->besaran;
            if (fig.kind != ValueKind::Money || !fig.value.number || b == "selisih_anggaran")
                continue;
            const std::vector<std::string> children = children_of(fig.f->objek);
            if (children.empty())
                continue;
            double sum = 0;
            std::string parts;
            bool complete = true;
            for (const std::string& child : children) {
                const auto found = numbered_.find(key(fig.f->tabel, child, fig.f->tahun, b));
                const Figure* c =
                    found == numbered_.end() ? nullptr : found->second.back();  // the last, as before
                if (!c) {
                    complete = false;
                    break;
                }
                sum += *c->value.number;
                parts += (parts.empty() ? "" : " + ") + shown(*c->value.number, ValueKind::Money, 0);
            }
            if (!complete || children.size() < 2 || sum == *fig.value.number)
                continue;
            add(fig, "jumlah_anak", shown(sum, ValueKind::Money, 0),
                "rinciannya di tabel yang sama berjumlah " + parts + " = " + shown(sum, ValueKind::Money, 0));
        }
    }

    // A printed serapan against the printed pagu and realisasi of the same objek in the same table.
    void check_printed_serapan() {
        for (const Figure& fig : figures_) {
            if (fig.f->besaran != "serapan" || !fig.value.number)
                continue;
            const Figure* real = sibling(fig, "realisasi_anggaran");
            const Figure* pagu = sibling(fig, "pagu");
            if (!pagu)
                pagu = sibling(fig, "pagu_perubahan");
            if (!real || !pagu || *pagu->value.number == 0.0)
                continue;
            const double ratio = *real->value.number / *pagu->value.number * 100.0;
            const int d = fig.value.decimals;
            if (same_at(*fig.value.number, format::round_to(ratio, d), d) ||
                same_at(*fig.value.number, format::round_to(ratio, d, format::Rounding::Truncate), d))
                continue;
            add(fig, "serapan_tercetak", format::angka(ratio, std::max(d, 2)),
                "realisasi " + real->f->nilai + " / pagu " + pagu->f->nilai +
                    " yang tercetak di tempat yang sama = " + format::angka(ratio, std::max(d, 2)) + "%");
        }
    }
};

}  // namespace

std::vector<Finding> audit(const std::vector<model::PrintedFigure>& printed, const compute::Performance& p) {
    return Auditor(printed, p).run();
}

}  // namespace lkjip::audit
