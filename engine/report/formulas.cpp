#include "report/formulas.hpp"

#include <cmath>

#include "core/number_format.hpp"
#include "rules/quarter_accumulation.hpp"
#include "rules/rating.hpp"

namespace lkjip::report {

namespace {

using table::Cell;

bool is_number(const FormulaContext& ctx, std::size_t row, std::optional<std::size_t> column) {
    return column && ctx.body[row].cells[*column].kind == Cell::Kind::Number &&
           !ctx.body[row].cells[*column].covered;
}

double number_at(const FormulaContext& ctx, std::size_t row, std::size_t column) {
    return ctx.body[row].cells[column].number;
}

bool same_value(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

// capaian = f(target column, realisasi column) in the same row.
void capaian_formula(FormulaContext& ctx, std::size_t row, std::size_t column, Field target_field,
                     int target_year, int realisasi_year) {
    const RowContext& rc = ctx.rows[row];
    if (!rc.indicator)
        return;
    const auto t = ctx.column_of(target_field, target_year);
    const auto r = ctx.column_of(Field::Realisasi, realisasi_year);
    if (!is_number(ctx, row, t) || !is_number(ctx, row, r))
        return;
    ctx.body[row].cells[column].formula =
        rules::capaian_formula(formula::ref(row, *t), formula::ref(row, *r), rc.indicator->indicator->arah,
                               ctx.performance.conventions.capaian);
}

// SUM or AVERAGE over the cells of `sources` in `source_column` (this cell's column by default) when their
// cached values give this cell's value.
// The rows under the given rows that have no children of their own, in row order.
std::vector<std::size_t> leaf_rows(const FormulaContext& ctx, const std::vector<std::size_t>& rows) {
    std::vector<std::size_t> out;
    for (std::size_t r : rows) {
        if (ctx.rows[r].children.empty()) {
            out.push_back(r);
        } else {
            const std::vector<std::size_t> below = leaf_rows(ctx, ctx.rows[r].children);
            out.insert(out.end(), below.begin(), below.end());
        }
    }
    return out;
}

void aggregate_formula(FormulaContext& ctx, std::size_t row, std::size_t column,
                       const std::vector<std::size_t>& sources, bool average,
                       std::optional<std::size_t> source_column = std::nullopt) {
    const std::size_t from = source_column.value_or(column);
    if (sources.empty())
        return;
    double sum = 0;
    std::size_t numbers = 0;
    std::vector<formula::Expr> args;
    for (std::size_t s : sources) {
        const Cell& c = ctx.body[s].cells[from];
        if (c.covered)
            return;
        if (c.kind == Cell::Kind::Number) {
            sum += c.number;
            ++numbers;
        } else if (!average || c.kind != Cell::Kind::NotAvailable) {
            return;  // SUM over a missing amount would silently count it as 0
        }
        args.push_back(formula::ref(s, from));
    }
    if (numbers == 0)
        return;
    const double expected = average ? sum / static_cast<double>(numbers) : sum;
    Cell& target = ctx.body[row].cells[column];
    if (!same_value(expected, target.number))
        return;
    // Contiguous sources read better as a range.
    bool contiguous = true;
    for (std::size_t i = 1; i < sources.size(); ++i)
        contiguous = contiguous && sources[i] == sources[i - 1] + 1;
    if (contiguous && sources.size() > 1)
        args = {formula::range(sources.front(), from, sources.back(), from)};
    target.formula = average ? rules::mean_formula(std::move(args)) : rules::sum_formula(std::move(args));
}

// An annual realisasi that follows from the quarters (no annual row written) is the indicator's accumulation
// rule over the quarter cells of the same row, when every quarter given is shown there as a number.
void accumulation_formula(FormulaContext& ctx, std::size_t row, std::size_t column, int tahun) {
    const RowContext& rc = ctx.rows[row];
    if (!rc.indicator || !ctx.quarter_column_of)
        return;
    const compute::YearResult* y = rc.indicator->year(tahun);
    const auto& akumulasi = rc.indicator->indicator->akumulasi;
    if (!y || !y->realisasi_dari_triwulan || !akumulasi || !is_number(ctx, row, column))
        return;
    std::vector<formula::Expr> given;
    rules::QuarterValues values;
    for (int tw = 1; tw <= model::kTriwulan; ++tw) {
        const auto& q = y->triwulan[static_cast<std::size_t>(tw - 1)];
        if (!q.realisasi)
            continue;
        const auto c = ctx.quarter_column_of(Field::Realisasi, tahun, tw);
        if (!is_number(ctx, row, c))
            return;
        values[static_cast<std::size_t>(tw - 1)] = number_at(ctx, row, *c);
        given.push_back(formula::ref(row, *c));
    }
    const std::optional<double> expected = rules::accumulate(*akumulasi, values);
    if (given.empty() || !expected || !same_value(*expected, number_at(ctx, row, column)))
        return;
    ctx.body[row].cells[column].formula = rules::accumulation_formula(*akumulasi, given);
}

// Rows of the same sasaran as `row` (the IKU a merged sasaran cell averages).
std::vector<std::size_t> rows_of_sasaran(const FormulaContext& ctx, std::size_t row) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < ctx.rows.size(); ++i) {
        if (ctx.rows[i].sasaran == ctx.rows[row].sasaran && ctx.rows[i].indicator && !ctx.rows[i].total)
            out.push_back(i);
    }
    return out;
}

void rating_formula(FormulaContext& ctx, std::size_t row, std::size_t column,
                    std::optional<std::size_t> value_column, const model::BandScale& scale,
                    double index_factor = 1.0) {
    Cell& cell = ctx.body[row].cells[column];
    if (cell.kind != Cell::Kind::Text || !is_number(ctx, row, value_column))
        return;
    formula::Expr ref = formula::ref(row, *value_column);
    if (index_factor != 1.0)
        ref = ref * formula::number(index_factor);
    formula::Expr bands = rules::band_formula(scale, ref, ctx.performance.conventions.display);
    // Excel refuses a formula over its limits (a scale of hundreds of bands): the cell keeps its value only.
    if (fits_spreadsheet_limits(bands))
        cell.formula = std::move(bands);
}

}  // namespace

