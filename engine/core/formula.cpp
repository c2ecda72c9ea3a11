#include "core/formula.hpp"

#include <algorithm>

#include "core/number_format.hpp"

namespace lkjip::formula {

Expr number(double x) {
    Expr e;
    e.kind = Expr::Kind::Number;
    e.number = x;
    return e;
}

Expr text(std::string literal) {
    Expr e;
    e.kind = Expr::Kind::Text;
    e.text = std::move(literal);
    return e;
}

Expr ref(std::size_t row, std::size_t column) {
    Expr e;
    e.kind = Expr::Kind::Ref;
    e.row = row;
    e.column = column;
    return e;
}

Expr range(std::size_t row, std::size_t column, std::size_t row2, std::size_t column2) {
    Expr e;
    e.kind = Expr::Kind::Range;
    e.row = row;
    e.column = column;
    e.row2 = row2;
    e.column2 = column2;
    return e;
}

Expr binary(std::string op, Expr left, Expr right) {
    Expr e;
    e.kind = Expr::Kind::Binary;
    e.text = std::move(op);
    e.args.push_back(std::move(left));
    e.args.push_back(std::move(right));
    return e;
}

Expr call(std::string function, std::vector<Expr> args) {
    Expr e;
    e.kind = Expr::Kind::Call;
    e.text = std::move(function);
    e.args = std::move(args);
    return e;
}

Expr operator+(Expr a, Expr b) {
    return binary("+", std::move(a), std::move(b));
}
Expr operator-(Expr a, Expr b) {
    return binary("-", std::move(a), std::move(b));
}
Expr operator*(Expr a, Expr b) {
    return binary("*", std::move(a), std::move(b));
}
Expr operator/(Expr a, Expr b) {
    return binary("/", std::move(a), std::move(b));
}

namespace {

// Spreadsheet precedence: comparison < + - < * /.
int precedence(const std::string& op) {
    if (op == "*" || op == "/")
        return 3;
    if (op == "+" || op == "-")
        return 2;
    return 1;
}

int precedence_of(const Expr& e) {
    return e.kind == Expr::Kind::Binary ? precedence(e.text) : 4;
}

void write(const Expr& e, const CellWriter& cell, std::string& out);

// A child is parenthesised when it binds more loosely than its parent, or equally on the right of an
// operator that is not associative (a-(b-c), a/(b*c)).
void write_operand(const Expr& child, const Expr& parent, bool right, const CellWriter& cell,
                   std::string& out) {
    const int mine = precedence_of(child);
    const int theirs = precedence(parent.text);
    const bool parens =
        mine < theirs || (right && mine == theirs &&
                          (parent.text == "-" || parent.text == "/" || precedence(parent.text) == 1));
    if (parens)
        out += '(';
    write(child, cell, out);
    if (parens)
        out += ')';
}

void write(const Expr& e, const CellWriter& cell, std::string& out) {
    switch (e.kind) {
        case Expr::Kind::Number:
            out += format::json_number(e.number);
            return;
        case Expr::Kind::Text:
            out += '"';
            for (char c : e.text) {
                out += c;
                if (c == '"')
                    out += '"';
            }
            out += '"';
            return;
        case Expr::Kind::Ref:
            out += cell(e.row, e.column);
            return;
        case Expr::Kind::Range:
            out += cell(e.row, e.column) + ":" + cell(e.row2, e.column2);
            return;
        case Expr::Kind::Binary:
            write_operand(e.args[0], e, false, cell, out);
            out += e.text;
            write_operand(e.args[1], e, true, cell, out);
            return;
        case Expr::Kind::Call:
            out += e.text + "(";
            for (std::size_t i = 0; i < e.args.size(); ++i) {
                if (i)
                    out += ',';
                write(e.args[i], cell, out);
            }
            out += ')';
            return;
    }
}

}  // namespace

std::string to_text(const Expr& e, const CellWriter& cell) {
    std::string out;
    write(e, cell, out);
    return out;
}

std::string neutral_text(const Expr& e) {
    return to_text(e, [](std::size_t row, std::size_t column) {
        return "{R" + std::to_string(row) + "C" + std::to_string(column) + "}";
    });
}

std::size_t call_depth(const Expr& e) {
    std::size_t deepest = 0;
    for (const Expr& a : e.args)
        deepest = std::max(deepest, call_depth(a));
    return deepest + (e.kind == Expr::Kind::Call ? 1 : 0);
}

}  // namespace lkjip::formula
