#include "input/plan_tables.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "input/csv_table_reader.hpp"
#include "input/input_tables.hpp"
#include "input/ordinal_values.hpp"
#include "input/property_file.hpp"
#include "input/quarter_values.hpp"

namespace lkjip::input {

namespace {

// Codes are unique across tujuan, sasaran, indicators and budget items: one namespace for references.
bool code_taken(const model::Opd& opd, const std::string& kode) {
    return opd.find_tujuan(kode) || opd.find_sasaran(kode) || opd.find_indicator(kode) ||
           opd.find_budget_item(kode);
}

void report_unknown_code(ReadContext& ctx, CsvTableReader& r, const CsvRow& row, const std::string& column,
                         const std::string& kode, const std::string& what,
                         const std::vector<std::string>& known) {
    std::string message = what + " \"" + kode + "\" tidak dikenal";
    if (ctx.may_suggest(known.size())) {
        if (const std::string hint = suggest(kode, known); !hint.empty())
            message += "; maksud Anda \"" + hint + "\"?";
    }
    r.error(row, column, message);
}

// One realisasi row's values (annual: model::YearValues; a quarter: model::QuarterRealisasi, the same
// fields): as written, or as a level of the indicator's scale, or from pembilang/penyebut, checked alike.
template <typename Values>
void read_measurement(CsvTableReader& r, const CsvRow& row, const model::Opd& opd,
                      const model::Indicator& ind, Values& y) {
    y.realisasi_where = r.where(row, "realisasi");
    if (const model::OrdinalScale* scale = ordinal_scale(opd, ind.skala)) {
        y.realisasi_label = read_ordinal_label(r, row, "realisasi", *scale).value_or("");
        y.catatan = r.text(row, "catatan");
        if (!r.text(row, "pembilang").empty() || !r.text(row, "penyebut").empty())
            r.error(row, r.text(row, "pembilang").empty() ? "penyebut" : "pembilang",
                    "indikator berskala " + ind.skala + " tidak memakai pembilang/penyebut");
        return;
    }
    y.realisasi = r.decimal(row, "realisasi", &y.realisasi_decimals);
    y.pembilang = r.decimal(row, "pembilang");
    y.penyebut = r.decimal(row, "penyebut");
    y.catatan = r.text(row, "catatan");
    if (y.pembilang.has_value() != y.penyebut.has_value()) {
        r.error(row, y.pembilang ? "penyebut" : "pembilang", "pembilang dan penyebut harus diisi keduanya");
        y.pembilang.reset();
        y.penyebut.reset();
    }
    if (y.penyebut && *y.penyebut == 0.0) {
        r.error(row, "penyebut", "penyebut 0: realisasi tidak dapat dihitung");
        y.pembilang.reset();
        y.penyebut.reset();
    }
    if (y.pembilang && y.penyebut && y.realisasi) {
        // The written realisasi must be the ratio rounded (or truncated) to the decimals it was written
        // with.
        const double computed = *y.pembilang * ind.pengali / *y.penyebut;
        const double tolerance = std::pow(10.0, -y.realisasi_decimals) + 1e-9;
        if (std::fabs(computed - *y.realisasi) >= tolerance) {
            const auto as_written = [&](const std::string& column) {
                return std::string(text::trim(r.text(row, column)));
            };
            // The three values are quoted as written: they may carry more decimals than any display.
            r.error(
                row, "realisasi",
                "realisasi " + as_written("realisasi") + " tidak sesuai dengan pembilang/penyebut " +
                    as_written("pembilang") + "/" + as_written("penyebut") + " x " +
                    format::angka(ind.pengali, 0) + " = " +
                    (std::isfinite(computed) ? format::angka(computed, 4) : std::string("di luar batas")));
        }
    }
}

// " triwulan 2" for a quarter row's messages, "" for an annual one.
std::string quarter_suffix(int triwulan) {
    return triwulan > 0 ? " " + model::triwulan_name(triwulan) : std::string();
}

std::vector<std::string> indicator_codes(const model::Opd& opd) {
    std::vector<std::string> out;
    for (const auto& ind : opd.indicators)
        out.push_back(ind.kode);
    return out;
}

}  // namespace

void read_tujuan(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("tujuan.csv")), diagnostics);
    if (!r.usable())
        return;
    for (const CsvRow& row : table.rows) {
        model::Tujuan t{r.required_text(row, "kode"), r.required_text(row, "uraian"), r.where(row)};
        if (t.kode.empty())
            continue;
        if (code_taken(opd, t.kode)) {
            r.error(row, "kode", "kode \"" + t.kode + "\" ganda");
            continue;
        }
        opd.tujuan.push_back(std::move(t));
        opd.index_codes();
    }
}

