#include "render/xlsx/a1_reference.hpp"

#include <charconv>
#include <stdexcept>

#include "core/cell_reference.hpp"

namespace lkjip::render::xlsx {

std::string column_letters(std::size_t column) {
    return lkjip::column_letters(column + 1);  // Excel's letters; core counts columns from 1
}

std::string a1(std::size_t row, std::size_t column) {
    return column_letters(column) + std::to_string(row + 1);
}

std::string absolute_a1(std::size_t row, std::size_t column) {
    return "$" + column_letters(column) + "$" + std::to_string(row + 1);
}

std::string quoted_sheet(const std::string& sheet) {
    std::string out = "'";
    for (char c : sheet) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

std::string to_a1_formula(const std::string& neutral, std::size_t first_row, std::size_t first_column) {
    std::string out = "=";
    std::size_t i = 0;
    while (i < neutral.size()) {
        if (neutral[i] == '"') {
            // A string literal ("" inside it is a quote) is copied as it is: a label may hold braces.
            std::size_t end = i + 1;
            while (end < neutral.size()) {
                if (neutral[end] == '"' && (end + 1 >= neutral.size() || neutral[end + 1] != '"'))
                    break;
                end += neutral[end] == '"' ? 2 : 1;
            }
            if (end >= neutral.size())
                throw std::logic_error("rumus tabel tidak sah: " + neutral);
            out.append(neutral, i, end + 1 - i);
            i = end + 1;
            continue;
        }
        if (neutral[i] != '{') {
            out += neutral[i++];
            continue;
        }
        // Outside string literals only {R<digits>C<digits>} is a reference.
        const std::size_t close = neutral.find('}', i);
        const std::size_t c_at = neutral.find('C', i);
        if (close == std::string::npos || c_at == std::string::npos || c_at > close || neutral[i + 1] != 'R')
            throw std::logic_error("rumus tabel tidak sah: " + neutral);
        std::size_t row = 0;
        std::size_t col = 0;
        const auto r1 = std::from_chars(neutral.data() + i + 2, neutral.data() + c_at, row);
        const auto r2 = std::from_chars(neutral.data() + c_at + 1, neutral.data() + close, col);
        if (r1.ec != std::errc() || r2.ec != std::errc() || r1.ptr != neutral.data() + c_at ||
            r2.ptr != neutral.data() + close)
            throw std::logic_error("rumus tabel tidak sah: " + neutral);
        out += a1(first_row + row, first_column + col);
        i = close + 1;
    }
    return out;
}

}  // namespace lkjip::render::xlsx
