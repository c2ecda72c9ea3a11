#include "input/quarter_values.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/embedded_files.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

namespace {

constexpr const char* kConfigPath = "config/akumulasi-triwulan.json";

std::optional<model::Akumulasi> akumulasi_of_name(const std::string& name) {
    if (name == "jumlah")
        return model::Akumulasi::Jumlah;
    if (name == "terakhir")
        return model::Akumulasi::Terakhir;
    if (name == "rata_rata")
        return model::Akumulasi::RataRata;
    return std::nullopt;
}

const PropertyMap& accumulation_config() {
    static const PropertyMap map = [] {
        const auto content = embedded::find(kConfigPath);
        if (!content)
            throw std::logic_error(std::string(kConfigPath) + ": berkas bawaan tidak ada");
        PropertyMap m = read_properties(*content, kConfigPath, PropertyFormat::Json);
        // Every default must name one of the three rules: a typo in the file is a defect of lkjip.
        for (const Property& p : m.entries) {
            if ((p.key.rfind("bawaan_", 0) == 0) && !akumulasi_of_name(p.value))
                throw std::logic_error(std::string(kConfigPath) + ": " + p.key + ": aturan \"" + p.value +
                                       "\" tidak dikenal");
        }
        return m;
    }();
    return map;
}

// "1".."4" or "I".."IV", after an optional "tw" or "triwulan" (compared without case and spaces).
int quarter_of_text(std::string_view written) {
    std::string s = text::normalize_key(written);
    for (const std::string prefix : {"triwulan", "tw"}) {
        if (s.rfind(prefix, 0) == 0) {
            s = s.substr(prefix.size());
            break;
        }
    }
    s = std::string(text::trim(s));
    if (!s.empty() && (s.front() == '_' || s.front() == '-'))
        s = s.substr(1);
    static const char* const kDigits[] = {"1", "2", "3", "4"};
    static const char* const kRoman[] = {"i", "ii", "iii", "iv"};
    for (int q = 0; q < model::kTriwulan; ++q) {
        if (s == kDigits[q] || s == kRoman[q])
            return q + 1;
    }
    return -1;
}

}  // namespace

int read_triwulan(CsvTableReader& r, const CsvRow& row) {
    const std::string written(text::trim(r.text(row, "triwulan")));
    if (written.empty())
        return 0;
    const int q = quarter_of_text(written);
    if (q < 0)
        r.error(row, "triwulan",
                "1, 2, 3 atau 4 (TW I-IV) diharapkan, ditemukan \"" + written +
                    "\"; kosongkan untuk nilai tahunan");
    return q;
}

std::optional<model::Akumulasi> default_akumulasi(const std::string& satuan, bool ordinal) {
    const PropertyMap& config = accumulation_config();
    if (ordinal) {
        if (const Property* p = config.find("bawaan_skala"))
            return akumulasi_of_name(p->value);
    }
    const std::string key = text::normalize_key(satuan);
    if (key.empty())
        return std::nullopt;
    for (const Property& p : config.entries) {
        if (p.key.rfind("bawaan_satuan.", 0) == 0 && text::normalize_key(p.key.substr(14)) == key)
            return akumulasi_of_name(p.value);
    }
    return std::nullopt;
}

void read_akumulasi(CsvTableReader& r, const CsvRow& row, model::Indicator& ind) {
    const bool ordinal = !ind.skala.empty();
    const std::string written(text::trim(r.text(row, "akumulasi")));
    if (written.empty()) {
        ind.akumulasi = default_akumulasi(ind.satuan, ordinal);
        ind.akumulasi_bawaan = ind.akumulasi.has_value();
        return;
    }
    // "Rata-rata" and "rata rata" are how staff write rata_rata.
    std::string key = text::normalize_key(written);
    std::replace_if(
        key.begin(), key.end(), [](char c) { return c == '-' || c == ' '; }, '_');
    const std::optional<model::Akumulasi> rule = akumulasi_of_name(key);
    if (!rule) {
        std::string message = "jumlah, terakhir atau rata_rata diharapkan, ditemukan \"" + written + "\"";
        if (const std::string hint = suggest(key, {"jumlah", "terakhir", "rata_rata"}); !hint.empty())
            message += "; maksud Anda \"" + hint + "\"?";
        r.error(row, "akumulasi", message);
        return;
    }
    if (ordinal && *rule != model::Akumulasi::Terakhir) {
        r.error(row, "akumulasi",
                "indikator berskala " + ind.skala +
                    " bernilai label: triwulannya hanya dapat diakumulasi "
                    "\"terakhir\" (label triwulan terakhir), bukan \"" +
                    model::akumulasi_name(*rule) + "\"");
        return;
    }
    ind.akumulasi = rule;
}