void read_sasaran(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("sasaran.csv")), diagnostics);
    if (!r.usable())
        return;
    std::vector<std::string> tujuan_codes;
    for (const auto& t : opd.tujuan)
        tujuan_codes.push_back(t.kode);
    for (const CsvRow& row : table.rows) {
        model::Sasaran s{r.required_text(row, "kode"), r.required_text(row, "tujuan"),
                         r.required_text(row, "uraian"), r.where(row)};
        if (s.kode.empty())
            continue;
        if (code_taken(opd, s.kode)) {
            r.error(row, "kode", "kode \"" + s.kode + "\" ganda");
            continue;
        }
        if (!s.tujuan.empty() && !opd.find_tujuan(s.tujuan) && ctx.readable("tujuan.csv")) {
            report_unknown_code(ctx, r, row, "tujuan", s.tujuan, "tujuan", tujuan_codes);
        }
        opd.sasaran.push_back(std::move(s));
        opd.index_codes();
    }
}

void read_indicators(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("indikator.csv")), diagnostics);
    if (!r.usable())
        return;
    std::vector<std::string> parents;
    for (const auto& t : opd.tujuan)
        parents.push_back(t.kode);
    for (const auto& s : opd.sasaran)
        parents.push_back(s.kode);
    for (const auto& b : opd.budget)
        parents.push_back(b.kode);
    for (const CsvRow& row : table.rows) {
        model::Indicator ind;
        ind.where = r.where(row);
        ind.kode = r.required_text(row, "kode");
        ind.induk = r.required_text(row, "induk");
        ind.nama = r.required_text(row, "nama");
        ind.satuan = r.required_text(row, "satuan");
        if (ind.kode.empty())
            continue;
        if (code_taken(opd, ind.kode)) {
            r.error(row, "kode", "kode \"" + ind.kode + "\" ganda");
            continue;
        }
        const std::string arah = text::normalize_key(r.text(row, "arah"));
        if (arah == "positif") {
            ind.arah = model::Arah::Positif;
        } else if (arah == "negatif") {
            ind.arah = model::Arah::Negatif;
        } else if (!arah.empty()) {
            r.error(row, "arah",
                    "\"positif\" atau \"negatif\" diharapkan, ditemukan \"" + r.text(row, "arah") + "\"");
        } else {
            r.error(row, "arah", "nilai wajib diisi (positif atau negatif)");
        }
        if (opd.find_tujuan(ind.induk)) {
            ind.level = model::IndicatorLevel::Tujuan;
        } else if (opd.find_sasaran(ind.induk)) {
            ind.level = model::IndicatorLevel::Sasaran;
        } else if (const auto* b = opd.find_budget_item(ind.induk)) {
            // Outcome indicators of a program, output indicators of a kegiatan or sub kegiatan.
            ind.level = b->level == model::BudgetLevel::Program    ? model::IndicatorLevel::Program
                        : b->level == model::BudgetLevel::Kegiatan ? model::IndicatorLevel::Kegiatan
                                                                   : model::IndicatorLevel::SubKegiatan;
        } else if (!ind.induk.empty() && ctx.readable("tujuan.csv") && ctx.readable("sasaran.csv") &&
                   ctx.readable("anggaran.csv")) {
            // Kept in the model all the same, so the rows that refer to it are not reported as well.
            report_unknown_code(
                ctx, r, row, "induk", ind.induk,
                "induk (kode tujuan atau sasaran, atau kode program, kegiatan atau sub kegiatan "
                "di anggaran.csv)",
                parents);
        }
        ind.formula = r.text(row, "formula");
        ind.skala = read_scale_name(r, row, opd);
        read_akumulasi(r, row, ind);
        ind.bobot = r.decimal(row, "bobot", &ind.bobot_decimals);
        if (ind.bobot && *ind.bobot < 0.0)
            r.error(row, "bobot", "bobot tidak boleh negatif");
        if (const auto pengali = r.decimal(row, "pengali")) {
            if (*pengali > 0.0)
                ind.pengali = *pengali;
            else
                r.error(row, "pengali", "pengali harus lebih dari 0 (kosong = 100)");
        }
        if (const model::OrdinalScale* scale = ordinal_scale(opd, ind.skala)) {
            // An ordinal indicator's national target is a level of its scale, kept as written with its score.
            if (auto label = read_ordinal_label(r, row, "target_nasional", *scale)) {
                ind.target_nasional = scale->find(*label)->score;
                ind.target_nasional_label = std::move(*label);
            }
        } else {
            ind.target_nasional = r.decimal(row, "target_nasional", &ind.target_nasional_decimals);
        }
        ind.keterangan_nasional = r.text(row, "keterangan_nasional");
        opd.indicators.push_back(std::move(ind));
        opd.index_codes();
    }
}

