#pragma once
// The generated sentences' Mustache templates a user edited (`lkjip init --templates` copies them beside
// the table templates): every NAME.mustache of a folder, read as text. document/ checks them.
#include <map>
#include <string>

namespace lkjip::input {

struct SentenceTemplateFiles {
    std::map<std::string, std::string> texts;  // by kind name (file name without ".mustache")
    std::map<std::string, std::string> paths;  // by kind name, for messages
};

// The folder's *.mustache files (none is fine: the defaults are used). Throws InputError for an unreadable
// file.
SentenceTemplateFiles read_sentence_template_files(const std::string& folder);

}  // namespace lkjip::input
