#pragma once
// The generated sentences as Mustache templates (templates/dokumen/*.mustache), one file per kind of
// sentence, editable like the table templates. Each kind declares the names it offers; a template that
// uses any other name is an error naming the file, line and name (Mustache itself would print an empty
// string), and rendering a kind without a value for every declared name is a bug in lkjip.
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/diagnostic.hpp"

namespace lkjip::document {

struct SentenceKind {
    std::string_view name;  // file name without ".mustache"
    std::string_view purpose;
    std::vector<std::string_view> keys;  // every name its template may use
};

// Every kind of generated sentence, with its names (also the documentation of templates/dokumen/).
const std::vector<SentenceKind>& sentence_kinds();

// A value: text, or a flag for {{#name}}...{{/name}} and {{^name}}...{{/name}}.
using SentenceValue = std::variant<std::string, bool>;
using SentenceValues = std::map<std::string, SentenceValue, std::less<>>;

// The names used in a template's tags ({{x}}, {{{x}}}, {{&x}}, {{#x}}, {{^x}}, {{/x}}), each with its line;
// partials ({{>x}}) and delimiter changes ({{=...=}}) are refused, because the check could not see through
// them. Problems are added to `diagnostics` at `file`.
struct TagName {
    std::string name;
    std::size_t line = 0;
};
std::vector<TagName> tag_names(std::string_view text, const std::string& file, Diagnostics& diagnostics);

class SentenceTemplates {
  public:
    // The templates compiled into lkjip (templates/dokumen/). Throws InputErrors when one is invalid.
    static SentenceTemplates defaults();
    // `texts`: template text by kind name; `files`: the path each came from, for messages. A kind missing
    // from `texts` takes the default. Every problem of every template goes into `diagnostics`.
    static SentenceTemplates from(const std::map<std::string, std::string>& texts,
                                  const std::map<std::string, std::string>& files, Diagnostics& diagnostics);

    // The sentence of `kind` with `values`, spaces collapsed and trimmed (templates may break lines).
    std::string render(std::string_view kind, const SentenceValues& values) const;

  private:
    std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace lkjip::document
