#include "input/ordinal_values.hpp"

#include <vector>

#include "core/text.hpp"
#include "input/ordinal_scale_reader.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

const model::OrdinalScale* ordinal_scale(const std::string& name) {
    return model::find_scale(default_ordinal_scales(), name);
}

std::string read_scale_name(CsvTableReader& r, const CsvRow& row) {
    const std::string name(text::trim(r.text(row, "skala")));
    if (name.empty() || ordinal_scale(name))
        return name;
    std::vector<std::string> names;
    std::string list;
    for (const model::OrdinalScale& s : default_ordinal_scales()) {
        names.push_back(s.name);
        list += (list.empty() ? "" : ", ") + s.name;
    }
    std::string message = "skala \"" + name + "\" tidak dikenal";
    if (const std::string hint = suggest(name, names); !hint.empty())
        message += "; maksud Anda \"" + hint + "\"?";
    r.error(row, "skala", message + " (skala yang ada: " + list + "; config/skala-ordinal.json)");
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

}  // namespace lkjip::input
