#include "input/convention_reader.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/embedded_files.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "input/file_access.hpp"
#include "input/number_parser.hpp"
#include "input/ordinal_scale_reader.hpp"
#include "model/convention_table.hpp"

namespace lkjip::input {

namespace {

constexpr const char* kDefaultPath = "config/konvensi-bawaan.json";

class Reader {
  public:
    Reader(const PropertyMap& map, Diagnostics& diagnostics)
        : map_(map), keys_(map), diagnostics_(diagnostics) {}

    std::string text(const std::string& key) {
        const Property* p = keys_.get(key);
        return p ? p->value : std::string();
    }

    // The index of the value among `choices` (compared without case); nullopt when absent or not one of
    // them (then an error lists the choices).
    std::optional<int> choice(const std::string& key, const std::vector<std::string>& choices) {
        const Property* p = keys_.get(key);
        if (!p)
            return std::nullopt;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (text::normalize_key(p->value) == text::normalize_key(choices[i]))
                return static_cast<int>(i);
        }
        std::string names;
        for (const std::string& name : choices)
            names += (names.empty() ? "" : ", ") + name;
        diagnostics_.error(map_.location(*p), "nilai \"" + p->value + "\" tidak dikenal; pilihan: " + names);
        return std::nullopt;
    }

    // A number, or "tidak_ada" for none.
    std::optional<double> optional_number(const std::string& key, std::optional<double> fallback) {
        const Property* p = keys_.get(key);
        if (!p)
            return fallback;
        if (text::normalize_key(p->value) == "tidak_ada")
            return std::nullopt;
        return parse_number(*p).value_or(0.0);
    }

    std::optional<double> parse_number(const Property& p) {
        const DecimalParse parsed = parse_decimal(p.value);
        if (parsed.status == ParseStatus::Ok)
            return parsed.value;
        diagnostics_.error(map_.location(p), parsed.status == ParseStatus::Empty
                                                 ? "angka diharapkan, nilai kosong"
                                                 : parsed.error);
        return std::nullopt;
    }

    int integer(const std::string& key, int fallback, int min, int max) {
        const Property* p = keys_.get(key);
        if (!p)
            return fallback;
        const auto v = parse_number(*p);
        if (!v)
            return fallback;
        // Range first: converting a double outside int's range to int is undefined behaviour.
        if (*v < min || *v > max || *v != static_cast<double>(static_cast<int>(*v))) {
            diagnostics_.error(map_.location(*p), "bilangan bulat " + std::to_string(min) + " sampai " +
                                                      std::to_string(max) + " diharapkan, ditemukan \"" +
                                                      p->value + "\"");
            return fallback;
        }
        return static_cast<int>(*v);
    }

    // The bands only: a scale's source is its section's "sumber".
    model::BandScale scale(const std::string& list_key) {
        model::BandScale out;
        std::vector<SourceLocation> where_of;  // each band's bound (or label): the file that set it
        for (int i = 1;; ++i) {
            const std::string item = list_key + "." + std::to_string(i);
            const Property* label = keys_.get(item + ".label");
            const Property* above = keys_.get(item + ".lebih_dari");
            const Property* at_least = keys_.get(item + ".minimal");
            if (!label && !above && !at_least)
                break;
            const Property* any = label ? label : above ? above : at_least;
            const SourceLocation where = map_.location(*any);
            const Property* bound = above ? above : at_least;
            where_of.push_back(bound ? map_.location(*bound) : where);
            model::Band band;
            band.label = label ? std::string(text::trim(label->value)) : std::string();
            if (band.label.empty())
                diagnostics_.error(where, "pita tanpa label");
            if (above && at_least) {
                diagnostics_.error(where,
                                   "pita hanya boleh memiliki salah satu dari lebih_dari atau minimal");
            }
            if (above) {
                band.bound = model::Band::Bound::Above;
                band.limit = parse_number(*above).value_or(0.0);
            } else if (at_least) {
                band.bound = model::Band::Bound::AtLeast;
                band.limit = parse_number(*at_least).value_or(0.0);
            }
            out.bands.push_back(band);
        }
        validate_scale(out, list_key, where_of);
        return out;
    }

    // A number, or "tidak_ada"; with where it was set (for checks that involve two keys).
    const Property* property(const std::string& key) { return keys_.get(key); }
    SourceLocation location(const Property& p) const { return map_.location(p); }

    KeyTracker& keys() { return keys_; }

