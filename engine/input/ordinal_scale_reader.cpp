#include "input/ordinal_scale_reader.hpp"

#include <charconv>
#include <stdexcept>
#include <string>

#include "core/embedded_files.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

namespace {

constexpr const char* kPath = "config/skala-ordinal.json";

[[noreturn]] void defect(const std::string& what) {
    throw std::logic_error(std::string(kPath) + ": " + what);
}

double score_of(const std::string& text, const std::string& key) {
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size())
        defect(key + ": angka diharapkan, ditemukan \"" + text + "\"");
    return v;
}

model::OrdinalScale scale_of(const PropertyMap& map, const std::string& name) {
    model::OrdinalScale s;
    s.name = name;
    const PropertyMap own = map.subtree(name);
    for (const Property& p : own.entries) {
        if (p.key == "uraian") {
            s.description = p.value;
        } else if (p.key == "sumber") {
            s.source = p.value;
        } else if (p.key == "capaian") {
            if (p.value == "rasio_skor")
                s.capaian = model::OrdinalCapaian::ScoreRatio;
            else if (p.value == "tercapai_tidak")
                s.capaian = model::OrdinalCapaian::MetOrNot;
            else
                defect(name + ".capaian: \"rasio_skor\" atau \"tercapai_tidak\" diharapkan");
        }
    }
    for (int i = 1;; ++i) {
        const std::string at = "tingkat." + std::to_string(i);
        const Property* label = own.find(at + ".label");
        const Property* score = own.find(at + ".skor");
        if (!label && !score)
            break;
        if (!label || !score)
            defect(name + "." + at + ": label dan skor harus diisi keduanya");
        s.levels.push_back({label->value, score_of(score->value, name + "." + at + ".skor")});
    }
    if (s.levels.empty() || s.source.empty())
        defect(name + ": skala tanpa tingkat atau tanpa sumber");
    return s;
}

}  // namespace

const std::vector<model::OrdinalScale>& default_ordinal_scales() {
    static const std::vector<model::OrdinalScale> scales = [] {
        const auto content = embedded::find(kPath);
        if (!content)
            defect("berkas bawaan tidak ada");
        const PropertyMap map = read_properties(*content, kPath, PropertyFormat::Json);
        std::vector<model::OrdinalScale> out;
        for (const Property& p : map.entries) {
            const std::string name = p.key.substr(0, p.key.find('.'));
            if (name == "keterangan" || p.key.find('.') == std::string::npos)
                continue;
            if (!model::find_scale(out, name))
                out.push_back(scale_of(map, name));
        }
        return out;
    }();
    return scales;
}

}  // namespace lkjip::input
