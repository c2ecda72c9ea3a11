#include "document/narrative_text.hpp"

#include <string>

namespace lkjip::document {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The text after a list marker, or npos-like empty optional when the line is not a list item.
bool bullet_item(std::string_view line, std::string_view& rest) {
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
        rest = trim(line.substr(2));
        return true;
    }
    return false;
}

bool numbered_item(std::string_view line, std::string_view& rest) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9')
        ++i;
    if (i == 0 || i + 1 >= line.size() || (line[i] != '.' && line[i] != ')') || line[i + 1] != ' ')
        return false;
    rest = trim(line.substr(i + 2));
    return true;
}

Paragraph paragraph_of(std::string_view text, Origin origin) {
    Paragraph p;
    p.runs = inline_runs(text);
    p.origin = origin;
    return p;
}

}  // namespace

std::vector<Run> inline_runs(std::string_view text) {
    std::vector<Run> runs;
    auto add = [&](std::string_view s, bool bold) {
        if (s.empty())
            return;
        if (!runs.empty() && runs.back().bold == bold)
            runs.back().text += s;
        else
            runs.push_back(Run{std::string(s), bold});
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("**", i);
        if (open == std::string_view::npos) {
            add(text.substr(i), false);
            break;
        }
        const std::size_t close = text.find("**", open + 2);
        if (close == std::string_view::npos) {
            add(text.substr(i), false);
            break;
        }
        add(text.substr(i, open - i), false);
        add(text.substr(open + 2, close - open - 2), true);
        i = close + 2;
    }
    return runs;
}

std::vector<Block> narrative_blocks(std::string_view text, Origin origin) {
    std::vector<Block> out;
    std::string pending;  // the lines of the paragraph being read
    List* list = nullptr;
    auto flush = [&] {
        if (!pending.empty())
            out.emplace_back(paragraph_of(pending, origin));
        pending.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = trim(text.substr(start, end - start));
        start = end + 1;
        std::string_view rest;
        const bool bullet = bullet_item(line, rest);
        const bool number = !bullet && numbered_item(line, rest);
        if (line.empty()) {
            flush();
            list = nullptr;
        } else if (bullet || number) {
            flush();
            if (!list || list->numbered != number) {
                out.emplace_back(List{number, {}});
                list = &std::get<List>(out.back());
            }
            list->items.push_back(paragraph_of(rest, origin));
        } else if (list && pending.empty() && !list->items.empty()) {
            // A continuation line of the last item.
            Paragraph& item = list->items.back();
            for (Run& r : inline_runs(" " + std::string(line)))
                item.runs.push_back(std::move(r));
        } else {
            list = nullptr;
            pending += (pending.empty() ? "" : " ") + std::string(line);
        }
        if (end == text.size())
            break;
    }
    flush();
    return out;
}

}  // namespace lkjip::document
