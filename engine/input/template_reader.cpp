#include "input/template_reader.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>
#include <system_error>
#include <unordered_map>

#include "core/embedded_files.hpp"
#include "core/text.hpp"
#include "input/file_access.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

namespace {

const std::vector<std::string> kTableKeys = {"nomor", "judul",  "lembar",  "orientasi", "baris",
                                             "kolom", "jumlah", "catatan", "grafik",    "baris_tetap"};
const std::vector<std::string> kColumnKeys = {"judul", "isi", "tahun", "triwulan", "lebar", "kolom"};
const std::vector<std::string> kFixedRowKeys = {"label", "isi"};
const std::vector<std::string> kChartKeys = {"jenis",       "judul",       "kategori",   "nilai",
                                             "garis_acuan", "label_acuan", "judul_sumbu"};

bool is_index(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> split_key(std::string_view key) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = key.find('.', start);
        parts.emplace_back(
            key.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return parts;
}

class TemplateParser {
  public:
    TemplateParser(const PropertyMap& map, Diagnostics& diagnostics) : map_(map), diagnostics_(diagnostics) {
        // Indexed once: a template of thousands of columns asks for each of its keys and prefixes.
        for (const Property& p : map_.entries) {
            by_key_.emplace(p.key, &p);
            keys_.insert(p.key);
        }
    }

    templates::TableTemplate parse(const std::string& name) {
        check_keys();
        templates::TableTemplate t;
        t.file = map_.file;
        t.nama = name;
        t.nomor = text("nomor", true);
        t.judul = text("judul", true);
        t.lembar = text("lembar", false);
        const std::string orientation = text("orientasi", false);
        if (orientation.empty() || orientation == "lanskap") {
            t.orientasi = table::Orientation::Landscape;
        } else if (orientation == "potret") {
            t.orientasi = table::Orientation::Portrait;
        } else {
            error("orientasi", "\"potret\" atau \"lanskap\" diharapkan, ditemukan \"" + orientation + "\"");
        }
        t.baris = text("baris", true);
        t.baris_where = where("baris");
        t.kolom = columns("", std::nullopt);
        if (t.kolom.empty())
            error("kolom", "tabel memerlukan paling sedikit satu kolom");
        t.jumlah = flag("jumlah");
        if (has("catatan"))
            t.catatan.push_back(text("catatan", false));  // a single note, as one XML <catatan> reads
        for (int i = 1; has("catatan." + std::to_string(i)); ++i)
            t.catatan.push_back(text("catatan." + std::to_string(i), false));
        for (int i = 1; has_prefix("baris_tetap." + std::to_string(i) + "."); ++i) {
            const std::string p = "baris_tetap." + std::to_string(i) + ".";
            t.baris_tetap.push_back({text(p + "label", true), text(p + "isi", true), where(p + "isi")});
        }
        for (int i = 1; has_prefix("grafik." + std::to_string(i) + "."); ++i)
            t.grafik.push_back(chart("grafik." + std::to_string(i) + "."));
        return t;
    }

  private:
    const PropertyMap& map_;
    Diagnostics& diagnostics_;
    std::unordered_map<std::string, const Property*> by_key_;
    std::set<std::string> keys_;  // sorted, for prefix queries

    const Property* find(const std::string& key) const {
        const auto it = by_key_.find(key);
        return it == by_key_.end() ? nullptr : it->second;
    }
    bool has(const std::string& key) const { return find(key) != nullptr; }
    bool has_prefix(const std::string& prefix) const {
        const auto it = keys_.lower_bound(prefix);
        return it != keys_.end() && it->compare(0, prefix.size(), prefix) == 0;
    }
    SourceLocation where(const std::string& key) const {
        const Property* p = find(key);
        return p ? map_.location(*p) : SourceLocation::key(map_.file, key);
    }
    void error(const std::string& key, std::string message) {
        diagnostics_.error(where(key), std::move(message));
    }

    std::string text(const std::string& key, bool required) {
        const Property* p = find(key);
        const std::string value = p ? std::string(text::trim(p->value)) : std::string();
        if (value.empty() && required)
            error(key, "nilai wajib diisi");
        else if (!value.empty() && text::find_invalid_utf8(value))
            error(key, "teks bukan UTF-8 yang sah");
        return value;
    }

    // A JSON boolean (or the same word in XML). "ya" is a string in JSON: refused rather than guessed.
    bool flag(const std::string& key) {
        const std::string v = text(key, false);
        if (v.empty() || v == "false")
            return false;
        if (v == "true")
            return true;
        error(key, "true atau false diharapkan, ditemukan \"" + v + "\"");
        return false;
    }

    std::optional<double> number(const std::string& key) {
        const std::string v = text(key, false);
        if (v.empty())
            return std::nullopt;
        double value = 0;
        const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
        if (ec != std::errc() || ptr != v.data() + v.size()) {
            error(key, "angka diharapkan (titik sebagai pemisah desimal), ditemukan \"" + v + "\"");
            return std::nullopt;
        }
        return value;
    }

    // "N", "N-1", "N+2": a year relative to the reporting year.
    std::optional<int> year_offset(const std::string& key) {
        const std::string v = text(key, false);
        if (v.empty())
            return std::nullopt;
        if (v == "N")
            return 0;
        int offset = 0;
        if (v.size() >= 3 && v[0] == 'N' && (v[1] == '-' || v[1] == '+')) {
            const auto [ptr, ec] = std::from_chars(v.data() + 2, v.data() + v.size(), offset);
            if (ec == std::errc() && ptr == v.data() + v.size() && offset <= 10)
                return v[1] == '-' ? -offset : offset;
        }
        error(key, "tahun relatif seperti \"N\", \"N-1\" atau \"N+1\" diharapkan, ditemukan \"" + v + "\"");
        return std::nullopt;
    }

    // "1".."4": a quarter (triwulan) of the year.
    std::optional<int> quarter(const std::string& key) {
        const std::string v = text(key, false);
        if (v.empty())
            return std::nullopt;
        if (v.size() == 1 && v[0] >= '1' && v[0] <= '4')
            return v[0] - '0';
        error(key, "triwulan 1, 2, 3 atau 4 diharapkan, ditemukan \"" + v + "\"");
        return std::nullopt;
    }

    std::vector<templates::ColumnTemplate> columns(const std::string& prefix,
                                                   std::optional<int> inherited_year,
                                                   std::optional<int> inherited_quarter = std::nullopt) {
        std::vector<templates::ColumnTemplate> out;
        for (int i = 1; has_prefix(prefix + "kolom." + std::to_string(i) + "."); ++i) {
            const std::string p = prefix + "kolom." + std::to_string(i) + ".";
            templates::ColumnTemplate c;
            c.where = SourceLocation::key(map_.file, p.substr(0, p.size() - 1));
            c.judul = text(p + "judul", false);
            c.isi = text(p + "isi", false);
            c.tahun = year_offset(p + "tahun");
            if (!c.tahun)
                c.tahun = inherited_year;
            c.triwulan = quarter(p + "triwulan");
            if (!c.triwulan)
                c.triwulan = inherited_quarter;
            if (const auto w = number(p + "lebar")) {
                if (*w < 1 || *w > 120)
                    error(p + "lebar", "lebar kolom 1-120 karakter diharapkan");
                else
                    c.lebar = *w;
            }
            c.kolom = columns(p, c.tahun, c.triwulan);
            if (c.isi.empty() && c.kolom.empty())
                error(p + "isi", "kolom memerlukan \"isi\" (bidang yang ditampilkan) atau sub-\"kolom\"");
            if (!c.isi.empty() && !c.kolom.empty())
                error(p + "isi", "kolom dengan sub-\"kolom\" tidak boleh memiliki \"isi\" sendiri");
            if (!c.kolom.empty() && c.judul.empty())
                error(p + "judul", "kelompok kolom memerlukan judul");
            out.push_back(std::move(c));
        }
        return out;
    }

    templates::ChartTemplate chart(const std::string& p) {
        templates::ChartTemplate c;
        c.where = SourceLocation::key(map_.file, p.substr(0, p.size() - 1));
        const std::string kind = text(p + "jenis", false);
        if (kind.empty() || kind == "kolom") {
            c.jenis = table::ChartKind::Column;
        } else if (kind == "batang") {
            c.jenis = table::ChartKind::Bar;
        } else {
            error(p + "jenis", "\"kolom\" atau \"batang\" diharapkan, ditemukan \"" + kind + "\"");
        }
        c.judul = text(p + "judul", true);
        c.kategori = text(p + "kategori", true);
        if (const std::string single = text(p + "nilai", false); !single.empty())
            c.nilai.push_back(single);
        for (int i = 1; has(p + "nilai." + std::to_string(i)); ++i)
            c.nilai.push_back(text(p + "nilai." + std::to_string(i), true));
        if (c.nilai.empty())
            error(p + "nilai", "grafik memerlukan paling sedikit satu kolom nilai");
        c.garis_acuan = number(p + "garis_acuan");
        c.label_acuan = text(p + "label_acuan", false);
        c.judul_sumbu = text(p + "judul_sumbu", false);
        return c;
    }

    // Every key must be one the template format knows, at any depth of the column tree.
    void check_keys() {
        for (const Property& p : map_.entries) {
            const std::vector<std::string> parts = split_key(p.key);
            std::size_t i = 0;
            // Column nesting: kolom.N.kolom.M....
            bool in_column = false;
            while (i + 1 < parts.size() && parts[i] == "kolom" && is_index(parts[i + 1])) {
                in_column = true;
                i += 2;
            }
            const std::string rest = [&] {
                std::string r;
                for (std::size_t k = i; k < parts.size(); ++k)
                    r += (r.empty() ? "" : ".") + parts[k];
                return r;
            }();
            const std::vector<std::string>* known = &kTableKeys;
            std::string leaf = rest;
            std::string scope;
            if (in_column) {
                known = &kColumnKeys;
                scope = "kolom";
            } else if (parts.size() >= 3 && is_index(parts[1]) &&
                       (parts[0] == "baris_tetap" || parts[0] == "grafik")) {
                known = parts[0] == "grafik" ? &kChartKeys : &kFixedRowKeys;
                scope = parts[0];
                leaf = parts[2];
                if (parts[0] == "grafik" && parts[2] == "nilai" && (parts.size() == 3 || is_index(parts[3])))
                    continue;
                if (parts.size() > 3)
                    leaf = rest;
            } else if (parts.size() == 2 && parts[0] == "catatan" && is_index(parts[1])) {
                continue;
            } else if (parts.size() > 1 && (parts[0] == "catatan" || parts[0] == "kolom" ||
                                            parts[0] == "baris_tetap" || parts[0] == "grafik")) {
                // A list given as an object ({"catatan": {"a": ...}}), or a note that is not text.
                diagnostics_.error(
                    map_.location(p),
                    parts[0] == "catatan" && is_index(parts[1])
                        ? "catatan ke-" + parts[1] + ": teks diharapkan, ditemukan objek atau daftar"
                        : "\"" + parts[0] + "\": daftar [ ... ] diharapkan, ditemukan objek");
                continue;
            } else {
                leaf = parts[0];
                if (parts.size() > 1 && std::find(known->begin(), known->end(), leaf) != known->end() &&
                    leaf != "kolom" && leaf != "catatan")
                    leaf = rest;  // a scalar key used as an object
            }
            if (std::find(known->begin(), known->end(), leaf) != known->end())
                continue;
            std::string message = "kunci tidak dikenal" + (scope.empty() ? std::string() : " di " + scope) +
                                  ": \"" + leaf + "\"";
            if (const std::string hint = suggest(leaf, *known); !hint.empty())
                message += "; maksud Anda \"" + hint + "\"?";
            diagnostics_.error(map_.location(p), message);
        }
    }
};

std::string stem(const std::string& path) {
    return std::filesystem::path(path).stem().string();
}

}  // namespace

templates::TableTemplate read_table_template(std::string_view content, const std::string& file,
                                             Diagnostics& diagnostics) {
    try {
        const PropertyMap map = read_properties(content, file, format_from_extension(file), "tabel");
        return TemplateParser(map, diagnostics).parse(stem(file));
    } catch (const InputError& e) {
        diagnostics.add(e.diagnostic());
        return {};
    }
}

std::vector<templates::TableTemplate> default_table_templates(Diagnostics& diagnostics) {
    std::vector<templates::TableTemplate> out;
    for (const embedded::File& f : embedded::all()) {
        if (f.path.rfind("templates/laporan/", 0) == 0)
            out.push_back(read_table_template(f.content, std::string(f.path), diagnostics));
    }
    std::sort(
        out.begin(), out.end(),
        [](const templates::TableTemplate& a, const templates::TableTemplate& b) { return a.file < b.file; });
    return out;
}

std::vector<templates::TableTemplate> read_table_templates(const std::string& folder,
                                                           Diagnostics& diagnostics) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw InputError(SourceLocation::in_file(folder), "folder templat tidak ditemukan");
    std::vector<std::string> files;
    for (const fs::directory_entry& e : fs::directory_iterator(folder, ec)) {
        const std::string ext = e.path().extension().string();
        // Not only regular files: a FIFO or a link to a device named *.json is read (and refused by
        // read_text_file with its name) instead of being skipped without a word.
        std::error_code type_error;  // a dangling link or a loop: read_text_file says which
        if (!e.is_directory(type_error) && (ext == ".json" || ext == ".xml"))
            files.push_back(e.path().string());
    }
    if (ec)
        throw InputError(SourceLocation::in_file(folder),
                         "folder templat tidak dapat dibaca: " + ec.message());
    if (files.empty())
        throw InputError(SourceLocation::in_file(folder),
                         "folder templat tidak berisi berkas .json atau .xml");
    std::sort(files.begin(), files.end());
    std::vector<templates::TableTemplate> out;
    for (const std::string& f : files)
        out.push_back(read_table_template(read_text_file(f, 1024u * 1024u), f, diagnostics));
    return out;
}

}  // namespace lkjip::input
