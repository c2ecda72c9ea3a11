#include "report/fields.hpp"

#include <algorithm>
#include <cmath>

#include "core/number_format.hpp"
#include "rules/rating.hpp"

namespace lkjip::report {

namespace {

using table::Cell;
using table::NumberStyle;

const std::vector<FieldSpec> kFields = {
    {"nomor", Field::Nomor, 5, MergeBy::Numbered, "nomor urut baris"},
    {"kode", Field::Kode, 16, MergeBy::None, "kode sasaran, indikator, program, kegiatan atau sub kegiatan"},
    {"uraian", Field::Uraian, 40, MergeBy::Heading, "uraian baris (\"Tujuan: ...\", nama program, ...)"},
    {"label", Field::Label, 44, MergeBy::None, "label baris tetap (baris_tetap)"},
    {"nilai", Field::Nilai, 36, MergeBy::None, "nilai baris tetap (baris_tetap.isi)"},
    {"tujuan", Field::Tujuan, 30, MergeBy::Tujuan, "uraian tujuan"},
    {"sasaran", Field::Sasaran, 30, MergeBy::Sasaran, "uraian sasaran strategis"},
    {"program", Field::Program, 30, MergeBy::BudgetNode, "nama program"},
    {"indikator", Field::Indikator, 34, MergeBy::None, "nama indikator"},
    {"satuan", Field::Satuan, 9, MergeBy::None, "satuan indikator"},
    {"formula", Field::Formula, 38, MergeBy::None, "formula perhitungan indikator"},
    {"arah", Field::Arah, 10, MergeBy::None, "arah indikator (positif/negatif)"},
    {"bobot", Field::Bobot, 8, MergeBy::None, "bobot indikator"},
    {"target", Field::Target, 11, MergeBy::None, "target tahun kolom (PK terakhir, atau Renstra)"},
    {"realisasi", Field::Realisasi, 11, MergeBy::None, "realisasi tahun kolom"},
    {"capaian", Field::Capaian, 11, MergeBy::None, "capaian (%) tahun kolom"},
    {"predikat", Field::Predikat, 14, MergeBy::None, "predikat Permendagri 86/2017 dari capaian"},
    {"atribut", Field::Atribut, 16, MergeBy::None, "atribut keberhasilan dari capaian"},
    {"target_renstra", Field::TargetRenstra, 11, MergeBy::None, "target Renstra tahun kolom"},
    {"kondisi_awal", Field::KondisiAwal, 11, MergeBy::None, "kondisi awal Renstra"},
    {"target_akhir_renstra", Field::TargetAkhirRenstra, 12, MergeBy::None, "target akhir periode Renstra"},
    {"tingkat_kemajuan", Field::TingkatKemajuan, 12, MergeBy::None,
     "realisasi tahun N terhadap target akhir Renstra (%)"},
    {"target_nasional", Field::TargetNasional, 11, MergeBy::None, "target nasional"},
    {"capaian_nasional", Field::CapaianNasional, 12, MergeBy::None, "realisasi terhadap target nasional (%)"},
    {"keterangan_nasional", Field::KeteranganNasional, 30, MergeBy::None, "keterangan target nasional"},
    {"pagu_murni", Field::PaguMurni, 17, MergeBy::BudgetNode, "pagu APBD murni (Rp)"},
    {"pagu_perubahan", Field::PaguPerubahan, 17, MergeBy::BudgetNode, "pagu APBD perubahan (Rp)"},
    {"pagu", Field::Pagu, 17, MergeBy::BudgetNode, "pagu yang berlaku: perubahan, atau murni (Rp)"},
    {"realisasi_anggaran", Field::RealisasiAnggaran, 17, MergeBy::BudgetNode, "realisasi anggaran (Rp)"},
    {"serapan", Field::Serapan, 11, MergeBy::BudgetNode, "serapan anggaran (%)"},
    {"sisa_anggaran", Field::SisaAnggaran, 16, MergeBy::BudgetNode, "pagu dikurangi realisasi (Rp)"},
    {"efisiensi", Field::Efisiensi, 11, MergeBy::BudgetNode, "efisiensi penggunaan sumber daya"},
    {"kategori_efisiensi", Field::KategoriEfisiensi, 14, MergeBy::BudgetNode, "kategori efisiensi"},
    {"sumber_dana", Field::SumberDana, 10, MergeBy::BudgetNode, "sumber dana"},
    {"jenis_belanja", Field::JenisBelanja, 28, MergeBy::None, "jenis belanja (operasi, modal, ...)"},
    {"sasaran.capaian", Field::SasaranCapaian, 11, MergeBy::Sasaran, "capaian sasaran (rata-rata IKU, %)"},
    {"sasaran.predikat", Field::SasaranPredikat, 14, MergeBy::Sasaran, "predikat sasaran"},
    {"sasaran.atribut", Field::SasaranAtribut, 16, MergeBy::Sasaran, "atribut sasaran"},
    {"opd.nama", Field::OpdNama, 30, MergeBy::None, "nama OPD"},
    {"opd.pemda", Field::OpdPemda, 20, MergeBy::None, "pemerintah daerah"},
    {"opd.tahun", Field::OpdTahun, 8, MergeBy::None, "tahun laporan"},
    {"opd.capaian", Field::OpdCapaian, 11, MergeBy::None, "capaian kinerja OPD (%)"},
    {"opd.predikat", Field::OpdPredikat, 14, MergeBy::None, "predikat kinerja OPD"},
    {"opd.atribut", Field::OpdAtribut, 16, MergeBy::None, "atribut keberhasilan OPD"},
    {"opd.jumlah_sasaran", Field::OpdJumlahSasaran, 8, MergeBy::None, "jumlah sasaran strategis"},
    {"opd.jumlah_iku", Field::OpdJumlahIku, 8, MergeBy::None, "jumlah IKU"},
    {"opd.iku_tercapai", Field::OpdIkuTercapai, 8, MergeBy::None, "jumlah IKU dengan capaian >= 100%"},
    {"anggaran.pagu", Field::AnggaranPagu, 17, MergeBy::None, "jumlah pagu seluruh program (Rp)"},
    {"anggaran.realisasi", Field::AnggaranRealisasi, 17, MergeBy::None, "jumlah realisasi anggaran (Rp)"},
    {"anggaran.serapan", Field::AnggaranSerapan, 11, MergeBy::None, "serapan anggaran OPD (%)"},
    {"anggaran.sisa", Field::AnggaranSisa, 17, MergeBy::None, "sisa anggaran OPD (Rp)"},
    {"anggaran.pagu_terbilang", Field::AnggaranPaguTerbilang, 40, MergeBy::None, "jumlah pagu dalam kata"},
    {"anggaran.realisasi_terbilang", Field::AnggaranRealisasiTerbilang, 40, MergeBy::None,
     "jumlah realisasi dalam kata"},
    {"konvensi.capaian_negatif", Field::KonvensiCapaianNegatif, 30, MergeBy::None,
     "rumus capaian indikator negatif yang dipakai"},
    {"konvensi.batas_atas", Field::KonvensiBatasAtas, 30, MergeBy::None, "batas atas capaian yang dipakai"},
};

const model::Conventions& conv(const compute::Performance& p) {
    return p.conventions;
}

// A computed value (capaian, serapan, a realisasi from its counts, a mean) is shown at the convention's
// decimals and rounding (tampilan.desimal, tampilan.pembulatan).
Cell computed(double v, NumberStyle style, const compute::Performance& p) {
    Cell c = Cell::of_number(v, style, conv(p).display.decimals);
    c.rounding = conv(p).display.rounding;
    return c;
}

Cell computed_or_na(const std::optional<double>& v, NumberStyle style, const std::string& reason,
                    const compute::Performance& p) {
    return v ? computed(*v, style, p) : Cell::not_available(reason);
}

// A value the user wrote is shown as written (format::written_places).
int written_decimals(double v, int decimals, const compute::Performance& p) {
    return format::written_places(v, decimals, conv(p).display.decimals);
}

Cell written(const std::optional<double>& v, int decimals, const std::string& reason,
             const compute::Performance& p) {
    if (!v)
        return Cell::not_available(reason);
    return Cell::of_number(*v, NumberStyle::Decimal, written_decimals(*v, decimals, p));
}

Cell money(const std::optional<std::int64_t>& v) {
    if (!v)
        return Cell::not_available("tidak ada data anggaran");
    return Cell::of_number(static_cast<double>(*v), NumberStyle::Rupiah, 0);
}

// A target as written (see written_decimals).
Cell target_cell(const std::optional<model::Target>& t, const std::string& reason,
                 const compute::Performance& p) {
    if (!t)
        return Cell::not_available(reason);
    if (t->is_range()) {
        const int decimals =
            std::max(written_decimals(t->lower, t->decimals, p), written_decimals(t->upper, t->decimals, p));
        return Cell::of_text(format::angka(t->lower, decimals) + "–" + format::angka(t->upper, decimals),
                             table::Align::Right);
    }
    return Cell::of_number(t->lower, NumberStyle::Decimal, written_decimals(t->lower, t->decimals, p));
}

// The realisasi of one year: as written, or computed from pembilang/penyebut.
Cell realisasi_cell(const compute::YearResult* y, int tahun, const compute::Performance& p) {
    const std::string reason = "tidak ada realisasi tahun " + std::to_string(tahun);
    if (!y || !y->realisasi)
        return Cell::not_available(reason);
    if (y->realisasi_decimals < 0)
        return computed(*y->realisasi, NumberStyle::Decimal, p);
    return written(y->realisasi, y->realisasi_decimals, reason, p);
}

Cell capaian_cell(const rules::Capaian& c, const compute::Performance& p) {
    if (!c.value)
        return Cell::not_available(c.na_reason.empty() ? "tidak dapat diukur" : c.na_reason);
    return computed(*c.value, NumberStyle::Percent, p);
}

Cell label_cell(const std::optional<std::string>& label, const model::BandScale& scale,
                const char* scale_name) {
    if (!label)
        return Cell::not_available("capaian tidak dapat diukur");
    Cell c = Cell::of_text(*label, table::Align::Center);
    c.shade.scale = scale_name;
    c.shade.bands = static_cast<int>(scale.bands.size());
    for (std::size_t i = 0; i < scale.bands.size(); ++i) {
        if (scale.bands[i].label == *label)
            c.shade.band = static_cast<int>(i);
    }
    return c;
}

std::string year_reason(int tahun) {
    return "tidak ada data tahun " + std::to_string(tahun);
}

const rules::Amounts* amounts_of(const RowContext& row, const compute::Performance& p) {
    if (row.amounts)
        return &*row.amounts;
    if (row.total)
        return &p.budget.total;
    if (row.budget)
        return &row.budget->amounts;
    if (row.iku_budget && row.indicator && !row.indicator->programs.empty())
        return &row.indicator->anggaran;
    return nullptr;
}

std::optional<double> serapan_of(const RowContext& row, const compute::Performance& p, bool& applies) {
    applies = true;
    if (row.amounts)
        return rules::serapan(row.amounts->pagu(), row.amounts->realisasi);
    if (row.total)
        return p.budget.serapan_total;
    if (row.budget)
        return row.budget->serapan;
    if (row.iku_budget && row.indicator && !row.indicator->programs.empty())
        return row.indicator->serapan;
    applies = false;
    return std::nullopt;
}

const rules::Efficiency* efficiency_of(const RowContext& row) {
    if (row.program)
        return &row.program->efisiensi;
    if (row.iku_budget && row.indicator)
        return &row.indicator->efisiensi;
    return nullptr;
}

std::string negative_formula_text(const model::Conventions& c) {
    return c.capaian.negative_formula == model::NegativeFormula::TwoTargetMinusRealisasi
               ? "(2 × Target − Realisasi) / Target × 100%"
               : "Target / Realisasi × 100%";
}

std::int64_t count_iku_met(const compute::Performance& p) {
    std::int64_t n = 0;
    for (const compute::IndicatorResult& r : p.indicators) {
        if (r.indicator->level == model::IndicatorLevel::Sasaran && r.current.capaian.value &&
            *r.current.capaian.value >= 100.0)
            ++n;
    }
    return n;
}

std::int64_t count_iku(const compute::Performance& p) {
    std::int64_t n = 0;
    for (const compute::IndicatorResult& r : p.indicators)
        n += r.indicator->level == model::IndicatorLevel::Sasaran ? 1 : 0;
    return n;
}

Cell indicator_value(Field field, const compute::IndicatorResult& r, int tahun,
                     const compute::Performance& p) {
    const model::Indicator& ind = *r.indicator;
    const compute::YearResult* y = r.year(tahun);
    switch (field) {
        case Field::Target:
            return target_cell(y ? y->target : std::nullopt,
                               "tidak ada target tahun " + std::to_string(tahun), p);
        case Field::Realisasi:
            return realisasi_cell(y, tahun, p);
        case Field::Capaian:
            return y ? capaian_cell(y->capaian, p) : Cell::not_available(year_reason(tahun));
        case Field::Predikat:
            return label_cell(
                y ? rules::rate(y->capaian.value, conv(p).predikat, conv(p).display) : std::nullopt,
                conv(p).predikat, "predikat");
        case Field::Atribut:
            return label_cell(
                y ? rules::rate(y->capaian.value, conv(p).atribut, conv(p).display) : std::nullopt,
                conv(p).atribut, "atribut");
        case Field::TargetRenstra: {
            const auto it = ind.years.find(tahun);
            return target_cell(it != ind.years.end() ? it->second.target_renstra : std::nullopt,
                               "tidak ada target Renstra tahun " + std::to_string(tahun), p);
        }
        case Field::KondisiAwal:
            return written(r.kondisi_awal, ind.kondisi_awal_decimals, "kondisi awal tidak diisi", p);
        case Field::TargetAkhirRenstra:
            return target_cell(r.target_akhir_renstra, "tidak ada target akhir Renstra", p);
        case Field::TingkatKemajuan:
            return capaian_cell(r.tingkat_kemajuan, p);
        case Field::TargetNasional:
            return written(ind.target_nasional, ind.target_nasional_decimals, "tidak ada target nasional", p);
        case Field::CapaianNasional:
            return capaian_cell(r.capaian_nasional, p);
        case Field::KeteranganNasional:
            return Cell::of_text(ind.keterangan_nasional.empty() && !ind.target_nasional
                                     ? "Tidak ada target nasional"
                                     : ind.keterangan_nasional);
        default:
            return Cell::empty();
    }
}

}  // namespace

const std::vector<FieldSpec>& all_fields() {
    return kFields;
}

const FieldSpec* find_field(const std::string& name) {
    for (const FieldSpec& f : kFields) {
        if (name == f.name)
            return &f;
    }
    return nullptr;
}

std::vector<std::string> field_names() {
    std::vector<std::string> out;
    for (const FieldSpec& f : kFields)
        out.emplace_back(f.name);
    return out;
}

table::Cell field_value(Field field, const RowContext& row, int tahun, const compute::Performance& p) {
    const model::Conventions& c = conv(p);
    const model::Profile& profile = p.opd->profile;
    switch (field) {
        case Field::Nomor:
            if (row.number <= 0)
                return Cell::empty();
            {
                Cell number = Cell::of_number(row.number, NumberStyle::Integer, 0);
                number.align = table::Align::Center;
                return number;
            }
        case Field::Kode:
            if (row.indicator)
                return Cell::of_text(row.indicator->indicator->kode);
            if (row.budget)
                return Cell::of_text(row.budget->item->kode);
            if (row.sasaran)
                return Cell::of_text(row.sasaran->sasaran->kode);
            if (row.tujuan)
                return Cell::of_text(row.tujuan->tujuan->kode);
            return Cell::empty();
        case Field::Uraian:
            if (row.total)
                return Cell::of_text("Jumlah");
            if (row.heading == "Tujuan" && row.tujuan)
                return Cell::of_text("Tujuan: " + row.tujuan->tujuan->uraian);
            if (row.heading == "Sasaran" && row.sasaran)
                return Cell::of_text("Sasaran: " + row.sasaran->sasaran->uraian);
            if (row.heading == "Program" && row.budget) {
                const std::string& nama = row.budget->item->nama;
                return Cell::of_text(nama.rfind("Program", 0) == 0 ? nama : "Program: " + nama);
            }
            if (row.budget) {
                Cell cell = Cell::of_text(row.budget->item->nama);
                cell.indent = row.level;
                return cell;
            }
            if (row.belanja)
                return Cell::of_text("Belanja " + row.belanja->jenis);
            if (row.indicator)
                return Cell::of_text(row.indicator->indicator->nama);
            if (row.sasaran)
                return Cell::of_text(row.sasaran->sasaran->uraian);
            if (row.tujuan)
                return Cell::of_text(row.tujuan->tujuan->uraian);
            return Cell::empty();
        case Field::Label:
            return row.fixed ? Cell::of_text(row.fixed->label) : Cell::empty();
        case Field::Nilai:
            return Cell::empty();  // resolved by the table builder from the fixed row's own field
        case Field::Tujuan:
            return row.tujuan ? Cell::of_text(row.tujuan->tujuan->uraian) : Cell::empty();
        case Field::Sasaran:
            return row.sasaran ? Cell::of_text(row.sasaran->sasaran->uraian) : Cell::empty();
        case Field::Program:
            return row.budget ? Cell::of_text(row.budget->item->nama) : Cell::empty();
        case Field::Indikator:
            return row.indicator ? Cell::of_text(row.indicator->indicator->nama) : Cell::empty();
        case Field::Satuan:
            return row.indicator ? Cell::of_text(row.indicator->indicator->satuan, table::Align::Center)
                                 : Cell::empty();
        case Field::Formula:
            return row.indicator ? Cell::of_text(row.indicator->indicator->formula) : Cell::empty();
        case Field::Arah:
            if (!row.indicator)
                return Cell::empty();
            return Cell::of_text(
                row.indicator->indicator->arah == model::Arah::Positif ? "Positif" : "Negatif",
                table::Align::Center);
        case Field::Bobot:
            return row.indicator ? written(row.indicator->indicator->bobot,
                                           row.indicator->indicator->bobot_decimals, "bobot tidak diisi", p)
                                 : Cell::empty();
        case Field::Target:
        case Field::Realisasi:
        case Field::TargetRenstra:
        case Field::KondisiAwal:
        case Field::TargetAkhirRenstra:
        case Field::TingkatKemajuan:
        case Field::TargetNasional:
        case Field::CapaianNasional:
        case Field::KeteranganNasional:
            return row.indicator ? indicator_value(field, *row.indicator, tahun, p) : Cell::empty();
        case Field::Capaian:
        case Field::Predikat:
        case Field::Atribut: {
            if (row.indicator)
                return indicator_value(field, *row.indicator, tahun, p);
            if (tahun != profile.tahun)
                return Cell::empty();
            // Rows without an indicator: the aggregate of what they head.
            const rules::Aggregate* agg = nullptr;
            std::optional<std::string> predikat, atribut;
            if (row.total) {
                agg = &p.overall.capaian;
                predikat = p.overall.predikat;
                atribut = p.overall.atribut;
            } else if (row.sasaran && !row.budget) {
                agg = &row.sasaran->capaian;
                predikat = row.sasaran->predikat;
                atribut = row.sasaran->atribut;
            } else if (row.program) {
                agg = &row.program->capaian;
                predikat = rules::rate(agg->value, c.predikat, c.display);
                atribut = rules::rate(agg->value, c.atribut, c.display);
            }
            if (!agg)
                return Cell::empty();
            if (field == Field::Predikat)
                return label_cell(predikat, c.predikat, "predikat");
            if (field == Field::Atribut)
                return label_cell(atribut, c.atribut, "atribut");
            return computed_or_na(agg->value, NumberStyle::Percent,
                                  agg->na_reason.empty() ? "tidak dapat diukur" : agg->na_reason, p);
        }
        case Field::PaguMurni:
        case Field::PaguPerubahan:
        case Field::Pagu:
        case Field::RealisasiAnggaran:
        case Field::SisaAnggaran: {
            const rules::Amounts* a = amounts_of(row, p);
            if (!a)
                return Cell::empty();
            // A pagu murni or perubahan that was not itemised is a dash, as printed budgets show it; only
            // the amounts results are computed from are n/a when missing.
            if (field == Field::PaguMurni)
                return a->pagu_murni ? money(a->pagu_murni) : Cell::of_text("-", table::Align::Center);
            if (field == Field::PaguPerubahan)
                return a->pagu_perubahan ? money(a->pagu_perubahan)
                                         : Cell::of_text("-", table::Align::Center);
            if (field == Field::Pagu)
                return money(a->pagu());
            if (field == Field::RealisasiAnggaran)
                return money(a->realisasi);
            if (a->pagu() && a->realisasi)
                return money(*a->pagu() - *a->realisasi);
            return Cell::not_available("pagu atau realisasi tidak ada");
        }
        case Field::Serapan: {
            bool applies = false;
            const std::optional<double> s = serapan_of(row, p, applies);
            if (!applies)
                return Cell::empty();
            return computed_or_na(s, NumberStyle::Percent, "pagu atau realisasi tidak ada", p);
        }
        case Field::Efisiensi:
        case Field::KategoriEfisiensi: {
            const rules::Efficiency* e = efficiency_of(row);
            if (!e || row.total)
                return Cell::empty();
            if (field == Field::KategoriEfisiensi) {
                if (!e->category)
                    return Cell::not_available(e->na_reason);
                return label_cell(e->category, c.efficiency.categories(), "efisiensi");
            }
            if (!e->shown)
                return Cell::not_available(e->na_reason);
            const bool index = c.efficiency.form == model::EfficiencyForm::Index &&
                               c.efficiency.method == model::EfficiencyMethod::Ratio;
            // An index (1,0242) shows two places more than a percentage (102,42), so both say the same.
            Cell shown = computed(*e->shown, index ? NumberStyle::Index : NumberStyle::Percent, p);
            if (index)
                shown.decimals = std::min(shown.decimals + 2, format::kMaxDecimals);
            return shown;
        }
        case Field::SumberDana:
            return row.budget ? Cell::of_text(row.budget->item->sumber_dana, table::Align::Center)
                              : Cell::empty();
        case Field::JenisBelanja:
            if (row.total)
                return Cell::of_text("Jumlah");
            return row.belanja ? Cell::of_text("Belanja " + row.belanja->jenis) : Cell::empty();
        case Field::SasaranCapaian:
            return row.sasaran ? computed_or_na(row.sasaran->capaian.value, NumberStyle::Percent,
                                                row.sasaran->capaian.na_reason, p)
                               : Cell::empty();
        case Field::SasaranPredikat:
            return row.sasaran ? label_cell(row.sasaran->predikat, c.predikat, "predikat") : Cell::empty();
        case Field::SasaranAtribut:
            return row.sasaran ? label_cell(row.sasaran->atribut, c.atribut, "atribut") : Cell::empty();
        case Field::OpdNama:
            return Cell::of_text(profile.nama_opd);
        case Field::OpdPemda:
            return Cell::of_text(profile.pemda);
        case Field::OpdTahun:
            return Cell::of_number(profile.tahun, NumberStyle::Year, 0);
        case Field::OpdCapaian:
            return computed_or_na(p.overall.capaian.value, NumberStyle::Percent, p.overall.capaian.na_reason,
                                  p);
        case Field::OpdPredikat:
            return label_cell(p.overall.predikat, c.predikat, "predikat");
        case Field::OpdAtribut:
            return label_cell(p.overall.atribut, c.atribut, "atribut");
        case Field::OpdJumlahSasaran:
            return Cell::of_number(static_cast<double>(p.sasaran.size()), NumberStyle::Integer, 0);
        case Field::OpdJumlahIku:
            return Cell::of_number(static_cast<double>(count_iku(p)), NumberStyle::Integer, 0);
        case Field::OpdIkuTercapai:
            return Cell::of_number(static_cast<double>(count_iku_met(p)), NumberStyle::Integer, 0);
        case Field::AnggaranPagu:
            return money(p.budget.total.pagu());
        case Field::AnggaranRealisasi:
            return money(p.budget.total.realisasi);
        case Field::AnggaranSerapan:
            return computed_or_na(p.budget.serapan_total, NumberStyle::Percent,
                                  "pagu atau realisasi tidak ada", p);
        case Field::AnggaranSisa:
            if (p.budget.total.pagu() && p.budget.total.realisasi)
                return money(*p.budget.total.pagu() - *p.budget.total.realisasi);
            return Cell::not_available("pagu atau realisasi tidak ada");
        case Field::AnggaranPaguTerbilang:
            return p.budget.total.pagu() ? Cell::of_text(format::terbilang_rupiah(*p.budget.total.pagu()))
                                         : Cell::not_available("tidak ada data anggaran");
        case Field::AnggaranRealisasiTerbilang:
            return p.budget.total.realisasi
                       ? Cell::of_text(format::terbilang_rupiah(*p.budget.total.realisasi))
                       : Cell::not_available("tidak ada data anggaran");
        case Field::KonvensiCapaianNegatif:
            return Cell::of_text(negative_formula_text(c));
        case Field::KonvensiBatasAtas:
            return Cell::of_text(c.capaian.cap
                                     ? "capaian dibatasi " + format::angka(*c.capaian.cap, 0) + "%" +
                                           (c.capaian.cap_scope == model::CapScope::AggregationOnly
                                                ? " (hanya untuk rata-rata)"
                                                : "")
                                     : "tanpa batas atas");
    }
    return Cell::empty();
}

}  // namespace lkjip::report
