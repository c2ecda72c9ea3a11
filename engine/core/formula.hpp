#pragma once
// A spreadsheet formula as a tree: numbers, text, references to cells of one table (body row and column,
// 0-based), ranges, operators and function calls. Rules build the formula of what they compute from the
// references of their inputs (rules/capaian.hpp, rating.hpp, ...); renderers that write live formulas turn
// it into their own text (render/xlsx: A1 references). Nothing parses formula text back.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace lkjip::formula {

struct Expr {
    enum class Kind { Number, Text, Ref, Range, Binary, Call };
    Kind kind = Kind::Number;
    double number = 0.0;  // Number
    std::string text;     // Text: the literal; Binary: the operator (+ - * / > >= < <= =); Call: the function
    std::size_t row = 0, column = 0;    // Ref, and the first corner of a Range
    std::size_t row2 = 0, column2 = 0;  // the last corner of a Range
    std::vector<Expr> args;             // Binary: left, right; Call: the arguments

    bool operator==(const Expr&) const = default;
};

Expr number(double x);
Expr text(std::string literal);
Expr ref(std::size_t row, std::size_t column);
Expr range(std::size_t row, std::size_t column, std::size_t row2, std::size_t column2);
Expr binary(std::string op, Expr left, Expr right);
Expr call(std::string function, std::vector<Expr> args);

Expr operator+(Expr a, Expr b);
Expr operator-(Expr a, Expr b);
Expr operator*(Expr a, Expr b);
Expr operator/(Expr a, Expr b);

// The formula as text (without "="), each reference written by `cell` (row, column) and each range as
// "cell(first):cell(last)". Parentheses only where precedence needs them; numbers in the shortest form
// that reads back exactly; a quote in a text literal is doubled, as spreadsheets require.
using CellWriter = std::function<std::string(std::size_t row, std::size_t column)>;
std::string to_text(const Expr& e, const CellWriter& cell);

// The renderer-neutral text, references as {R3C4}: what the table's text dump shows and tests compare.
std::string neutral_text(const Expr& e);

// How deeply function calls nest (IF(…,IF(…)) is 2); spreadsheets limit it (Excel: 64).
std::size_t call_depth(const Expr& e);

}  // namespace lkjip::formula
