#include "output/conventions_json.hpp"

#include <string_view>

#include "model/convention_table.hpp"

namespace lkjip::output {

namespace {

std::vector<std::string_view> parts(std::string_view key) {
    std::vector<std::string_view> out;
    for (std::size_t pos = 0;;) {
        const std::size_t dot = key.find('.', pos);
        out.push_back(key.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos));
        if (dot == std::string_view::npos)
            return out;
        pos = dot + 1;
    }
}

void write_scale(JsonWriter& w, const model::BandScale& scale) {
    w.begin_array();
    for (const model::Band& b : scale.bands) {
        w.begin_object().field("label", b.label);
        if (b.bound == model::Band::Bound::Above)
            w.field("lebih_dari", b.limit);
        else if (b.bound == model::Band::Bound::AtLeast)
            w.field("minimal", b.limit);
        w.end_object();
    }
    w.end_array();
}

void write_value(JsonWriter& w, const model::ConventionEntry& e, const model::Conventions& c) {
    const model::ConventionValue v = e.get(c);
    switch (e.kind) {
        case model::ConventionKind::Text:
            w.value(std::get<std::string>(v));
            break;
        case model::ConventionKind::Choice:
            w.value(e.choices.at(static_cast<std::size_t>(std::get<int>(v))));
            break;
        case model::ConventionKind::Number:
            w.value(std::get<std::optional<double>>(v));
            break;
        case model::ConventionKind::Integer:
            w.value(std::get<int>(v));
            break;
        case model::ConventionKind::Scale:
            write_scale(w, std::get<model::BandScale>(v));
            break;
    }
}

}  // namespace

void write_conventions(JsonWriter& w, const model::Conventions& c) {
    // The table lists a section's keys together, so each object is opened once.
    w.begin_object();
    std::vector<std::string_view> open;  // the sections currently open, outermost first
    for (const model::ConventionEntry& e : model::convention_table()) {
        const std::vector<std::string_view> path = parts(e.key);
        std::size_t common = 0;
        while (common < open.size() && common + 1 < path.size() && open[common] == path[common])
            ++common;
        for (; open.size() > common; open.pop_back())
            w.end_object();
        for (; open.size() + 1 < path.size(); open.push_back(path[open.size()]))
            w.key(path[open.size()]).begin_object();
        w.key(path.back());
        write_value(w, e, c);
    }
    for (; !open.empty(); open.pop_back())
        w.end_object();
    w.end_object();
}

}  // namespace lkjip::output
