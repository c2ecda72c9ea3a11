#pragma once
// What a template column can show ("isi"): a named field, its default width and how it is merged, and
// its value for one row and year. A field that shows a figure names a quantity of the vocabulary
// (quantity/vocabulary.hpp), which defines it and gives its value; the other fields lay out names, codes and
// labels. The list here is what templates/laporan/*.json may use, documented in templates/README.md.
#include <optional>
#include <string>
#include <vector>

#include "compute/performance.hpp"
#include "quantity/value.hpp"
#include "report/row_context.hpp"
#include "table/table.hpp"

namespace lkjip::report {

enum class Field {
    Nomor,
    Kode,
    Uraian,
    Label,
    Nilai,
    Tujuan,
    Sasaran,
    Program,
    Indikator,
    Satuan,
    Formula,
    Arah,
    Bobot,
    Target,
    Realisasi,
    Capaian,
    Predikat,
    Atribut,
    TargetRenstra,
    CapaianRenstra,
    KondisiAwal,
    TargetAkhirRenstra,
    TingkatKemajuan,
    TargetNasional,
    CapaianNasional,
    KeteranganNasional,
    PaguMurni,
    PaguPerubahan,
    Pagu,
    RealisasiAnggaran,
    Serapan,
    SisaAnggaran,
    Efisiensi,
    KategoriEfisiensi,
    SumberDana,
    JenisBelanja,
    SasaranCapaian,
    SasaranPredikat,
    SasaranAtribut,
    OpdNama,
    OpdPemda,
    OpdTahun,
    OpdCapaian,
    OpdPredikat,
    OpdAtribut,
    OpdJumlahSasaran,
    OpdJumlahIku,
    OpdIkuTercapai,
    AnggaranPagu,
    AnggaranRealisasi,
    AnggaranSerapan,
    AnggaranSisa,
    AnggaranPaguTerbilang,
    AnggaranRealisasiTerbilang,
    KonvensiCapaianNegatif,
    KonvensiBatasAtas,
    Akumulasi,
};

// Which rows share one merged cell of this field: consecutive rows with the same key.
enum class MergeBy { None, Tujuan, Sasaran, BudgetNode, Heading, Numbered };

// Whose figure a quantity field shows: the row's own subject (its indicator, sasaran, program, budget
// item, belanja or, for the "Jumlah" row, the OPD and the budget total), the row's sasaran, the OPD, or the
// budget total.
enum class Scope { Row, Sasaran, Opd, Total };

struct FieldSpec {
    std::string name;  // as written in templates
    Field field;
    double width;  // default column width in characters
    MergeBy merge;
    std::string description;  // one line, for templates/README.md and error hints
    std::string quantity;     // the quantity of the vocabulary it shows; empty for layout fields
    Scope scope = Scope::Row;
};

const std::vector<FieldSpec>& all_fields();
const FieldSpec* find_field(const std::string& name);
std::vector<std::string> field_names();

// The value of `field` in `row` for the year `tahun`. Undefined values are NotAvailable with the reason;
// a field that does not apply to the row (a budget field in an IKU row) is Empty.
// A quantity's value as a cell, the way every table shows that kind of quantity (decimals, rounding, n/a
// with its reason); generated sentences display their figures through this too.
table::Cell quantity_cell(const quantity::Quantity& q, const quantity::Value& v,
                          const compute::Performance& p);

// With `triwulan` 1..4 a quantity field shows its quarterly quantity (`realisasi` -> realisasi_tw2); a field
// without one is Empty (templates are checked for that, template_checks.cpp).
table::Cell field_value(Field field, const RowContext& row, int tahun, const compute::Performance& p,
                        int triwulan = 0);

// Whether `field` has a value per quarter (a quarterly quantity of the vocabulary).
bool has_quarterly_value(const FieldSpec& field);

}  // namespace lkjip::report
