#pragma once
// The outline of the LKjIP as its template says (templates/dokumen/kerangka.json): the pages in order, and
// on each the blocks (headings, fixed text, the staff's narrative blocks, generated sentences, the report's
// tables by number, and the generated blocks such as the contents or a signature), with the blocks repeated
// per sasaran and per IKU. Read by input/outline_reader, built by document/builder, which alone knows how
// each kind of block is made. Plain data, in its own folder beside the table templates for the same reason:
// input/ and document/ depend on it and not on each other.
//
// The names a block may use are listed here once (block kinds, sentences, generated blocks, text names),
// so that the reader can refuse an unknown one with the file and key, and the documentation of
// templates/README.md can list them.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "table/table.hpp"

namespace lkjip::templates {

// Where a block stands: once in the document, once per sasaran strategis, once per IKU of a sasaran.
enum class OutlineScope { Opd, Sasaran, Iku };

enum class OutlineBlockKind {
    Heading,    // "judul": a heading (with "nomor", "tingkat" 1-4, "daftar_isi")
    Text,       // "teks": a fixed paragraph (with "tebal", "rata")
    Narrative,  // "narasi": the staff's block of narasi.csv (placeholder when missing, unless "boleh_kosong")
    Sentence,   // "kalimat": a generated sentence (templates/dokumen/<name>.mustache)
    Tables,     // "tabel": the report's tables whose number starts with one of the prefixes, once each
    Generated,  // "blok": a block made from the data (contents, signature, Renstra outline, ...)
    PerSasaran,  // "per_sasaran": its blocks once per sasaran strategis
    PerIku,      // "per_iku": its blocks once per IKU of the sasaran (inside per_sasaran)
};

struct OutlineBlock {
    OutlineBlockKind kind = OutlineBlockKind::Text;
    std::string text;    // judul, teks: with {{name}} (outline_text_names); narasi, kalimat, blok: the name
    std::string number;  // judul: "BAB I", "3.1.{{urut}}"
    int level = 1;       // judul: 1-4
    bool in_toc = true;  // judul: listed in the Daftar Isi
    bool bold = false;   // teks
    table::Align align = table::Align::Left;  // teks
    bool optional = false;                    // narasi: nothing (no placeholder) when not written
    std::vector<std::string> prefixes;        // tabel
    std::vector<OutlineBlock> blocks;         // per_sasaran, per_iku
    SourceLocation where;                     // file and key path ("halaman.7.isi.3")
};

// One page or run of pages: every entry of "halaman" starts a new page.
struct OutlinePage {
    bool cover = false;  // "sampul": the cover (title, OPD, pemda), without a page number
    std::vector<OutlineBlock> blocks;
    SourceLocation where;
};

struct DocumentOutline {
    std::string file;  // for messages
    std::vector<OutlinePage> pages;
};

// A name a block may give ("kalimat", "blok"), with the scope it needs and what it makes.
struct OutlineName {
    std::string_view name;
    OutlineScope scope;
    std::string_view purpose;
};

// The generated sentences the outline may place (their templates: templates/dokumen/<name>.mustache).
const std::vector<OutlineName>& outline_sentences();
// The blocks made from the data ("blok").
const std::vector<OutlineName>& outline_generated_blocks();
// The names a judul's or teks's {{...}} may use in each scope (a scope also has the names of the scopes
// around it).
struct OutlineTextName {
    std::string_view name;
    OutlineScope scope;
    std::string_view purpose;
};
const std::vector<OutlineTextName>& outline_text_names();
bool outline_text_name_in_scope(std::string_view name, OutlineScope scope);
const OutlineName* find_outline_name(const std::vector<OutlineName>& names, std::string_view name);
std::string_view scope_title(OutlineScope scope);

// The {{name}} tags of an outline text, in order. A tag other than a plain {{name}} (a Mustache section,
// partial or comment), or an unclosed one, is reported through `bad` with what is wrong.
std::vector<std::string> outline_tags(std::string_view text, const std::function<void(std::string)>& bad);
// `text` with every {{name}} replaced by value(name); names were checked when the outline was read.
std::string expand_outline_text(std::string_view text,
                                const std::function<std::string(std::string_view)>& value);

}  // namespace lkjip::templates