void read_renstra(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    if (opd.profile.renstra_absent) {
        diagnostics.error(
            table.at(table.header_line),
            "renstra.csv diisi tetapi profil tidak menyebut periode Renstra: isi renstra.awal dan "
            "renstra.akhir, atau hapus renstra.csv");
        return;
    }
    std::vector<std::string> years;
    const bool period_known =
        opd.profile.renstra_awal > 0 && opd.profile.renstra_akhir >= opd.profile.renstra_awal;
    if (period_known) {
        for (int y = opd.profile.renstra_awal; y <= opd.profile.renstra_akhir; ++y)
            years.push_back(std::to_string(y));
    } else {
        // The profile could not be read (reported there): accept the year columns as they are.
        for (const std::string& h : table.header) {
            if (is_year_column(h))
                years.push_back(h);
        }
    }
    CsvTableReader r(table, column_specs(input_table("renstra.csv")), diagnostics, years);
    if (!r.usable())
        return;
    for (const std::string& y : years) {
        if (table.column_index(y) < 0) {
            diagnostics.error(table.at(table.header_line),
                              "kolom tahun \"" + y + "\" tidak ada; kolom tahun harus " + years.front() +
                                  " sampai " + years.back() + " (periode Renstra di profil)");
        }
    }
    const std::vector<std::string> known = indicator_codes(opd);
    std::set<std::string> seen;
    for (const CsvRow& row : table.rows) {
        const std::string kode = r.required_text(row, "kode");
        if (kode.empty())
            continue;
        model::Indicator* ind = opd.find_indicator(kode);
        if (!ind) {
            if (ctx.readable("indikator.csv"))
                report_unknown_code(ctx, r, row, "kode", kode, "indikator", known);
            continue;
        }
        if (!seen.insert(kode).second) {
            r.error(row, "kode", "indikator \"" + kode + "\" ganda di renstra.csv");
            continue;
        }
        const model::OrdinalScale* scale = ordinal_scale(opd, ind->skala);
        if (scale) {
            // An ordinal indicator's baseline is a level of its scale ("WDP"), kept as written with its
            // score.
            if (auto label = read_ordinal_label(r, row, "kondisi_awal", *scale)) {
                ind->kondisi_awal = scale->find(*label)->score;
                ind->kondisi_awal_label = std::move(*label);
            }
        } else {
            ind->kondisi_awal = r.decimal(row, "kondisi_awal", &ind->kondisi_awal_decimals);
        }
        for (const std::string& y : years) {
            if (table.column_index(y) < 0)
                continue;
            if (auto t = scale ? read_ordinal_target(r, row, y, *scale) : r.target(row, y))
                ind->years[std::stoi(y)].target_renstra = t;
        }
    }
}

