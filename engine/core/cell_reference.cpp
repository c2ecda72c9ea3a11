#include "core/cell_reference.hpp"

#include <algorithm>
#include <string>

namespace lkjip {

namespace {

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
    return is_upper(c) || (c >= 'a' && c <= 'z');
}

// Whether Excel could read the sheet name as a reference by itself, in A1 style ("IKU1": column IKU,
// row 1) or R1C1 style ("R", "C12", "R1C1"), in which case it quotes the name.
bool looks_like_reference(std::string_view name) {
    std::string upper(name);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    if (const auto p = parse_cell_reference(upper))
        return p->row <= max_sheet_rows && p->column <= max_sheet_columns;
    std::size_t i = 0;
    const auto digits = [&] {
        while (i < upper.size() && is_digit(upper[i]))
            ++i;
    };
    if (i < upper.size() && upper[i] == 'R') {
        ++i;
        digits();
    }
    if (i < upper.size() && upper[i] == 'C') {
        ++i;
        digits();
    }
    return i > 0 && i == upper.size();
}

bool needs_quotes(std::string_view name) {
    if (name.empty() || is_digit(name.front()))
        return true;
    if (!std::all_of(name.begin(), name.end(),
                     [](char c) { return is_ascii_letter(c) || is_digit(c) || c == '_'; }))
        return true;
    return looks_like_reference(name);
}

}  // namespace

std::optional<CellPosition> parse_cell_reference(std::string_view reference) {
    std::size_t i = 0;
    std::size_t column = 0;
    while (i < reference.size() && is_upper(reference[i]) && i < 3) {
        column = column * 26 + static_cast<std::size_t>(reference[i] - 'A' + 1);
        ++i;
    }
    if (i == 0)
        return std::nullopt;
    const auto row = parse_row_number(reference.substr(i));
    if (!row)
        return std::nullopt;
    return CellPosition{*row, column};
}

std::optional<std::size_t> parse_row_number(std::string_view text) {
    if (text.empty() || text.size() > 7 || text.front() == '0')
        return std::nullopt;
    std::size_t n = 0;
    for (char c : text) {
        if (!is_digit(c))
            return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

std::string column_letters(std::size_t column) {
    std::string out;
    while (column > 0) {
        const std::size_t rest = (column - 1) % 26;
        out.insert(out.begin(), static_cast<char>('A' + rest));
        column = (column - 1) / 26;
    }
    return out;
}

std::string cell_reference(std::size_t row, std::size_t column) {
    return column_letters(column) + std::to_string(row);
}

std::string sheet_cell_reference(std::string_view sheet, std::size_t row, std::size_t column) {
    std::string out;
    if (needs_quotes(sheet)) {
        out += '\'';
        for (char c : sheet) {
            out += c;
            if (c == '\'')
                out += '\'';
        }
        out += '\'';
    } else {
        out.append(sheet);
    }
    return out + "!" + cell_reference(row, column);
}

}  // namespace lkjip
