#include "document/figure_reader.hpp"

#include "core/number_format.hpp"
#include "report/fields.hpp"
#include "table/cell_text.hpp"

namespace lkjip::document {

namespace {

bool percent_unit(const std::string& satuan) {
    std::string s;
    for (char c : satuan)
        s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s == "%" || s == "persen" || s == "persentase";
}

}  // namespace

Draft::Draft(const compute::Performance& p, quantity::Subject subject, std::string code)
    : n(p.opd->profile.tahun), p_(p), subject_(std::move(subject)), code_(std::move(code)) {}

Draft::Draft(const compute::Performance& p, const compute::IndicatorResult& r)
    : Draft(p, quantity::Subject::of(r), r.indicator->kode) {}

Shown Draft::get(std::string_view key, int tahun) {
    const quantity::Quantity* q = quantity::find(key);
    return q ? show(*q, quantity::value_of(subject_, *q, tahun, p_), code_, tahun) : Shown{};
}

Shown Draft::get(const quantity::Subject& subject, std::string_view key, const std::string& code) {
    const quantity::Quantity* q = quantity::find(key);
    return q ? show(*q, quantity::value_of(subject, *q, n, p_), code, n) : Shown{};
}

Shown Draft::shown(std::string_view key, const quantity::Value& value, int tahun) {
    const quantity::Quantity* q = quantity::find(key);
    return q ? show(*q, value, code_, tahun) : Shown{};
}

Shown Draft::show(const quantity::Quantity& q, const quantity::Value& v, const std::string& code, int tahun) {
    const table::Cell c = report::quantity_cell(q, v, p_);
    Shown out;
    switch (c.kind) {
        case table::Cell::Kind::Number:
            out.defined = true;
            out.number = format::round_to(c.number, c.decimals, c.rounding);
            out.text = table::display_text(c);
            break;
        case table::Cell::Kind::Text:
            out.defined = true;
            out.text = c.text;
            break;
        case table::Cell::Kind::NotAvailable:
            out.reason = c.text.empty() ? "tidak dapat diukur" : c.text;
            out.text = "n/a";
            break;
        case table::Cell::Kind::Empty:
            out.reason = "tidak berlaku";
            out.text = "n/a";
            break;
    }
    if (out.defined)
        para_.figures.push_back(Figure{std::string(q.key), code, tahun, out.text});
    return out;
}

Paragraph Draft::finish(const SentenceTemplates& t, std::string_view kind, const SentenceValues& values) {
    // What every sentence about a subject may say, unless given: the subject's code, the year and the year
    // before (a kind that does not declare a name ignores it).
    SentenceValues all = values;
    all.emplace("kode", code_);
    all.emplace("tahun", year(n));
    all.emplace("tahun_lalu", year(n - 1));
    para_.runs = {Run{t.render(kind, all), false}};
    para_.origin = Origin::Generated;
    return std::move(para_);
}

std::string with_unit(const Shown& v, const model::Indicator& i) {
    if (!v.defined)
        return "n/a (" + v.reason + ")";
    if (i.satuan.empty())
        return v.text;
    return percent_unit(i.satuan) ? v.text + "%" : v.text + " " + i.satuan;
}

std::string rupiah(const Shown& v) {
    return v.defined ? "Rp\u00A0" + v.text : "n/a (" + v.reason + ")";
}

std::string or_reason(const Shown& v) {
    return v.defined ? v.text : "n/a (" + v.reason + ")";
}

std::string year(int y) {
    return std::to_string(y);
}

}  // namespace lkjip::document