void read_perjanjian_kinerja(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("perjanjian_kinerja.csv")), diagnostics);
    if (!r.usable())
        return;
    const std::vector<std::string> known = indicator_codes(opd);
    std::map<std::tuple<int, int, std::string, int>, std::size_t> seen;
    // Quarter targets go on their revision once every annual row has been read (rows come in any order).
    struct QuarterRow {
        model::Indicator* ind;
        int tahun, revisi, triwulan;
        model::QuarterTarget target;
    };
    std::vector<QuarterRow> quarters;
    std::set<std::string> without_rule;
    for (const CsvRow& row : table.rows) {
        const int triwulan = read_triwulan(r, row);
        const auto tahun = r.year(row, "tahun");
        const auto revisi = r.integer(row, "revisi");
        const std::string kode = r.required_text(row, "kode");
        // An ordinal indicator's target is a level of its scale ("WTP"), not a number.
        const model::Indicator* measured = opd.find_indicator(kode);
        const model::OrdinalScale* scale = measured ? ordinal_scale(opd, measured->skala) : nullptr;
        const auto target = scale ? read_ordinal_target(r, row, "target", *scale) : r.target(row, "target");
        if (r.text(row, "tahun").empty())
            r.error(row, "tahun", "nilai wajib diisi");
        if (r.text(row, "revisi").empty())
            r.error(row, "revisi", "nilai wajib diisi (0 untuk PK awal)");
        if (r.text(row, "target").empty())
            r.error(row, "target", "nilai wajib diisi");
        if (revisi && *revisi < 0)
            r.error(row, "revisi", "revisi tidak boleh negatif");
        if (!tahun || !revisi || kode.empty() || !target || *revisi < 0 || triwulan < 0)
            continue;
        model::Indicator* ind = opd.find_indicator(kode);
        if (!ind) {
            if (ctx.readable("indikator.csv"))
                report_unknown_code(ctx, r, row, "kode", kode, "indikator", known);
            continue;
        }
        if (auto [it, inserted] = seen.emplace(std::make_tuple(*tahun, *revisi, kode, triwulan), row.line);
            !inserted) {
            r.error(row, "kode",
                    "PK " + std::to_string(*tahun) + " revisi " + std::to_string(*revisi) +
                        quarter_suffix(triwulan) + " untuk \"" + kode + "\" ganda (sudah ada di baris " +
                        std::to_string(it->second) + ")");
            continue;
        }
        if (triwulan > 0) {
            require_akumulasi(r, row, *ind, without_rule);
            quarters.push_back({ind, *tahun, *revisi, triwulan, {*target, r.where(row, "target")}});
            continue;
        }
        std::vector<model::PkRevision>& pk = ind->years[*tahun].pk;
        pk.push_back(
            model::PkRevision{*revisi, r.date(row, "tanggal").value_or(""), *target, r.where(row), {}});
        std::sort(pk.begin(), pk.end(), [](const auto& a, const auto& b) { return a.revisi < b.revisi; });
    }
    for (QuarterRow& q : quarters) {
        std::vector<model::PkRevision>& pk = q.ind->years[q.tahun].pk;
        const auto rev =
            std::find_if(pk.begin(), pk.end(), [&](const auto& p) { return p.revisi == q.revisi; });
        if (rev == pk.end()) {
            diagnostics.error(q.target.where,
                              "target " + model::triwulan_name(q.triwulan) + " PK " +
                                  std::to_string(q.tahun) + " revisi " + std::to_string(q.revisi) +
                                  " untuk \"" + q.ind->kode +
                                  "\" tanpa target tahunannya: tambahkan baris dengan triwulan kosong");
            continue;
        }
        rev->triwulan[static_cast<std::size_t>(q.triwulan - 1)] = std::move(q.target);
    }
}

void read_realisasi(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    Diagnostics& diagnostics = ctx.diagnostics;
    CsvTableReader r(table, column_specs(input_table("realisasi.csv")), diagnostics);
    if (!r.usable())
        return;
    const std::vector<std::string> known = indicator_codes(opd);
    std::map<std::tuple<std::string, int, int>, std::size_t> seen;
    std::set<std::string> without_rule;
    for (const CsvRow& row : table.rows) {
        const std::string kode = r.required_text(row, "kode");
        const auto tahun = r.year(row, "tahun");
        const int triwulan = read_triwulan(r, row);
        if (r.text(row, "tahun").empty())
            r.error(row, "tahun", "nilai wajib diisi");
        if (kode.empty() || !tahun || triwulan < 0)
            continue;
        model::Indicator* ind = opd.find_indicator(kode);
        if (!ind) {
            if (ctx.readable("indikator.csv"))
                report_unknown_code(ctx, r, row, "kode", kode, "indikator", known);
            continue;
        }
        if (auto [it, inserted] = seen.emplace(std::make_tuple(kode, *tahun, triwulan), row.line);
            !inserted) {
            r.error(row, "kode",
                    "realisasi \"" + kode + "\" tahun " + std::to_string(*tahun) + quarter_suffix(triwulan) +
                        " ganda (sudah ada di baris " + std::to_string(it->second) + ")");
            continue;
        }
        model::YearValues& y = ind->years[*tahun];
        if (triwulan == 0) {
            read_measurement(r, row, opd, *ind, y);
            continue;
        }
        require_akumulasi(r, row, *ind, without_rule);
        model::QuarterRealisasi q;
        read_measurement(r, row, opd, *ind, q);
        y.triwulan[static_cast<std::size_t>(triwulan - 1)] = std::move(q);
    }
}

}  // namespace lkjip::input
