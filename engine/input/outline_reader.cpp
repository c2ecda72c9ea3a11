#include "input/outline_reader.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>

#include "core/embedded_files.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "input/file_access.hpp"
#include "input/property_file.hpp"
#include "model/narrative.hpp"

namespace lkjip::input {

namespace {

using templates::OutlineBlock;
using templates::OutlineBlockKind;
using templates::OutlineScope;

struct KindKey {
    std::string_view key;
    OutlineBlockKind kind;
    std::vector<std::string_view> options;  // the other keys a block of this kind may have
};

const std::vector<KindKey> kKindKeys = {
    {"judul", OutlineBlockKind::Heading, {"nomor", "tingkat", "daftar_isi"}},
    {"teks", OutlineBlockKind::Text, {"tebal", "rata"}},
    {"narasi", OutlineBlockKind::Narrative, {"boleh_kosong"}},
    {"kalimat", OutlineBlockKind::Sentence, {}},
    {"tabel", OutlineBlockKind::Tables, {}},
    {"blok", OutlineBlockKind::Generated, {}},
    {"per_sasaran", OutlineBlockKind::PerSasaran, {}},
    {"per_iku", OutlineBlockKind::PerIku, {}},
};

std::vector<std::string> names_of(const std::vector<templates::OutlineName>& names) {
    std::vector<std::string> out;
    for (const templates::OutlineName& n : names)
        out.emplace_back(n.name);
    return out;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::string with_hint(std::string message, std::string_view wrong, const std::vector<std::string>& known) {
    if (const std::string hint = suggest(wrong, known); !hint.empty())
        message += "; maksud Anda \"" + hint + "\"?";
    return message;
}

bool is_index(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class OutlineParser {
  public:
    OutlineParser(const PropertyMap& map, Diagnostics& diagnostics) : map_(map), diagnostics_(diagnostics) {
        for (const Property& p : map_.entries)
            keys_.insert(p.key);
    }

    templates::DocumentOutline parse() {
        templates::DocumentOutline out;
        out.file = map_.file;
        text("keterangan", false);  // a comment for whoever edits the file (JSON has none)
        for (int i = 1; item("halaman", i); ++i) {
            const std::string p = "halaman." + std::to_string(i);
            templates::OutlinePage page;
            page.where = SourceLocation::key(map_.file, p);
            page.cover = flag(p + ".sampul");
            page.blocks = blocks(p + ".isi", OutlineScope::Opd);
            if (page.cover && !page.blocks.empty())
                error(p + ".isi", "halaman sampul dibuat dari profil dan tidak memuat \"isi\"");
            if (!page.cover && !has_prefix(p + ".isi."))
                error(p, "halaman memerlukan \"isi\" (daftar blok) atau \"sampul\": true");
            out.pages.push_back(std::move(page));
        }
        if (out.pages.empty())
            error("halaman", "kerangka memerlukan daftar \"halaman\" yang tidak kosong");
        report_unknown_keys();
        return out;
    }

  private:
    const PropertyMap& map_;
    Diagnostics& diagnostics_;
    std::set<std::string> keys_;
    std::set<std::string> used_;

    bool has(const std::string& key) const { return keys_.count(key) != 0; }
    bool has_prefix(const std::string& prefix) const {
        const auto it = keys_.lower_bound(prefix);
        return it != keys_.end() && it->compare(0, prefix.size(), prefix) == 0;
    }
    // Whether list `list` has an item `i` (an object, or a scalar: refused where an object is expected).
    bool item(const std::string& list, int i) const {
        const std::string k = list + "." + std::to_string(i);
        return has(k) || has_prefix(k + ".");
    }
    SourceLocation where(const std::string& key) const {
        if (const Property* p = map_.find(key))
            return map_.location(*p);
        return SourceLocation::key(map_.file, map_.key_prefix + key);
    }
    void error(const std::string& key, std::string message) {
        diagnostics_.error(where(key), std::move(message));
    }

    std::string text(const std::string& key, bool required) {
        const Property* p = map_.find(key);
        if (p)
            used_.insert(key);
        const std::string value = p ? std::string(text::trim(p->value)) : std::string();
        if (value.empty() && required)
            error(key, "nilai wajib diisi");
        else if (!value.empty() && text::find_invalid_utf8(value))
            error(key, "teks bukan UTF-8 yang sah");
        return value;
    }
    bool flag(const std::string& key) {
        const std::string v = text(key, false);
        if (v.empty() || v == "false")
            return false;
        if (v == "true")
            return true;
        error(key, "true atau false diharapkan, ditemukan \"" + v + "\"");
        return false;
    }

    // The {{name}}s of a text must be names of `scope` (or of the scopes around it).
    void check_names(const std::string& key, const std::string& value, OutlineScope scope) {
        std::vector<std::string> in_scope;
        for (const templates::OutlineTextName& n : templates::outline_text_names()) {
            if (templates::outline_text_name_in_scope(n.name, scope))
                in_scope.emplace_back(n.name);
        }
        for (const std::string& name :
             templates::outline_tags(value, [&](std::string message) { error(key, std::move(message)); })) {
            if (templates::outline_text_name_in_scope(name, scope))
                continue;
            error(key, with_hint("nama {{" + name + "}} tidak dikenal di " +
                                     std::string(templates::scope_title(scope)) +
                                     "; nama yang tersedia: " + joined(in_scope),
                                 name, in_scope));
        }
    }

    std::vector<OutlineBlock> blocks(const std::string& list, OutlineScope scope) {
        std::vector<OutlineBlock> out;
        if (has(list))
            error(list, "daftar blok [ {...}, ... ] diharapkan, ditemukan teks");
        used_.insert(list);
        for (int i = 1; item(list, i); ++i) {
            const std::string p = list + "." + std::to_string(i);
            if (has(p)) {
                used_.insert(p);
                error(p, "blok { \"judul\": ... } diharapkan, ditemukan teks");
                continue;
            }
            if (std::optional<OutlineBlock> b = block(p, scope))
                out.push_back(std::move(*b));
        }
        return out;
    }

    std::optional<OutlineBlock> block(const std::string& p, OutlineScope scope) {
        std::vector<const KindKey*> found;
        for (const KindKey& k : kKindKeys) {
            const std::string key = p + "." + std::string(k.key);
            if (has(key) || has_prefix(key + "."))
                found.push_back(&k);
        }
        if (found.size() != 1) {
            std::vector<std::string> kinds;
            for (const KindKey& k : kKindKeys)
                kinds.emplace_back(k.key);
            if (found.empty())
                error(p, "blok memerlukan tepat satu dari: " + joined(kinds));
            else
                error(p, "blok hanya boleh memiliki satu dari " + joined(kinds) + ": ditemukan \"" +
                             std::string(found[0]->key) + "\" dan \"" + std::string(found[1]->key) + "\"");
            for (const KindKey* k : found)  // its own keys are not unknown
                mark_used(p + "." + std::string(k->key));
            return std::nullopt;
        }
        const KindKey& kind = *found.front();
        OutlineBlock b;
        b.kind = kind.kind;
        b.where = SourceLocation::key(map_.file, map_.key_prefix + p);
        const std::string main = p + "." + std::string(kind.key);
        // Options of another kind ("nomor" on a teks) are reported as unknown keys with the right hint.
        switch (kind.kind) {
            case OutlineBlockKind::Heading:
                b.text = text(main, true);
                check_names(main, b.text, scope);
                b.number = text(p + ".nomor", false);
                check_names(p + ".nomor", b.number, scope);
                b.level = level(p + ".tingkat");
                b.in_toc = !has(p + ".daftar_isi") || flag(p + ".daftar_isi");
                break;
            case OutlineBlockKind::Text: {
                b.text = text(main, true);
                check_names(main, b.text, scope);
                b.bold = flag(p + ".tebal");
                const std::string align = text(p + ".rata", false);
                if (align == "tengah")
                    b.align = table::Align::Center;
                else if (!align.empty() && align != "kiri")
                    error(p + ".rata", "\"kiri\" atau \"tengah\" diharapkan, ditemukan \"" + align + "\"");
                break;
            }
            case OutlineBlockKind::Narrative:
                b.text = text(main, true);
                b.optional = flag(p + ".boleh_kosong");
                check_narrative(main, b.text, scope);
                break;
            case OutlineBlockKind::Sentence:
                b.text = text(main, true);
                check_name(main, b.text, templates::outline_sentences(), "kalimat", scope);
                break;
            case OutlineBlockKind::Generated:
                b.text = text(main, true);
                check_name(main, b.text, templates::outline_generated_blocks(), "blok", scope);
                break;
            case OutlineBlockKind::Tables:
                b.prefixes = prefixes(main);
                break;
            case OutlineBlockKind::PerSasaran:
                if (scope != OutlineScope::Opd)
                    error(main,
                          "per_sasaran hanya di tingkat dokumen, tidak di dalam per_sasaran atau per_iku");
                b.blocks = blocks(main, OutlineScope::Sasaran);
                break;
            case OutlineBlockKind::PerIku:
                if (scope != OutlineScope::Sasaran)
                    error(main, "per_iku hanya di dalam per_sasaran (IKU dikelompokkan menurut sasarannya)");
                b.blocks = blocks(main, OutlineScope::Iku);
                break;
        }
        return b;
    }

    void mark_used(const std::string& key) {
        for (auto it = keys_.lower_bound(key); it != keys_.end() && it->compare(0, key.size(), key) == 0;
             ++it)
            used_.insert(*it);
    }

    int level(const std::string& key) {
        const std::string v = text(key, false);
        if (v.empty())
            return 1;
        int value = 0;
        const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
        if (ec != std::errc() || ptr != v.data() + v.size() || value < 1 || value > 4) {
            error(key, "tingkat judul 1-4 diharapkan, ditemukan \"" + v + "\"");
            return 1;
        }
        return value;
    }

    std::vector<std::string> prefixes(const std::string& key) {
        std::vector<std::string> out;
        if (has(key)) {
            out.push_back(text(key, true));
        } else {
            used_.insert(key);
            for (int i = 1; has(key + "." + std::to_string(i)); ++i)
                out.push_back(text(key + "." + std::to_string(i), true));
        }
        if (out.empty())
            error(key, "awalan nomor tabel diharapkan: \"3.1\" atau [\"3.2\", \"3.3\"]");
        return out;
    }

    void check_name(const std::string& key, const std::string& name,
                    const std::vector<templates::OutlineName>& names, std::string_view what,
                    OutlineScope scope) {
        const templates::OutlineName* n = templates::find_outline_name(names, name);
        if (!n) {
            if (!name.empty())
                error(key, with_hint(std::string(what) + " tidak dikenal: \"" + name + "\"", name,
                                     names_of(names)) +
                               " (daftar: templates/README.md)");
            return;
        }
        if (static_cast<int>(n->scope) > static_cast<int>(scope))
            error(key, std::string(what) + " \"" + name + "\" hanya di dalam " +
                           std::string(templates::scope_title(n->scope)));
    }

    void check_narrative(const std::string& key, const std::string& name, OutlineScope scope) {
        const model::NarrativeSection* s = model::find_narrative_section(name);
        if (!s) {
            std::vector<std::string> known;
            for (const model::NarrativeSection& n : model::narrative_sections())
                known.emplace_back(n.key);
            if (!name.empty())
                error(key, with_hint("bagian narasi tidak dikenal: \"" + name + "\"", name, known));
            return;
        }
        if (s->scope == model::NarrativeScope::Iku && scope != OutlineScope::Iku)
            error(key, "bagian narasi \"" + name + "\" ditulis per IKU: hanya di dalam per_iku");
    }

    void report_unknown_keys() {
        std::vector<std::string> known = {"keterangan", "halaman", "sampul", "isi"};
        for (const KindKey& k : kKindKeys) {
            known.emplace_back(k.key);
            for (std::string_view o : k.options)
                known.emplace_back(o);
        }
        for (const Property& p : map_.entries) {
            if (used_.count(p.key))
                continue;
            // The first part of the path that is no key of the format ("halamn.1.sampul" -> "halamn"); when
            // every part is one, the key stands where it does not apply ("nomor" on a teks).
            std::string wrong;
            std::string last;
            std::size_t start = 0;
            while (start <= p.key.size() && wrong.empty()) {
                const std::size_t dot = std::min(p.key.find('.', start), p.key.size());
                const std::string part = p.key.substr(start, dot - start);
                if (!is_index(part)) {
                    last = part;
                    if (std::find(known.begin(), known.end(), part) == known.end())
                        wrong = part;
                }
                start = dot + 1;
            }
            diagnostics_.error(map_.location(p),
                               wrong.empty()
                                   ? "kunci \"" + last + "\" tidak berlaku di sini"
                                   : with_hint("kunci tidak dikenal: \"" + wrong + "\"", wrong, known));
        }
    }
};

}  // namespace

templates::DocumentOutline read_document_outline(std::string_view content, const std::string& file,
                                                 Diagnostics& diagnostics) {
    try {
        const PropertyMap map = read_properties(content, file, PropertyFormat::Json);
        return OutlineParser(map, diagnostics).parse();
    } catch (const InputError& e) {
        diagnostics.add(e.diagnostic());
        return {};
    }
}

templates::DocumentOutline default_document_outline(Diagnostics& diagnostics) {
    const std::string path = "templates/dokumen/" + std::string(kOutlineFileName);
    const std::optional<std::string_view> content = embedded::find(path);
    if (!content) {
        diagnostics.error(SourceLocation::in_file(path), "kerangka dokumen bawaan tidak ada");
        return {};
    }
    return read_document_outline(*content, path, diagnostics);
}

templates::DocumentOutline read_document_outline_in(const std::string& folder, Diagnostics& diagnostics) {
    const std::filesystem::path path = std::filesystem::path(folder) / std::string(kOutlineFileName);
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        return default_document_outline(diagnostics);
    return read_document_outline(read_text_file(path.string(), 1024u * 1024u), path.string(), diagnostics);
}

}  // namespace lkjip::input