bool fits_spreadsheet_limits(const formula::Expr& f) {
    // Excel's specifications: 8.192 characters of formula text and 64 levels of nested functions. The neutral
    // references ({R12C3}) are longer than the A1 ones that replace them, so this errs on the safe side.
    constexpr std::size_t kMaxFormulaChars = 8192;
    constexpr std::size_t kMaxNesting = 64;
    return formula::call_depth(f) <= kMaxNesting && formula::neutral_text(f).size() <= kMaxFormulaChars;
}

void attach_formula(FormulaContext& ctx, std::size_t row, std::size_t column, Field field, int tahun) {
    const Cell& cell = ctx.body[row].cells[column];
    if (cell.covered || (cell.kind != Cell::Kind::Number && cell.kind != Cell::Kind::Text))
        return;
    const RowContext& rc = ctx.rows[row];
    const compute::Performance& p = ctx.performance;
    const int n = p.opd->profile.tahun;
    const model::Conventions& conv = p.conventions;
    switch (field) {
        case Field::Capaian:
            if (rc.indicator) {
                capaian_formula(ctx, row, column, Field::Target, tahun, tahun);
            } else if (!rc.children.empty() || rc.total) {
                aggregate_formula(ctx, row, column, rc.children, true);
            }
            return;
        case Field::Realisasi:
            accumulation_formula(ctx, row, column, tahun);
            return;
        case Field::TingkatKemajuan:
            capaian_formula(ctx, row, column, Field::TargetAkhirRenstra, n, n);
            return;
        case Field::CapaianNasional:
            capaian_formula(ctx, row, column, Field::TargetNasional, n, n);
            return;
        case Field::Predikat:
            rating_formula(ctx, row, column, ctx.column_of(Field::Capaian, tahun), conv.predikat);
            return;
        case Field::Atribut:
            rating_formula(ctx, row, column, ctx.column_of(Field::Capaian, tahun), conv.atribut);
            return;
        case Field::SasaranCapaian:
            // The merged cell averages the capaian cells of its IKU rows.
            if (cell.kind == Cell::Kind::Number) {
                if (const auto c = ctx.column_of(Field::Capaian, n))
                    aggregate_formula(ctx, row, column, rows_of_sasaran(ctx, row), true, c);
            }
            return;
        case Field::SasaranPredikat:
            rating_formula(ctx, row, column, ctx.column_of(Field::SasaranCapaian, n), conv.predikat);
            return;
        case Field::SasaranAtribut:
            rating_formula(ctx, row, column, ctx.column_of(Field::SasaranCapaian, n), conv.atribut);
            return;
        case Field::PaguMurni:
        case Field::PaguPerubahan:
        case Field::Pagu:
        case Field::RealisasiAnggaran:
            if (cell.kind == Cell::Kind::Number)
                aggregate_formula(ctx, row, column, rc.children, false);
            return;
        case Field::Serapan: {
            if (cell.kind != Cell::Kind::Number)
                return;
            // Under anggaran.serapan_induk = rata_rata_anak a parent's (and the total's) serapan is the mean
            // of its children's percentages, under rata_rata_sub_kegiatan the mean over the rows below it
            // that have no children of their own; not its own realisasi over its own pagu.
            if (conv.budget.parent_absorption != model::ParentAbsorption::SumOfAmounts &&
                (!rc.children.empty() || rc.total)) {
                const bool direct = conv.budget.parent_absorption == model::ParentAbsorption::MeanOfChildren;
                aggregate_formula(ctx, row, column, direct ? rc.children : leaf_rows(ctx, rc.children), true);
                return;
            }
            const auto pagu = ctx.column_of(Field::Pagu, n);
            const auto real = ctx.column_of(Field::RealisasiAnggaran, n);
            if (is_number(ctx, row, pagu) && is_number(ctx, row, real) && number_at(ctx, row, *pagu) != 0.0 &&
                same_value(format::clean(number_at(ctx, row, *real) / number_at(ctx, row, *pagu) * 100.0),
                           cell.number))
                ctx.body[row].cells[column].formula =
                    rules::serapan_formula(formula::ref(row, *real), formula::ref(row, *pagu));
            return;
        }
        case Field::SisaAnggaran: {
            const auto pagu = ctx.column_of(Field::Pagu, n);
            const auto real = ctx.column_of(Field::RealisasiAnggaran, n);
            if (cell.kind == Cell::Kind::Number && is_number(ctx, row, pagu) && is_number(ctx, row, real))
                ctx.body[row].cells[column].formula =
                    rules::sisa_formula(formula::ref(row, *pagu), formula::ref(row, *real));
            return;
        }
        case Field::Efisiensi: {
            // The efficiency of a program reads its indicators' mean; with one indicator that is the
            // capaian shown in the row.
            if (cell.kind != Cell::Kind::Number || (rc.program && rc.program->indicators.size() != 1))
                return;
            const auto cap = ctx.column_of(Field::Capaian, n);
            const auto ser = ctx.column_of(Field::Serapan, n);
            if (!is_number(ctx, row, cap) || !is_number(ctx, row, ser))
                return;
            ctx.body[row].cells[column].formula =
                rules::efficiency_formula(formula::ref(row, *cap), formula::ref(row, *ser), conv.efficiency);
            return;
        }
        case Field::KategoriEfisiensi:
            if (!conv.efficiency.min_capaian) {
                const bool index = conv.efficiency.method == model::EfficiencyMethod::Ratio &&
                                   conv.efficiency.form == model::EfficiencyForm::Index;
                rating_formula(ctx, row, column, ctx.column_of(Field::Efisiensi, n),
                               conv.efficiency.categories(), index ? 100.0 : 1.0);
            }
            return;
        default:
            return;
    }
}

}  // namespace lkjip::report
