#!/usr/bin/env python3
"""Every formula in a workbook lkjip wrote must give the value cached beside it.

A viewer that recalculates (Excel, LibreOffice after F9) shows what the formula gives; one that does not shows
the cached value, which is the engine's. The two must agree, or the same workbook says two things. This
evaluates each formula cell from the cached values of the cells it reads (each of which is checked in turn)
with the subset of spreadsheet language lkjip writes: numbers, strings, cell references and ranges, + - * /,
comparisons, IF, MAX, MIN, SUM, AVERAGE, ROUND (half away from zero) and TRUNC.

Usage: formula_check.py BOOK.xlsx [...]   (exit 1 when a formula disagrees with its cache or cannot be read)
"""
import math
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils import column_index_from_string

TOKEN = re.compile(r"""\s*(?:
    (?P<number>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<string>"(?:[^"]|"")*")
  | (?P<range>\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)
  | (?P<ref>\$?[A-Z]{1,3}\$?\d+)
  | (?P<func>[A-Z][A-Z0-9.]*)\(
  | (?P<op><=|>=|<>|[-+*/(),<>=&^])
)""", re.VERBOSE)


class FormulaError(Exception):
    pass


def tokenize(text):
    pos, out = 0, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip() == "":
                break
            raise FormulaError(f"cannot read formula at {text[pos:]!r}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def cell_key(ref):
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    return int(m.group(2)), column_index_from_string(m.group(1))


class Evaluator:
    def __init__(self, values):
        self.values = values  # (row, column) -> cached value

    def evaluate(self, formula):
        self.tokens = tokenize(formula.lstrip("="))
        self.i = 0
        value = self.comparison()
        if self.i != len(self.tokens):
            raise FormulaError(f"unexpected {self.tokens[self.i][1]!r}")
        return value

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, op=None):
        tok = self.peek()
        if op is not None and tok[1] != op:
            raise FormulaError(f"expected {op!r}, found {tok[1]!r}")
        self.i += 1
        return tok

    def comparison(self):
        left = self.additive()
        while self.peek()[1] in ("<", ">", "<=", ">=", "=", "<>"):
            op = self.take()[1]
            right = self.additive()
            left = {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right,
                    "=": left == right, "<>": left != right}[op]
        return left

    def additive(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            right = self.term()
            left = number(left) + number(right) if op == "+" else number(left) - number(right)
        return left

    def term(self):
        left = self.unary()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            right = self.unary()
            if op == "*":
                left = number(left) * number(right)
            else:
                if number(right) == 0:
                    raise FormulaError("#DIV/0!")
                left = number(left) / number(right)
        return left

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -number(self.unary())
        if self.peek()[1] == "+":
            self.take()
        return self.primary()

    def primary(self):
        kind, text = self.take()
        if kind == "number":
            return float(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            return self.values.get(cell_key(text))
        if kind == "range":
            return RangeValue(self.range_values(text))
        if kind == "func":
            args = []
            if self.peek()[1] != ")":
                args.append(self.comparison())
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.comparison())
            self.take(")")
            return call(text, args)
        if text == "(":
            value = self.comparison()
            self.take(")")
            return value
        raise FormulaError(f"unexpected {text!r}")

    def range_values(self, text):
        a, b = text.split(":")
        (r1, c1), (r2, c2) = cell_key(a), cell_key(b)
        return [self.values.get((r, c)) for r in range(min(r1, r2), max(r1, r2) + 1)
                for c in range(min(c1, c2), max(c1, c2) + 1)]


class RangeValue(list):
    pass


def number(v):
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    if v is None:
        return 0.0
    raise FormulaError(f"#VALUE! ({v!r} is not a number)")


def numbers_of(args):
    """The numbers a statistical function sees: from ranges only the numeric cells, as spreadsheets do."""
    out = []
    for a in args:
        if isinstance(a, RangeValue):
            out += [float(x) for x in a if isinstance(x, (int, float)) and not isinstance(x, bool)]
        else:
            out.append(number(a))
    return out


def excel_round(x, places, truncate=False):
    d = Decimal(repr(x))
    q = Decimal(1).scaleb(-int(places))
    if truncate:
        return float(d.quantize(q, rounding="ROUND_DOWN"))
    return float(d.quantize(q, rounding=ROUND_HALF_UP))


def call(name, args):
    if name == "IF":
        cond = args[0]
        if len(args) == 2:
            args.append(False)
        return args[1] if (cond if isinstance(cond, bool) else number(cond) != 0) else args[2]
    if name in ("MAX", "MIN", "SUM", "AVERAGE"):
        xs = numbers_of(args)
        if name == "SUM":
            return sum(xs)
        if not xs:
            if name == "AVERAGE":
                raise FormulaError("#DIV/0! (AVERAGE of no number)")
            return 0.0
        return {"MAX": max, "MIN": min, "AVERAGE": lambda v: sum(v) / len(v)}[name](xs)
    if name == "ROUND":
        return excel_round(number(args[0]), number(args[1]))
    if name == "TRUNC":
        return excel_round(number(args[0]), number(args[1]) if len(args) > 1 else 0, truncate=True)
    raise FormulaError(f"function {name} is not one lkjip writes")


def agrees(got, cached):
    if isinstance(cached, (int, float)) and not isinstance(cached, bool):
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            return False
        return math.isclose(got, cached, rel_tol=1e-9, abs_tol=1e-9)
    return got == cached


def check_book(path):
    formulas = openpyxl.load_workbook(path, data_only=False)
    cached = openpyxl.load_workbook(path, data_only=True)
    problems, count = [], 0
    for ws in formulas.worksheets:
        cws = cached[ws.title]
        values = {(c.row, c.column): c.value for row in cws.iter_rows() for c in row if c.value is not None}
        ev = Evaluator(values)
        for row in ws.iter_rows():
            for c in row:
                if not (isinstance(c.value, str) and c.value.startswith("=")):
                    continue
                count += 1
                want = values.get((c.row, c.column))
                where = f"{path}: {ws.title}!{c.coordinate} {c.value}"
                try:
                    got = ev.evaluate(c.value)
                except FormulaError as e:
                    problems.append(f"{where}: {e} (cached {want!r})")
                    continue
                if not agrees(got, want):
                    problems.append(f"{where} gives {got!r}, cached {want!r}")
    return count, problems


def main(paths):
    total, all_problems = 0, []
    for p in paths:
        count, problems = check_book(p)
        total += count
        all_problems += problems
    for p in all_problems:
        print(p)
    print(f"formula_check: {total} formulas, {len(all_problems)} disagree with their cached value")
    return 1 if all_problems or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
