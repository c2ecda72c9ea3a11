#include "output/performance_json.hpp"

#include <algorithm>

#include "output/conventions_json.hpp"
#include "output/json_writer.hpp"

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

void write_target(JsonWriter& w, const std::optional<model::Target>& t) {
    if (!t) {
        w.null();
    } else if (!t->label.empty()) {
        w.value(t->label);  // an ordinal target, as written ("WTP")
    } else if (t->is_range()) {
        w.begin_object().field("bawah", t->lower).field("atas", t->upper).end_object();
    } else {
        w.value(t->lower);
    }
}

// "capaian": value, plus "capaian_na": reason when it is null.
void write_capaian(JsonWriter& w, const char* name, const rules::Capaian& c) {
    w.field(name, c.value);
    if (!c.value)
        w.field(std::string(name) + "_na", c.na_reason);
    if (c.capped)
        w.field(std::string(name) + "_tanpa_batas", c.uncapped);
}

// "triwulan": TW I..IV with target, realisasi (an ordinal one also as written), only for a year with
// quarterly data, so that a year without reads as before; "realisasi_dari_triwulan" says whether the annual
// realisasi followed from them.
void write_quarters(JsonWriter& w, const compute::YearResult& y) {
    if (!y.has_quarters())
        return;
    w.field("realisasi_dari_triwulan", y.realisasi_dari_triwulan);
    w.key("triwulan").begin_array();
    for (std::size_t i = 0; i < y.triwulan.size(); ++i) {
        const compute::QuarterResult& q = y.triwulan[i];
        w.begin_object();
        w.field("triwulan", static_cast<int>(i) + 1);
        w.key("target");
        write_target(w, q.target);
        w.field("realisasi", q.realisasi);
        if (!q.realisasi_label.empty())
            w.field("realisasi_tertulis", q.realisasi_label);
        w.end_object();
    }
    w.end_array();
}

void write_year(JsonWriter& w, const compute::YearResult& y) {
    w.begin_object();
    w.field("tahun", y.tahun);
    w.key("target");
    write_target(w, y.target);
    w.field("target_sumber", y.target_source.empty() ? std::optional<std::string>() : y.target_source);
    w.field("realisasi", y.realisasi);
    write_capaian(w, "capaian", y.capaian);
    write_quarters(w, y);
    w.end_object();
}

void write_efficiency(JsonWriter& w, const rules::Efficiency& e) {
    w.field("efisiensi", e.shown);
    if (!e.shown)
        w.field("efisiensi_na", e.na_reason);
    w.field("kategori_efisiensi", e.category);
}

void write_indicator(JsonWriter& w, const compute::IndicatorResult& r, bool with_budget) {
    const model::Indicator& ind = *r.indicator;
    w.begin_object();
    w.field("kode", ind.kode);
    w.field("induk", ind.induk);
    w.field("nama", ind.nama);
    w.field("satuan", ind.satuan);
    w.field("arah", arah_name(ind.arah));
    w.field("formula", ind.formula);
    if (!ind.skala.empty()) {
        // Only for ordinal indicators, so that the numeric ones read as before.
        w.field("skala", ind.skala);
        w.field("realisasi_tertulis", r.current.realisasi_label.empty()
                                          ? std::optional<std::string>()
                                          : std::optional<std::string>(r.current.realisasi_label));
    }
    w.field("tahun", r.current.tahun);
    w.key("target");
    write_target(w, r.current.target);
    w.field("target_sumber",
            r.current.target_source.empty() ? std::optional<std::string>() : r.current.target_source);
    w.field("realisasi", r.current.realisasi);
    write_capaian(w, "capaian", r.current.capaian);
    // The accumulation rule of an indicator with quarterly data (others read as before).
    if (ind.akumulasi && std::any_of(ind.years.begin(), ind.years.end(),
                                     [](const auto& y) { return y.second.has_quarters(); }))
        w.field("akumulasi", model::akumulasi_name(*ind.akumulasi));
    write_quarters(w, r.current);
    w.field("predikat", r.predikat);
    w.field("atribut", r.atribut);
    w.key("tahun_lalu");
    if (r.previous) {
        write_year(w, *r.previous);
    } else {
        w.null();
    }
    w.key("riwayat").begin_array();
    for (const compute::YearResult& y : r.history)
        write_year(w, y);
    w.end_array();
    w.key("renstra").begin_object();
    w.field("kondisi_awal", r.kondisi_awal);
    w.key("target_tahunan").begin_array();
    for (const auto& [tahun, values] : ind.years) {
        if (!values.target_renstra)
            continue;
        w.begin_object().field("tahun", tahun).key("target");
        write_target(w, values.target_renstra);
        w.end_object();
    }
    w.end_array();
    w.key("target_akhir");
    write_target(w, r.target_akhir_renstra);
    write_capaian(w, "tingkat_kemajuan", r.tingkat_kemajuan);
    w.end_object();
    w.key("nasional").begin_object();
    w.field("target", ind.target_nasional);
    write_capaian(w, "capaian", r.capaian_nasional);
    w.field("keterangan", ind.keterangan_nasional);
    w.end_object();
    if (with_budget) {
        w.key("anggaran").begin_object();
        w.key("program").strings(r.programs);
        w.field("pagu", r.anggaran.pagu());
        w.field("realisasi", r.anggaran.realisasi);
        w.field("serapan", r.serapan);
        write_efficiency(w, r.efisiensi);
        w.end_object();
    }
    w.end_object();
}