  private:
    // Bands are tried from the top: their limits must go down, and a band whose limit equals the one above
    // it must catch something (only "> x" followed by ">= x" does: exactly x). Each problem is located at
    // the band's own key, in the file (or --set) that gave it.
    void validate_scale(const model::BandScale& s, const std::string& list_key,
                        const std::vector<SourceLocation>& where_of) {
        if (s.bands.empty()) {
            diagnostics_.error(SourceLocation::key(map_.file, list_key),
                               "skala kosong: paling sedikit satu pita diharapkan");
            return;
        }
        using Bound = model::Band::Bound;
        for (std::size_t i = 0; i + 1 < s.bands.size(); ++i) {
            const model::Band& band = s.bands[i];
            const model::Band& next = s.bands[i + 1];
            if (band.bound == Bound::Rest) {
                diagnostics_.error(where_of[i], "hanya pita terakhir yang boleh tanpa batas (pita " +
                                                    std::to_string(i + 1) + ")");
            } else if (next.bound != Bound::Rest && next.limit > band.limit) {
                diagnostics_.error(where_of[i + 1], "batas pita harus menurun dari atas ke bawah (pita " +
                                                        std::to_string(i + 2) + ")");
            } else if (next.bound != Bound::Rest && next.limit == band.limit &&
                       !(band.bound == Bound::Above && next.bound == Bound::AtLeast)) {
                diagnostics_.error(where_of[i + 1], "pita " + std::to_string(i + 2) +
                                                        " tidak pernah terpakai: batasnya sama dengan pita " +
                                                        std::to_string(i + 1) + " di atasnya");
            }
        }
        if (s.bands.back().bound != Bound::Rest) {
            diagnostics_.error(where_of.back(),
                               "pita terakhir harus tanpa batas (menampung nilai di bawahnya)");
        }
    }

    const PropertyMap& map_;
    KeyTracker keys_;
    Diagnostics& diagnostics_;
};

// The keys the convention table reads (a scale's items with either bound), and "keterangan", the default
// file's description of itself. Computed once per process.
const std::vector<std::string>& known_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> known = {"keterangan"};
        for (const model::ConventionEntry& e : model::convention_table()) {
            if (e.kind != model::ConventionKind::Scale) {
                known.push_back(e.key);
                continue;
            }
            for (const char* field : {".label", ".lebih_dari", ".minimal"})
                known.push_back(e.key + field);
        }
        return known;
    }();
    return keys;
}

void check_keys(const PropertyMap& map, Diagnostics& diagnostics) {
    const std::vector<std::string>& known = known_keys();
    for (const Property& p : map.entries) {
        const std::string shape = key_shape(p.key);
        if (std::find(known.begin(), known.end(), shape) != known.end())
            continue;
        std::string message = "kunci konvensi tidak dikenal";
        const std::string hint = suggest_key(shape, known);
        if (!hint.empty())
            message += "; maksud Anda " + hint + "?";
        diagnostics.error(map.location(p), message);
    }
}

// batas_bawah 50 with batas_atas 10 would make every capaian 10: refused, at the key set last (the one
// that is not the default's).
void check_floor_below_cap(Reader& r, const model::CapaianConventions& c, Diagnostics& diagnostics) {
    if (!c.floor || !c.cap || *c.floor <= *c.cap)
        return;
    const Property* floor = r.property("capaian.batas_bawah");
    const Property* cap = r.property("capaian.batas_atas");
    const Property* blamed = floor && floor->origin != kDefaultPath ? floor : cap ? cap : floor;
    const auto number = [](double x) {
        return format::angka(x, x == static_cast<double>(static_cast<long long>(x)) ? 0 : 2);
    };
    diagnostics.error(r.location(*blamed), "capaian.batas_bawah " + number(*c.floor) +
                                               " lebih besar dari capaian.batas_atas " + number(*c.cap) +
                                               ": setiap capaian akan bernilai " + number(*c.cap));
}

