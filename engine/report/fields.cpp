#include "report/fields.hpp"

#include <algorithm>
#include <cmath>

#include "core/number_format.hpp"
#include "quantity/value.hpp"
#include "rules/rating.hpp"

namespace lkjip::report {

namespace {

using table::Cell;
using table::NumberStyle;

// Every field, in the order templates/README.md lists them. A field that shows a quantity names it (with
// whose it is) and takes its description from the vocabulary; the others lay out names, codes and labels.
struct FieldRow {
    const char* name;
    Field field;
    double width;
    MergeBy merge;
    const char* quantity;     // "" for a layout field
    Scope scope;              // whose quantity
    const char* description;  // layout fields only
};
constexpr Scope kRow = Scope::Row;
const FieldRow kFields[] = {
    {"nomor", Field::Nomor, 5, MergeBy::Numbered, "", kRow, "nomor urut baris"},
    {"kode", Field::Kode, 16, MergeBy::None, "", kRow,
     "kode sasaran, indikator, program, kegiatan atau sub kegiatan"},
    {"uraian", Field::Uraian, 40, MergeBy::Heading, "", kRow,
     "uraian baris (\"Tujuan: ...\", nama program, ...)"},
    {"label", Field::Label, 44, MergeBy::None, "", kRow, "label baris tetap (baris_tetap)"},
    {"nilai", Field::Nilai, 36, MergeBy::None, "", kRow, "nilai baris tetap (baris_tetap.isi)"},
    {"tujuan", Field::Tujuan, 30, MergeBy::Tujuan, "", kRow, "uraian tujuan"},
    {"sasaran", Field::Sasaran, 30, MergeBy::Sasaran, "", kRow, "uraian sasaran strategis"},
    {"program", Field::Program, 30, MergeBy::BudgetNode, "", kRow, "nama program"},
    {"indikator", Field::Indikator, 34, MergeBy::None, "", kRow, "nama indikator"},
    {"satuan", Field::Satuan, 9, MergeBy::None, "", kRow, "satuan indikator"},
    {"formula", Field::Formula, 38, MergeBy::None, "", kRow, "formula perhitungan indikator"},
    {"arah", Field::Arah, 10, MergeBy::None, "", kRow, "arah indikator (positif/negatif)"},
    {"bobot", Field::Bobot, 8, MergeBy::None, "bobot", kRow, nullptr},
    {"target", Field::Target, 11, MergeBy::None, "target", kRow, nullptr},
    {"realisasi", Field::Realisasi, 11, MergeBy::None, "realisasi", kRow, nullptr},
    {"capaian", Field::Capaian, 11, MergeBy::None, "capaian", kRow, nullptr},
    {"predikat", Field::Predikat, 14, MergeBy::None, "predikat", kRow, nullptr},
    {"atribut", Field::Atribut, 16, MergeBy::None, "atribut", kRow, nullptr},
    {"target_renstra", Field::TargetRenstra, 11, MergeBy::None, "target_renstra", kRow, nullptr},
    {"capaian_renstra", Field::CapaianRenstra, 11, MergeBy::None, "capaian_renstra", kRow, nullptr},
    {"kondisi_awal", Field::KondisiAwal, 11, MergeBy::None, "kondisi_awal", kRow, nullptr},
    {"target_akhir_renstra", Field::TargetAkhirRenstra, 12, MergeBy::None, "target_akhir_renstra", kRow,
     nullptr},
    {"tingkat_kemajuan", Field::TingkatKemajuan, 12, MergeBy::None, "tingkat_kemajuan", kRow, nullptr},
    {"target_nasional", Field::TargetNasional, 11, MergeBy::None, "target_nasional", kRow, nullptr},
    {"capaian_nasional", Field::CapaianNasional, 12, MergeBy::None, "capaian_nasional", kRow, nullptr},
    {"keterangan_nasional", Field::KeteranganNasional, 30, MergeBy::None, "", kRow,
     "keterangan target nasional"},
    {"pagu_murni", Field::PaguMurni, 17, MergeBy::BudgetNode, "pagu_murni", kRow, nullptr},
    {"pagu_perubahan", Field::PaguPerubahan, 17, MergeBy::BudgetNode, "pagu_perubahan", kRow, nullptr},
    {"pagu", Field::Pagu, 17, MergeBy::BudgetNode, "pagu", kRow, nullptr},
    {"realisasi_anggaran", Field::RealisasiAnggaran, 17, MergeBy::BudgetNode, "realisasi_anggaran", kRow,
     nullptr},
    {"serapan", Field::Serapan, 11, MergeBy::BudgetNode, "serapan", kRow, nullptr},
    {"sisa_anggaran", Field::SisaAnggaran, 16, MergeBy::BudgetNode, "sisa_anggaran", kRow, nullptr},
    {"efisiensi", Field::Efisiensi, 11, MergeBy::BudgetNode, "efisiensi", kRow, nullptr},
    {"kategori_efisiensi", Field::KategoriEfisiensi, 14, MergeBy::BudgetNode, "kategori_efisiensi", kRow,
     nullptr},
    {"sumber_dana", Field::SumberDana, 10, MergeBy::BudgetNode, "", kRow, "sumber dana"},
    {"jenis_belanja", Field::JenisBelanja, 28, MergeBy::None, "", kRow,
     "jenis belanja (operasi, modal, ...)"},
    {"sasaran.capaian", Field::SasaranCapaian, 11, MergeBy::Sasaran, "capaian", Scope::Sasaran, nullptr},
    {"sasaran.predikat", Field::SasaranPredikat, 14, MergeBy::Sasaran, "predikat", Scope::Sasaran, nullptr},
    {"sasaran.atribut", Field::SasaranAtribut, 16, MergeBy::Sasaran, "atribut", Scope::Sasaran, nullptr},
    {"opd.nama", Field::OpdNama, 30, MergeBy::None, "", kRow, "nama OPD"},
    {"opd.pemda", Field::OpdPemda, 20, MergeBy::None, "", kRow, "pemerintah daerah"},
    {"opd.tahun", Field::OpdTahun, 8, MergeBy::None, "", kRow, "tahun laporan"},
    {"opd.capaian", Field::OpdCapaian, 11, MergeBy::None, "capaian", Scope::Opd, nullptr},
    {"opd.predikat", Field::OpdPredikat, 14, MergeBy::None, "predikat", Scope::Opd, nullptr},
    {"opd.atribut", Field::OpdAtribut, 16, MergeBy::None, "atribut", Scope::Opd, nullptr},
    {"opd.jumlah_sasaran", Field::OpdJumlahSasaran, 8, MergeBy::None, "jumlah_sasaran", Scope::Opd, nullptr},
    {"opd.jumlah_iku", Field::OpdJumlahIku, 8, MergeBy::None, "jumlah_iku", Scope::Opd, nullptr},
    {"opd.iku_tercapai", Field::OpdIkuTercapai, 8, MergeBy::None, "jumlah_iku_tercapai", Scope::Opd, nullptr},
    {"anggaran.pagu", Field::AnggaranPagu, 17, MergeBy::None, "pagu", Scope::Total, nullptr},
    {"anggaran.realisasi", Field::AnggaranRealisasi, 17, MergeBy::None, "realisasi_anggaran", Scope::Total,
     nullptr},
    {"anggaran.serapan", Field::AnggaranSerapan, 11, MergeBy::None, "serapan", Scope::Total, nullptr},
    {"anggaran.sisa", Field::AnggaranSisa, 17, MergeBy::None, "sisa_anggaran", Scope::Total, nullptr},
    {"anggaran.pagu_terbilang", Field::AnggaranPaguTerbilang, 40, MergeBy::None, "pagu_terbilang",
     Scope::Total, nullptr},
    {"anggaran.realisasi_terbilang", Field::AnggaranRealisasiTerbilang, 40, MergeBy::None,
     "realisasi_anggaran_terbilang", Scope::Total, nullptr},
    {"akumulasi", Field::Akumulasi, 11, MergeBy::None, "", kRow,
     "aturan akumulasi triwulan indikator (jumlah, terakhir, rata-rata)"},
    {"konvensi.capaian_negatif", Field::KonvensiCapaianNegatif, 30, MergeBy::None, "", kRow,
     "rumus capaian indikator negatif yang dipakai"},
    {"konvensi.batas_atas", Field::KonvensiBatasAtas, 30, MergeBy::None, "", kRow,
     "batas atas capaian yang dipakai"},
};

std::string scope_text(Scope scope) {
    switch (scope) {
        case Scope::Row:
            return "";
        case Scope::Sasaran:
            return " (sasaran baris itu)";
        case Scope::Opd:
            return " (OPD)";
        case Scope::Total:
            return " (seluruh program)";
    }
    return "";
}

std::vector<FieldSpec> make_fields() {
    std::vector<FieldSpec> out;
    for (const FieldRow& f : kFields) {
        std::string description = f.description ? f.description : "";
        if (*f.quantity)
            description = std::string(quantity::find(f.quantity)->description) + scope_text(f.scope);
        out.push_back({f.name, f.field, f.width, f.merge, description, f.quantity, f.scope});
    }
    return out;
}

const std::vector<FieldSpec>& fields() {
    static const std::vector<FieldSpec> all = make_fields();
    return all;
}

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

Cell label_cell(const std::optional<std::string>& label, const model::BandScale& scale,
                const char* scale_name, const std::string& reason = "capaian tidak dapat diukur") {
    if (!label)
        return Cell::not_available(reason.empty() ? "capaian tidak dapat diukur" : reason);
    Cell c = Cell::of_text(*label, table::Align::Center);
    c.shade.scale = scale_name;
    c.shade.bands = static_cast<int>(scale.bands.size());
    for (std::size_t i = 0; i < scale.bands.size(); ++i) {
        if (scale.bands[i].label == *label)
            c.shade.band = static_cast<int>(i);
    }
    return c;
}

std::string negative_formula_text(const model::Conventions& c) {
    return c.capaian.negative_formula == model::NegativeFormula::TwoTargetMinusRealisasi
               ? "(2 × Target − Realisasi) / Target × 100%"
               : "Target / Realisasi × 100%";
}

bool is_budget_quantity(const quantity::Quantity& q) {
    return q.kind == quantity::Kind::Money || q.kind == quantity::Kind::Words || q.key == "serapan" ||
           q.key == "efisiensi" || q.key == "kategori_efisiensi";
}

bool is_rating_quantity(std::string_view key) {
    return key == "capaian" || key == "predikat" || key == "atribut";
}

// Whose quantity a field shows in `row`; nullopt when the field does not apply to the row (it is then an
// empty cell, not n/a).
std::optional<quantity::Subject> subject_for(const FieldSpec& f, const quantity::Quantity& q,
                                             const RowContext& row, const compute::Performance& p) {
    switch (f.scope) {
        case Scope::Sasaran:
            return row.sasaran ? std::optional(quantity::Subject::of(*row.sasaran)) : std::nullopt;
        case Scope::Opd:
            return quantity::Subject::opd();
        case Scope::Total:
            return quantity::Subject::total();
        case Scope::Row:
            break;
    }
    if (!is_budget_quantity(q)) {
        if (row.indicator)
            return quantity::Subject::of(*row.indicator);
        // A row without an indicator shows the aggregate of what it heads.
        if (!is_rating_quantity(q.key))
            return std::nullopt;
        if (row.total)
            return quantity::Subject::opd();
        if (row.sasaran && !row.budget)
            return quantity::Subject::of(*row.sasaran);
        if (row.program)
            return quantity::Subject::of(*row.budget, p);
        return std::nullopt;
    }
    // An IKU row shows the budget of its supporting programs only in the tables that ask for it.
    const bool iku_budget = row.iku_budget && row.indicator;
    if (q.key == "efisiensi" || q.key == "kategori_efisiensi") {
        if (row.total)
            return std::nullopt;
        if (row.program)
            return quantity::Subject::of(*row.budget, p);
        return iku_budget ? std::optional(quantity::Subject::of(*row.indicator)) : std::nullopt;
    }
    if (row.amounts)
        return quantity::Subject::belanja(row.belanja ? row.belanja->jenis : "");
    if (row.total)
        return quantity::Subject::total();
    if (row.budget)
        return quantity::Subject::of(*row.budget, p);
    return iku_budget ? std::optional(quantity::Subject::of(*row.indicator)) : std::nullopt;
}

const model::BandScale* scale_of(std::string_view key, const model::Conventions& c, const char*& name) {
    if (key == "predikat") {
        name = "predikat";
        return &c.predikat;
    }
    if (key == "atribut") {
        name = "atribut";
        return &c.atribut;
    }
    if (key == "kategori_efisiensi") {
        name = "efisiensi";
        return &c.efficiency.categories();
    }
    return nullptr;
}

// The field of each Field value, for field_value's quantity fields.
const FieldSpec* spec_of(Field field) {
    static const std::vector<const FieldSpec*> by_field = [] {
        std::vector<const FieldSpec*> out;
        for (const FieldSpec& f : fields()) {
            const auto i = static_cast<std::size_t>(f.field);
            if (out.size() <= i)
                out.resize(i + 1, nullptr);
            out[i] = &f;
        }
        return out;
    }();
    const auto i = static_cast<std::size_t>(field);
    return i < by_field.size() ? by_field[i] : nullptr;
}

}  // namespace

// A quantity's value as a cell: how each kind of quantity reads in a table.
table::Cell quantity_cell(const quantity::Quantity& q, const quantity::Value& v,
                          const compute::Performance& p) {
    if (!v.applies)
        return Cell::empty();
    const std::string reason = v.na_reason.empty() ? "tidak dapat diukur" : v.na_reason;
    switch (q.kind) {
        case quantity::Kind::Label: {
            const char* name = "";
            const model::BandScale* scale = scale_of(q.key, conv(p), name);
            if (!scale)
                return v.label ? Cell::of_text(*v.label, table::Align::Center) : Cell::not_available(reason);
            return label_cell(v.label, *scale, name, v.na_reason);
        }
        case quantity::Kind::Words:
            return v.label ? Cell::of_text(*v.label) : Cell::not_available(reason);
        case quantity::Kind::Money:
            if (!v.number) {
                // A pagu murni or perubahan that was not itemised is a dash, as printed budgets show it; only
                // the amounts results are computed from are n/a when missing.
                if (q.key == "pagu_murni" || q.key == "pagu_perubahan")
                    return Cell::of_text("-", table::Align::Center);
                return Cell::not_available(reason);
            }
            return Cell::of_number(*v.number, NumberStyle::Rupiah, 0);
        case quantity::Kind::Count:
            return v.number ? Cell::of_number(*v.number, NumberStyle::Integer, 0)
                            : Cell::not_available(reason);
        case quantity::Kind::Percent: {
            if (!v.number)
                return Cell::not_available(reason);
            const model::Conventions& c = conv(p);
            const bool index = q.key == "efisiensi" && c.efficiency.form == model::EfficiencyForm::Index &&
                               c.efficiency.method == model::EfficiencyMethod::Ratio;
            // An index (1,0242) shows two places more than a percentage (102,42), so both say the same.
            Cell shown = computed(*v.number, index ? NumberStyle::Index : NumberStyle::Percent, p);
            if (index)
                shown.decimals = std::min(shown.decimals + 2, format::kMaxDecimals);
            return shown;
        }
        case quantity::Kind::Decimal:
            if (v.label)  // an ordinal indicator's target or realisasi, as written ("WTP")
                return Cell::of_text(*v.label, table::Align::Center);
            if (!v.number)
                return Cell::not_available(reason);
            if (v.upper && *v.upper != *v.number) {
                // A range target reads as written: "80–90".
                const int decimals = std::max(written_decimals(*v.number, v.written_decimals, p),
                                              written_decimals(*v.upper, v.written_decimals, p));
                return Cell::of_text(
                    format::angka(*v.number, decimals) + "–" + format::angka(*v.upper, decimals),
                    table::Align::Right);
            }
            if (v.written_decimals >= 0)
                return written(v.number, v.written_decimals, reason, p);
            return computed(*v.number, NumberStyle::Decimal, p);
    }
    return Cell::empty();
}

const std::vector<FieldSpec>& all_fields() {
    return fields();
}

const FieldSpec* find_field(const std::string& name) {
    for (const FieldSpec& f : fields()) {
        if (name == f.name)
            return &f;
    }
    return nullptr;
}

std::vector<std::string> field_names() {
    std::vector<std::string> out;
    for (const FieldSpec& f : fields())
        out.emplace_back(f.name);
    return out;
}

bool has_quarterly_value(const FieldSpec& field) {
    return !field.quantity.empty() && quantity::find(quantity::quarterly_key(field.quantity, 1));
}

table::Cell field_value(Field field, const RowContext& row, int tahun, const compute::Performance& p,
                        int triwulan) {
    const model::Conventions& c = conv(p);
    const model::Profile& profile = p.opd->profile;
    if (const FieldSpec* spec = spec_of(field); spec && !spec->quantity.empty()) {
        const quantity::Quantity* found =
            quantity::find(triwulan > 0 ? quantity::quarterly_key(spec->quantity, triwulan) : spec->quantity);
        if (!found)
            return Cell::empty();
        const quantity::Quantity& q = *found;
        const std::optional<quantity::Subject> subject = subject_for(*spec, q, row, p);
        if (!subject)
            return Cell::empty();
        // The OPD's and the budget total's figures are the report year's.
        const int year = spec->scope == Scope::Opd || spec->scope == Scope::Total ? profile.tahun : tahun;
        return quantity_cell(q, quantity::value_of(*subject, q, year, p), p);
    }
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
        case Field::KeteranganNasional: {
            if (!row.indicator)
                return Cell::empty();
            const model::Indicator& ind = *row.indicator->indicator;
            return Cell::of_text(ind.keterangan_nasional.empty() && !ind.target_nasional
                                     ? "Tidak ada target nasional"
                                     : ind.keterangan_nasional);
        }
        case Field::SumberDana:
            return row.budget ? Cell::of_text(row.budget->item->sumber_dana, table::Align::Center)
                              : Cell::empty();
        case Field::JenisBelanja:
            if (row.total)
                return Cell::of_text("Jumlah");
            return row.belanja ? Cell::of_text("Belanja " + row.belanja->jenis) : Cell::empty();
        case Field::OpdNama:
            return Cell::of_text(profile.nama_opd);
        case Field::OpdPemda:
            return Cell::of_text(profile.pemda);
        case Field::OpdTahun:
            return Cell::of_number(profile.tahun, NumberStyle::Year, 0);
        case Field::KonvensiCapaianNegatif:
            return Cell::of_text(negative_formula_text(c));
        case Field::Akumulasi: {
            if (!row.indicator || !row.indicator->indicator->akumulasi)
                return Cell::empty();
            std::string name = model::akumulasi_name(*row.indicator->indicator->akumulasi);
            std::replace(name.begin(), name.end(), '_', '-');
            return Cell::of_text(name, table::Align::Center);
        }
        case Field::KonvensiBatasAtas:
            return Cell::of_text(c.capaian.cap
                                     ? "capaian dibatasi " + format::angka(*c.capaian.cap, 0) + "%" +
                                           (c.capaian.cap_scope == model::CapScope::AggregationOnly
                                                ? " (hanya untuk rata-rata)"
                                                : "")
                                     : "tanpa batas atas");
        default:
            return Cell::empty();  // quantity fields are answered above
    }
}

}  // namespace lkjip::report
