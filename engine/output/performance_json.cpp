#include "output/performance_json.hpp"

#include <algorithm>
#include <stdexcept>

#include "output/conventions_json.hpp"
#include "output/json_writer.hpp"
#include "quantity/value.hpp"

namespace lkjip::output {

namespace {

const char* arah_name(model::Arah a) {
    return a == model::Arah::Positif ? "positif" : "negatif";
}

const char* level_name(model::BudgetLevel l) {
    switch (l) {
        case model::BudgetLevel::Program:
            return "program";
        case model::BudgetLevel::Kegiatan:
            return "kegiatan";
        case model::BudgetLevel::SubKegiatan:
            return "sub_kegiatan";
    }
    return "";
}

// Every figure is a quantity of the vocabulary (quantity/vocabulary.hpp), written under the quantity's own
// key with its value from quantity::value_of, so the JSON, the report's cells and the audit read one
// definition. The kind gives the JSON type: Money and Count as integers, Percent and Decimal as numbers (a
// range target as {"bawah", "atas"}), Label and Words as text, as is an ordinal indicator's level ("WTP");
// undefined is null, and an undefined percentage (the result of a rule) says why in "<key>_na" beside it.
class Figures {
  public:
    Figures(JsonWriter& w, const compute::Performance& p) : w_(w), p_(p) {}

    // `key` of the vocabulary for `subject` in `tahun` (0: the report year), under the quantity's key or,
    // inside an object of its own (a quarter), under `as`.
    void write(const quantity::Subject& subject, std::string_view key, int tahun = 0,
               std::string_view as = {}) const {
        const quantity::Quantity& q = quantity_named(key);
        const std::string name(as.empty() ? q.key : as);
        w_.key(name);
        const quantity::Value v = value(subject, q, tahun);
        if (q.kind == quantity::Kind::Percent && v.applies && !v.number)
            w_.field(name + "_na", v.na_reason);
    }

    // The value alone, as an array's element.
    void value(const quantity::Subject& subject, std::string_view key, int tahun = 0) const {
        value(subject, quantity_named(key), tahun);
    }

    // A capped capaian's value before the cap, beside the figure (not a quantity: the cap's detail).
    void uncapped(std::string_view key, const rules::Capaian& c) const {
        if (c.capped)
            w_.field(std::string(key) + "_tanpa_batas", c.uncapped);
    }

  private:
    static const quantity::Quantity& quantity_named(std::string_view key) {
        const quantity::Quantity* q = quantity::find(key);
        if (q == nullptr)
            throw std::logic_error("compute --json: '" + std::string(key) + "' is not in the vocabulary");
        return *q;
    }

    quantity::Value value(const quantity::Subject& subject, const quantity::Quantity& q, int tahun) const {
        const quantity::Value v = quantity::value_of(subject, q, tahun ? tahun : p_.opd->profile.tahun, p_);
        if (v.label) {
            w_.value(*v.label);
        } else if (!v.number) {
            w_.null();
        } else if (q.kind == quantity::Kind::Money || q.kind == quantity::Kind::Count) {
            w_.value(static_cast<std::int64_t>(*v.number));
        } else if (v.upper) {
            w_.begin_object().field("bawah", *v.number).field("atas", *v.upper).end_object();
        } else {
            w_.value(*v.number);
        }
        return v;
    }

