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

std::string a1_formula(const formula::Expr& e, std::size_t first_row, std::size_t first_column) {
    return "=" + formula::to_text(e, [first_row, first_column](std::size_t row, std::size_t column) {
               return a1(first_row + row, first_column + column);
           });
}

}  // namespace lkjip::render::xlsx