void require_akumulasi(CsvTableReader& r, const CsvRow& row, const model::Indicator& ind,
                       std::set<std::string>& reported) {
    if (ind.akumulasi || !reported.insert(ind.kode).second)
        return;
    const std::string where =
        ind.where.line > 0 ? " (indikator.csv baris " + std::to_string(ind.where.line) + ")" : std::string();
    r.error(row, "triwulan",
            "indikator \"" + ind.kode +
                "\" diisi per triwulan tetapi tidak punya aturan akumulasi: isi kolom "
                "akumulasi" +
                where + " dengan jumlah, terakhir atau rata_rata (satuan \"" + ind.satuan +
                "\" tidak punya bawaan di config/akumulasi-triwulan.json)");
}

std::optional<BudgetQuarterRow> read_budget_quarter(CsvTableReader& r, const CsvRow& row, int triwulan) {
    BudgetQuarterRow q;
    q.kode = r.required_text(row, "kode");
    q.triwulan = triwulan;
    q.where = r.where(row, "realisasi");
    q.line = row.line;
    bool usable = !q.kode.empty();
    for (const std::string column :
         {"induk", "pagu_murni", "pagu_perubahan", "sasaran", "iku", "sumber_dana"}) {
        if (!text::trim(r.text(row, column)).empty()) {
            r.error(row, column,
                    "baris triwulan hanya memuat kode, triwulan dan realisasi; " + column +
                        " ditulis di baris tahunan (triwulan kosong)");
            usable = false;
        }
    }
    const auto realisasi = r.rupiah(row, "realisasi");
    if (!realisasi) {
        if (text::trim(r.text(row, "realisasi")).empty())
            r.error(row, "realisasi", "nilai wajib diisi pada baris triwulan");
        return std::nullopt;
    }
    q.realisasi = *realisasi;
    if (!usable)
        return std::nullopt;
    return q;
}

void apply_budget_quarters(const std::vector<BudgetQuarterRow>& rows, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    std::vector<std::string> known;
    for (const auto& item : opd.budget)
        known.push_back(item.kode);
    for (const BudgetQuarterRow& q : rows) {
        model::BudgetItem* item = opd.find_budget_item(q.kode);
        if (!item) {
            std::string message = "\"" + q.kode + "\" " + model::triwulan_name(q.triwulan) +
                                  ": kode tidak ada di baris tahunan anggaran.csv (baris dengan nama dan "
                                  "pagu, triwulan kosong)";
            if (ctx.may_suggest(known.size())) {
                if (const std::string hint = suggest(q.kode, known); !hint.empty())
                    message += "; maksud Anda \"" + hint + "\"?";
            }
            ctx.diagnostics.error(q.where, message);
            continue;
        }
        const std::size_t i = static_cast<std::size_t>(q.triwulan - 1);
        if (item->realisasi_triwulan[i]) {
            ctx.diagnostics.error(q.where, "realisasi " + model::triwulan_name(q.triwulan) + " \"" + q.kode +
                                               "\" ganda (sudah ada di baris " +
                                               std::to_string(item->realisasi_triwulan_where[i].line) + ")");
            continue;
        }
        item->realisasi_triwulan[i] = q.realisasi;
        item->realisasi_triwulan_where[i] = q.where;
    }
}

}  // namespace lkjip::input