// What the sources changed, in order, as the summary names it: a list as a whole, each key once with the
// last source that set it. A source that names itself ("nama") is a variant: the name says what it
// changes, so only what later sources change is listed.
std::vector<model::ConventionOverride> overridden_keys(const PropertyMap* config, const PropertyMap& profile,
                                                       const PropertyMap& cli) {
    std::vector<model::ConventionOverride> out;
    for (const PropertyMap* source : {config, &profile, &cli}) {
        if (!source)
            continue;
        if (source->find("nama")) {
            out.clear();
            continue;
        }
        for (const Property& p : source->entries) {
            std::string key = p.key;
            for (const std::string& list : source->lists) {
                if (key.rfind(list + ".", 0) == 0)
                    key = list;
            }
            if (key.rfind("keterangan", 0) == 0 || key.find(".sumber") != std::string::npos ||
                key.rfind("sumber", 0) == 0)
                continue;  // explanations change no rule
            std::erase_if(out, [&](const model::ConventionOverride& o) { return o.key == key; });
            out.push_back({key, p.origin.empty() ? source->file : p.origin});
        }
    }
    return out;
}

}  // namespace

PropertyMap default_convention_properties() {
    // Parsed once; callers get a copy to overlay.
    static const PropertyMap defaults = [] {
        const auto content = embedded::find(kDefaultPath);
        if (!content)
            throw std::logic_error(std::string("embedded file missing: ") + kDefaultPath);
        return read_properties(*content, kDefaultPath, PropertyFormat::Json);
    }();
    return defaults;
}

model::Conventions conventions_from_properties(const PropertyMap& merged, Diagnostics& diagnostics) {
    using model::ConventionKind;
    Reader r(merged, diagnostics);
    model::Conventions c;
    r.keys().mark_used_prefix("keterangan");
    for (const model::ConventionEntry& e : model::convention_table()) {
        switch (e.kind) {
            case ConventionKind::Text:
                e.set(c, r.text(e.key));
                break;
            case ConventionKind::Choice:
                if (const std::optional<int> index = r.choice(e.key, e.choices))
                    e.set(c, *index);
                break;
            case ConventionKind::Number:
                e.set(c, r.optional_number(e.key, std::get<std::optional<double>>(e.get(c))));
                break;
            case ConventionKind::Integer:
                e.set(c, r.integer(e.key, std::get<int>(e.get(c)), e.min, e.max));
                break;
            case ConventionKind::Scale:
                e.set(c, r.scale(e.key));
                break;
        }
    }
    check_floor_below_cap(r, c.capaian, diagnostics);
    r.keys().report_unknown(known_keys(), diagnostics);
    c.ordinal_scales = default_ordinal_scales();  // config/skala-ordinal.json, beside the conventions
    return c;
}

model::Conventions load_conventions(const ConventionOverrides& overrides) {
    Diagnostics diagnostics;
    PropertyMap merged = default_convention_properties();
    PropertyMap config;
    if (!overrides.config_file.empty()) {
        const std::string content = read_text_file(overrides.config_file);
        PropertyMap& file = config;
        file = read_properties(content, overrides.config_file, format_from_extension(overrides.config_file),
                               "konvensi");
        check_keys(file, diagnostics);
        merged.overlay(file);
    }
    check_keys(overrides.profile_section, diagnostics);
    merged.overlay(overrides.profile_section);
    PropertyMap cli;
    cli.file = "--set";
    for (const std::string& arg : overrides.set_arguments) {
        // A command line can carry any bytes; like the files, it must be UTF-8 to reach an output.
        if (text::find_invalid_utf8(arg)) {
            diagnostics.error(SourceLocation::in_file("--set"), "teks bukan UTF-8 yang sah");
            continue;
        }
        if (auto problem = text::text_field_problem(arg, false)) {
            diagnostics.error(SourceLocation::in_file("--set"), *problem);
            continue;
        }
        const std::size_t eq = arg.find('=');
        if (eq == std::string::npos || eq == 0) {
            diagnostics.error(SourceLocation::in_file("--set"),
                              "bentuk KUNCI=NILAI diharapkan, ditemukan \"" + arg + "\"");
            continue;
        }
        cli.entries.push_back(Property{std::string(text::trim(std::string_view(arg).substr(0, eq))),
                                       std::string(text::trim(std::string_view(arg).substr(eq + 1))),
                                       0,
                                       "--set",
                                       {},
                                       0});
    }
    cli.reindex();
    check_keys(cli, diagnostics);
    merged.overlay(cli);
    diagnostics.throw_if_errors();
    model::Conventions c = conventions_from_properties(merged, diagnostics);
    diagnostics.throw_if_errors();
    c.overrides =
        overridden_keys(overrides.config_file.empty() ? nullptr : &config, overrides.profile_section, cli);
    return c;
}

}  // namespace lkjip::input
