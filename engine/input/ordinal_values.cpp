#include "input/ordinal_values.hpp"

#include <algorithm>
#include <vector>

#include "core/text.hpp"
#include "input/input_tables.hpp"
#include "input/ordinal_scale_reader.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

const model::OrdinalScale* ordinal_scale(const model::Opd& opd, const std::string& name) {
    return model::find_scale(opd.skala, default_ordinal_scales(), name);
}

std::string read_scale_name(CsvTableReader& r, const CsvRow& row, const model::Opd& opd) {
    const std::string name(text::trim(r.text(row, "skala")));
    if (name.empty() || ordinal_scale(opd, name))
        return name;
    std::vector<std::string> names;
    std::string list;
    for (const std::vector<model::OrdinalScale>* scales : {&opd.skala, &default_ordinal_scales()}) {
        for (const model::OrdinalScale& s : *scales) {
            if (std::find(names.begin(), names.end(), s.name) != names.end())
                continue;
            names.push_back(s.name);
            list += (list.empty() ? "" : ", ") + s.name;
        }
    }
    std::string message = "skala \"" + name + "\" tidak dikenal";
    if (const std::string hint = suggest(name, names); !hint.empty())
        message += "; maksud Anda \"" + hint + "\"?";
    r.error(row, "skala",
            message + " (skala yang ada: " + list + "; config/skala-ordinal.json dan skala.csv)");
    return {};
}

std::optional<std::string> read_ordinal_label(CsvTableReader& r, const CsvRow& row, const std::string& column,
                                              const model::OrdinalScale& scale) {
    const std::string written(text::trim(r.text(row, column)));
    if (written.empty())
        return std::nullopt;
    if (const model::OrdinalLevel* level = scale.find(written))
        return level->label;
    r.error(row, column,
            "tingkat skala " + scale.name + " diharapkan (" + scale.labels() + "), ditemukan \"" + written +
                "\"");
    return std::nullopt;
}

std::optional<model::Target> read_ordinal_target(CsvTableReader& r, const CsvRow& row,
                                                 const std::string& column,
                                                 const model::OrdinalScale& scale) {
    const std::optional<std::string> label = read_ordinal_label(r, row, column, scale);
    if (!label)
        return std::nullopt;
    model::Target t;
    t.label = *label;
    return t;
}

void read_skala(const CsvTable& table, ReadContext& ctx) {
    CsvTableReader r(table, column_specs(input_table("skala.csv")), ctx.diagnostics);
    if (!r.usable())
        return;
    std::vector<model::OrdinalScale>& scales = ctx.opd.skala;
    std::vector<std::size_t> first_line;  // where each scale was first named, for messages
    for (const CsvRow& row : table.rows) {
        const std::string name = r.required_text(row, "skala");
        const std::string label(text::trim(r.required_text(row, "label")));
        const std::optional<double> score = r.decimal(row, "skor");
        if (r.text(row, "skor").empty())
            r.error(row, "skor", "nilai wajib diisi (makin tinggi makin baik)");
        if (name.empty() || label.empty() || !score)
            continue;
        auto it = std::find_if(scales.begin(), scales.end(),
                               [&](const model::OrdinalScale& s) { return s.name == name; });
        if (it == scales.end()) {
            model::OrdinalScale s;
            s.name = name;
            scales.push_back(std::move(s));
            first_line.push_back(row.line);
            it = scales.end() - 1;
        }
        if (const std::string sumber(text::trim(r.text(row, "sumber"))); !sumber.empty())
            it->source = sumber;
        if (const std::string capaian = text::normalize_key(r.text(row, "capaian"));
            capaian == "tercapai_tidak")
            it->capaian = model::OrdinalCapaian::MetOrNot;
        else if (!capaian.empty() && capaian != "rasio_skor")
            r.error(row, "capaian",
                    "\"rasio_skor\" atau \"tercapai_tidak\" diharapkan, ditemukan \"" +
                        r.text(row, "capaian") + "\"");
        if (it->find(label)) {
            r.error(row, "label", "tingkat \"" + label + "\" ganda di skala " + name);
            continue;
        }
        for (const model::OrdinalLevel& level : it->levels) {
            if (level.score == *score)
                r.error(row, "skor",
                        "skor sama dengan tingkat \"" + level.label + "\": tiap tingkat skornya berbeda");
        }
        it->levels.push_back({label, *score});
    }
    for (std::size_t i = 0; i < scales.size(); ++i) {
        model::OrdinalScale& s = scales[i];
        // Best first, whatever order the rows were written in.
        std::stable_sort(
            s.levels.begin(), s.levels.end(),
            [](const model::OrdinalLevel& a, const model::OrdinalLevel& b) { return a.score > b.score; });
        if (s.source.empty())
            ctx.diagnostics.error(
                table.at(first_line[i]),
                "skala \"" + s.name + "\" tanpa sumber: isi kolom sumber (peraturan yang menetapkannya)");
    }
}

}  // namespace lkjip::input