void write_aggregate(JsonWriter& w, const rules::Aggregate& a) {
    w.field("capaian", a.value);
    if (!a.value)
        w.field("capaian_na", a.na_reason);
    w.key("indikator_na").strings(a.skipped);
}

void write_budget_node(JsonWriter& w, const compute::Performance& p, std::size_t index) {
    const rules::BudgetNode& node = p.budget.nodes[index];
    w.field("kode", node.item->kode);
    w.field("jenis", level_name(node.item->level));
    w.field("nama", node.item->nama);
    w.field("pagu_murni", node.amounts.pagu_murni);
    w.field("pagu_perubahan", node.amounts.pagu_perubahan);
    w.field("pagu", node.amounts.pagu());
    w.field("realisasi_anggaran", node.amounts.realisasi);
    if (std::any_of(node.realisasi_triwulan.begin(), node.realisasi_triwulan.end(),
                    [](const auto& q) { return q.has_value(); })) {
        // Only for an item with quarterly data, so that one without reads as before.
        w.field("realisasi_dari_triwulan", node.realisasi_dari_triwulan);
        w.key("realisasi_anggaran_triwulan").begin_array();
        for (const auto& q : node.realisasi_triwulan)
            w.value(q);
        w.end_array();
    }
    w.field("serapan", node.serapan);
    if (node.item->level != model::BudgetLevel::SubKegiatan) {
        w.key(node.item->level == model::BudgetLevel::Program ? "kegiatan" : "sub_kegiatan").begin_array();
        for (std::size_t child : node.children) {
            w.begin_object();
            write_budget_node(w, p, child);
            w.end_object();
        }
        w.end_array();
    }
}

}  // namespace

std::string performance_json(const compute::Performance& p) {
    const model::Opd& opd = *p.opd;
    JsonWriter w;
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

    write_aggregate(w, p.overall.capaian);
    w.field("predikat", p.overall.predikat);
    w.field("atribut", p.overall.atribut);

    w.key("tujuan").begin_array();
    for (const compute::TujuanResult& t : p.tujuan) {
        w.begin_object();
        w.field("kode", t.tujuan->kode);
        w.field("uraian", t.tujuan->uraian);
        w.key("sasaran").begin_array();
        for (std::size_t s : t.sasaran)
            w.value(p.sasaran[s].sasaran->kode);
        w.end_array();
        w.key("indikator").begin_array();
        for (std::size_t i : t.indicators)
            write_indicator(w, p.indicators[i], false);
        w.end_array();
        w.end_object();
    }
    w.end_array();

    w.key("sasaran").begin_array();
    for (const compute::SasaranResult& s : p.sasaran) {
        w.begin_object();
        w.field("kode", s.sasaran->kode);
        w.field("tujuan", s.sasaran->tujuan);
        w.field("uraian", s.sasaran->uraian);
        write_aggregate(w, s.capaian);
        w.field("predikat", s.predikat);
        w.field("atribut", s.atribut);
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
            write_indicator(w, p.indicators[i], true);
    }
    w.end_array();

    w.key("program").begin_array();
    for (const compute::ProgramResult& pr : p.programs) {
        const rules::BudgetNode& node = p.budget.nodes[pr.node];
        w.begin_object();
        write_budget_node(w, p, pr.node);
        w.field("sasaran", node.item->sasaran);
        w.key("iku").strings(node.item->iku);
        w.field("sumber_dana", node.item->sumber_dana);
        write_aggregate(w, pr.capaian);
        write_efficiency(w, pr.efisiensi);
        w.key("indikator").begin_array();
        for (std::size_t i : pr.indicators)
            write_indicator(w, p.indicators[i], false);
        w.end_array();
        w.end_object();
    }
    w.end_array();

    w.key("anggaran").begin_object();
    w.field("pagu_murni", p.budget.total.pagu_murni);
    w.field("pagu_perubahan", p.budget.total.pagu_perubahan);
    w.field("pagu", p.budget.total.pagu());
    w.field("realisasi", p.budget.total.realisasi);
    w.field("serapan", p.budget.serapan_total);
    w.key("belanja").begin_array();
    for (const model::Belanja& b : opd.belanja) {
        w.begin_object()
            .field("jenis", b.jenis)
            .field("pagu", b.pagu)
            .field("realisasi", b.realisasi)
            .end_object();
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
