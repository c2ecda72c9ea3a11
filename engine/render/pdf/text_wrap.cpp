#include "render/pdf/text_wrap.hpp"

#include <algorithm>

namespace lkjip::render::pdf {

namespace {

const std::string_view kEllipsis = "…";

std::vector<std::string_view> split_words(std::string_view paragraph) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < paragraph.size()) {
        while (i < paragraph.size() && (paragraph[i] == ' ' || paragraph[i] == '\t' || paragraph[i] == '\r'))
            ++i;
        const std::size_t start = i;
        while (i < paragraph.size() && paragraph[i] != ' ' && paragraph[i] != '\t' && paragraph[i] != '\r')
            ++i;
        if (i > start)
            words.push_back(paragraph.substr(start, i - start));
    }
    return words;
}

// Longest prefix of `word` (ending on a character boundary, at least one character) that fits `width`;
// prefers to end just after a '/' or '-' so that "Perindustrian/Perdagangan" breaks where people would.
std::size_t fitting_prefix(const TextMeasure& m, std::string_view word, double width,
                           const TextStyle& style) {
    std::size_t fit = 0;
    std::size_t last_break = 0;
    std::size_t i = 0;
    while (i < word.size()) {
        const std::size_t next = i + utf8_length(static_cast<unsigned char>(word[i]));
        if (m.width(word.substr(0, next), style) > width)
            break;
        if (word[i] == '/' || word[i] == '-')
            last_break = next;
        fit = next;
        i = next;
    }
    if (fit == 0)  // not even one character fits: take one anyway, or we would never advance
        return std::min(word.size(), utf8_length(static_cast<unsigned char>(word[0])));
    if (fit < word.size() && last_break > 0)
        return last_break;
    return fit;
}

void wrap_paragraph(const TextMeasure& m, std::string_view paragraph, double width, const TextStyle& style,
                    std::vector<std::string>& lines) {
    // Templates that cannot be laid out are refused (report/template_checks.cpp); should a width still be
    // zero or negative, the paragraph is one (clipped) line instead of one line per character: 33 million
    // lines for a table of 100 columns.
    if (!(width > 0.0)) {
        lines.emplace_back(paragraph);
        return;
    }
    std::string line;
    for (std::string_view word : split_words(paragraph)) {
        const std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (m.width(candidate, style) <= width) {
            line = candidate;
            continue;
        }
        if (!line.empty()) {
            lines.push_back(line);
            line.clear();
        }
        while (m.width(word, style) > width) {
            const std::size_t n = fitting_prefix(m, word, width, style);
            lines.emplace_back(word.substr(0, n));
            word.remove_prefix(n);
        }
        line = std::string(word);
    }
    if (!line.empty())
        lines.push_back(line);
}

// The longest prefix of `text` that fits `width` together with "…", always ending with "…".
std::string cut_with_ellipsis(const TextMeasure& m, std::string_view text, double width,
                              const TextStyle& style) {
    std::size_t fit = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t next = i + utf8_length(static_cast<unsigned char>(text[i]));
        if (m.width(std::string(text.substr(0, next)) + std::string(kEllipsis), style) > width)
            break;
        fit = next;
        i = next;
    }
    while (fit > 0 && text[fit - 1] == ' ')  // no dangling space before the ellipsis
        --fit;
    return std::string(text.substr(0, fit)) + std::string(kEllipsis);
}

}  // namespace

std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0u)
        return 4;
    if (lead >= 0xE0u)
        return 3;
    if (lead >= 0xC0u)
        return 2;
    return 1;
}

double widest_word(const TextMeasure& measure, std::string_view text, const TextStyle& style) {
    double widest = 0.0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view paragraph =
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        for (std::string_view word : split_words(paragraph))
            widest = std::max(widest, measure.width(word, style));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return widest;
}

std::vector<std::string> wrap_text(const TextMeasure& measure, std::string_view text, double width,
                                   const TextStyle& style) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view paragraph =
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        wrap_paragraph(measure, paragraph, width, style, lines);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return lines;
}

std::string fit_with_ellipsis(const TextMeasure& measure, std::string_view text, double width,
                              const TextStyle& style) {
    if (measure.width(text, style) <= width)
        return std::string(text);
    return cut_with_ellipsis(measure, text, width, style);
}

std::vector<std::string> wrap_limited(const TextMeasure& measure, std::string_view text, double width,
                                      const TextStyle& style, std::size_t max_lines) {
    std::vector<std::string> lines = wrap_text(measure, text, width, style);
    if (max_lines == 0 || lines.size() <= max_lines)
        return lines;
    lines.resize(max_lines);
    lines.back() = cut_with_ellipsis(measure, lines.back(), width, style);
    return lines;
}

}  // namespace lkjip::render::pdf