    JsonWriter& w_;
    const compute::Performance& p_;
};

// "triwulan": TW I..IV with target and realisasi (quantities target_twN and realisasi_twN; an ordinal
// realisasi as written), only for a year with quarterly data, so that a year without reads as before;
// "realisasi_dari_triwulan" says whether the annual realisasi followed from them.
void write_quarters(JsonWriter& w, const Figures& f, const quantity::Subject& s,
                    const compute::YearResult& y) {
    if (!y.has_quarters())
        return;
    w.field("realisasi_dari_triwulan", y.realisasi_dari_triwulan);
    w.key("triwulan").begin_array();
    for (int i = 1; i <= static_cast<int>(y.triwulan.size()); ++i) {
        w.begin_object();
        w.field("triwulan", i);
        f.write(s, quantity::quarterly_key("target", i), y.tahun, "target");
        f.write(s, quantity::quarterly_key("realisasi", i), y.tahun, "realisasi");
        w.end_object();
    }
    w.end_array();
}

void write_year(JsonWriter& w, const Figures& f, const compute::IndicatorResult& r,
                const compute::YearResult& y) {
    const quantity::Subject s = quantity::Subject::of(r);
    w.begin_object();
    w.field("tahun", y.tahun);
    f.write(s, "target", y.tahun);
    w.field("target_sumber", y.target_source.empty() ? std::optional<std::string>() : y.target_source);
    f.write(s, "realisasi", y.tahun);
    f.write(s, "capaian", y.tahun);
    f.uncapped("capaian", y.capaian);
    write_quarters(w, f, s, y);
    w.end_object();
}

void write_indicator(JsonWriter& w, const Figures& f, const compute::IndicatorResult& r, bool with_budget) {
    const model::Indicator& ind = *r.indicator;
    const quantity::Subject s = quantity::Subject::of(r);
    w.begin_object();
    w.field("kode", ind.kode);
    w.field("induk", ind.induk);
    w.field("nama", ind.nama);
    w.field("satuan", ind.satuan);
    w.field("arah", arah_name(ind.arah));
    w.field("formula", ind.formula);
    if (!ind.skala.empty())
        w.field("skala", ind.skala);  // only for ordinal indicators, so that the numeric ones read as before
    w.field("tahun", r.current.tahun);
    f.write(s, "target");
    w.field("target_sumber",
            r.current.target_source.empty() ? std::optional<std::string>() : r.current.target_source);
    f.write(s, "realisasi");
    f.write(s, "capaian");
    f.uncapped("capaian", r.current.capaian);
    // The accumulation rule of an indicator with quarterly data (others read as before).
    if (ind.akumulasi && std::any_of(ind.years.begin(), ind.years.end(),
                                     [](const auto& y) { return y.second.has_quarters(); }))
        w.field("akumulasi", model::akumulasi_name(*ind.akumulasi));
    write_quarters(w, f, s, r.current);
    f.write(s, "predikat");
    f.write(s, "atribut");
    w.key("tahun_lalu");
    if (r.previous) {
        write_year(w, f, r, *r.previous);
    } else {
        w.null();
    }
    w.key("riwayat").begin_array();
    for (const compute::YearResult& y : r.history)
        write_year(w, f, r, y);
    w.end_array();
    w.key("renstra").begin_object();
    f.write(s, "kondisi_awal");
    w.key("target_tahunan").begin_array();
    for (const auto& [tahun, values] : ind.years) {
        if (!values.target_renstra)
            continue;
        w.begin_object().field("tahun", tahun);
        f.write(s, "target_renstra", tahun);
        w.end_object();
    }
    w.end_array();
    f.write(s, "target_akhir_renstra");
    f.write(s, "tingkat_kemajuan");
    f.uncapped("tingkat_kemajuan", r.tingkat_kemajuan);
    w.end_object();
    w.key("nasional").begin_object();
    f.write(s, "target_nasional");
    f.write(s, "capaian_nasional");
    f.uncapped("capaian_nasional", r.capaian_nasional);
    w.field("keterangan", ind.keterangan_nasional);
    w.end_object();
    if (with_budget) {
        w.key("anggaran").begin_object();
        w.key("program").strings(r.programs);
        for (const char* key : {"pagu", "realisasi_anggaran", "serapan", "efisiensi", "kategori_efisiensi"})
            f.write(s, key);
        w.end_object();
    }
    w.end_object();
}

// A tujuan's or a program's own indicators (without the budget, which only an IKU has).
void write_indicators(JsonWriter& w, const Figures& f, const compute::Performance& p,
                      const std::vector<std::size_t>& indicators) {
    w.key("indikator").begin_array();
    for (std::size_t i : indicators)
        write_indicator(w, f, p.indicators[i], false);
    w.end_array();
}

// The indicators an aggregate left out (agregasi.indikator_na): the aggregate's detail, not a quantity.
void write_skipped(JsonWriter& w, const rules::Aggregate& a) {
    w.key("indikator_na").strings(a.skipped);
}

void write_budget_node(JsonWriter& w, const Figures& f, const compute::Performance& p, std::size_t index) {
    const rules::BudgetNode& node = p.budget.nodes[index];
    const quantity::Subject s = quantity::Subject::of(node, p);
    w.field("kode", node.item->kode);
    w.field("jenis", level_name(node.item->level));
    w.field("nama", node.item->nama);
    for (const char* key : {"pagu_murni", "pagu_perubahan", "pagu", "realisasi_anggaran"})
        f.write(s, key);
    if (std::any_of(node.realisasi_triwulan.begin(), node.realisasi_triwulan.end(),
                    [](const auto& q) { return q.has_value(); })) {
        // Only for an item with quarterly data, so that one without reads as before.
        w.field("realisasi_dari_triwulan", node.realisasi_dari_triwulan);
        w.key("realisasi_anggaran_triwulan").begin_array();
        for (int i = 1; i <= static_cast<int>(node.realisasi_triwulan.size()); ++i)
            f.value(s, quantity::quarterly_key("realisasi_anggaran", i));
        w.end_array();
    }
    f.write(s, "serapan");
    if (node.item->level != model::BudgetLevel::SubKegiatan) {
        w.key(node.item->level == model::BudgetLevel::Program ? "kegiatan" : "sub_kegiatan").begin_array();
        for (std::size_t child : node.children) {
            w.begin_object();
            write_budget_node(w, f, p, child);
            w.end_object();
        }
        w.end_array();
    }
}

}  // namespace

std::string performance_json(const compute::Performance& p) {
    const model::Opd& opd = *p.opd;
    JsonWriter w;
    const Figures f(w, p);
    w.begin_object();
    w.field("versi_skema", kPerformanceJsonSchemaVersion);
    w.key("opd").begin_object();
    w.field("nama", opd.profile.nama_opd);
    w.field("pemda", opd.profile.pemda);
    w.field("tahun", opd.profile.tahun);
    w.field("renstra_awal", opd.profile.renstra_awal);
    w.field("renstra_akhir", opd.profile.renstra_akhir);
    w.end_object();
    w.key("konvensi");
    write_conventions(w, p.conventions);

    f.write(quantity::Subject::opd(), "capaian");
    write_skipped(w, p.overall.capaian);
    f.write(quantity::Subject::opd(), "predikat");
    f.write(quantity::Subject::opd(), "atribut");

    w.key("tujuan").begin_array();
    for (const compute::TujuanResult& t : p.tujuan) {
        w.begin_object();
        w.field("kode", t.tujuan->kode);
        w.field("uraian", t.tujuan->uraian);
        w.key("sasaran").begin_array();
        for (std::size_t s : t.sasaran)
            w.value(p.sasaran[s].sasaran->kode);
        w.end_array();
        write_indicators(w, f, p, t.indicators);
        w.end_object();
    }
    w.end_array();

    w.key("sasaran").begin_array();
    for (const compute::SasaranResult& s : p.sasaran) {
        const quantity::Subject subject = quantity::Subject::of(s);
        w.begin_object();
        w.field("kode", s.sasaran->kode);
        w.field("tujuan", s.sasaran->tujuan);
        w.field("uraian", s.sasaran->uraian);
        f.write(subject, "capaian");
        write_skipped(w, s.capaian);
        f.write(subject, "predikat");
        f.write(subject, "atribut");
        w.key("iku").begin_array();
        for (std::size_t i : s.iku)
            w.value(p.indicators[i].indicator->kode);
        w.end_array();
        w.end_object();
    }
    w.end_array();

    w.key("iku").begin_array();
    for (const compute::SasaranResult& s : p.sasaran) {
        for (std::size_t i : s.iku)
            write_indicator(w, f, p.indicators[i], true);
    }
    w.end_array();

    w.key("program").begin_array();
    for (const compute::ProgramResult& pr : p.programs) {
        const rules::BudgetNode& node = p.budget.nodes[pr.node];
        const quantity::Subject subject = quantity::Subject::of(node, p);
        w.begin_object();
        write_budget_node(w, f, p, pr.node);
        w.field("sasaran", node.item->sasaran);
        w.key("iku").strings(node.item->iku);
        w.field("sumber_dana", node.item->sumber_dana);
        f.write(subject, "capaian");
        write_skipped(w, pr.capaian);
        f.write(subject, "efisiensi");
        f.write(subject, "kategori_efisiensi");
        write_indicators(w, f, p, pr.indicators);
        w.end_object();
    }
    w.end_array();

    w.key("anggaran").begin_object();
    for (const char* key : {"pagu_murni", "pagu_perubahan", "pagu", "realisasi_anggaran", "serapan"})
        f.write(quantity::Subject::total(), key);
    w.key("belanja").begin_array();
    for (const model::Belanja& b : opd.belanja) {
        w.begin_object().field("jenis", b.jenis);
        for (const char* key : {"pagu", "realisasi_anggaran"})
            f.write(quantity::Subject::belanja(b.jenis), key);
        w.end_object();
    }
    w.end_array();
    w.end_object();

    w.key("peringatan").begin_array();
    for (const Diagnostic& d : p.diagnostics.items())
        w.value(format_diagnostic(d));
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace lkjip::output
