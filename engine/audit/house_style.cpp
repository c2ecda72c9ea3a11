#include "audit/house_style.hpp"

#include <map>

#include "quantity/vocabulary.hpp"

namespace lkjip::audit {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A '.' or ',' between digits, with the digits that follow it up to the next mark or the end.
struct Mark {
    char c;
    std::size_t digits_after;
};

std::vector<Mark> marks_of(const std::string& text) {
    std::vector<Mark> marks;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if ((text[i] != '.' && text[i] != ',') || !is_digit(text[i - 1]) || !is_digit(text[i + 1]))
            continue;
        std::size_t n = 0;
        while (i + 1 + n < text.size() && is_digit(text[i + 1 + n]))
            ++n;
        marks.push_back({text[i], n});
    }
    return marks;
}

bool indonesian_mark(char decimal_mark) {
    return decimal_mark == ',';
}

// Swaps '.' and ',' after a digit: "Rp.6,210,455,282.00" becomes "Rp.6.210.455.282,00" ("Rp." stays).
std::string swap_marks(const std::string& text) {
    std::string out = text;
    for (std::size_t i = 1; i < out.size(); ++i) {
        if (is_digit(text[i - 1]) && (text[i] == '.' || text[i] == ','))
            out[i] = text[i] == '.' ? ',' : '.';
    }
    return out;
}

bool at_least(std::size_t part, std::size_t whole, const model::ReviewConventions& r) {
    return part >= static_cast<std::size_t>(r.style_min_figures) &&
           part * 100 >= whole * static_cast<std::size_t>(r.style_min_share);
}

std::string thresholds(const model::ReviewConventions& r) {
    return "batas gaya: reviu.gaya_porsi_minimal " + std::to_string(r.style_min_share) +
           "%, reviu.gaya_angka_minimal " + std::to_string(r.style_min_figures) + " angka";
}

}  // namespace

Notation notation_of(const std::string& text, ValueKind kind) {
    if (kind == ValueKind::Label)
        return Notation::Unknown;
    const std::vector<Mark> marks = marks_of(text);
    if (marks.empty())
        return Notation::Unknown;
    const Mark& last = marks.back();
    const char first = marks.front().c;
    for (std::size_t i = 0; i + 1 < marks.size(); ++i) {
        if (marks[i].c != first)
            return Notation::Unknown;  // "1.2,3.4": no notation writes that
    }
    if (last.c != first)  // "1.234,5" / "1,234.5": the last mark is the decimal one
        return indonesian_mark(last.c) ? Notation::Indonesian : Notation::English;
    // One kind of mark only: thousands groups, or a decimal mark.
    if (marks.size() == 1 && last.digits_after == 3 && kind == ValueKind::Number)
        return Notation::Unknown;  // "1.250": 1250 in Indonesian, 1,25 in English
    const bool groups = marks.size() > 1 || last.digits_after == 3;
    if (groups)
        return first == '.' ? Notation::Indonesian : Notation::English;
    return indonesian_mark(first) ? Notation::Indonesian : Notation::English;
}

PrintedValue read_in_notation(const std::string& text, ValueKind kind, Notation draft_notation) {
    if (draft_notation != Notation::English || kind == ValueKind::Label)
        return read_printed_value(text, kind);
    if (notation_of(text, kind) == Notation::Indonesian) {
        PrintedValue v = read_printed_value(text, kind);
        if (v.irregular.empty())
            v.irregular = "notasi Indonesia di antara angka bernotasi Inggris";
        return v;
    }
    return read_printed_value(swap_marks(text), kind);
}

bool is_percentage(const std::string& besaran) {
    const quantity::Quantity* q = quantity::find(quantity::canonical_key(besaran));
    return q && q->kind == quantity::Kind::Percent;
}

HouseStyle recognise_house_style(const std::vector<model::PrintedFigure>& printed,
                                 const model::Conventions& c) {
    HouseStyle style;
    const model::ReviewConventions& r = c.review;

    std::size_t english = 0;
    std::size_t indonesian = 0;
    const model::PrintedFigure* english_example = nullptr;
    for (const model::PrintedFigure& f : printed) {
        const Notation n = notation_of(f.nilai, kind_of(f.besaran));
        if (n == Notation::English && !english_example)
            english_example = &f;
        english += n == Notation::English ? 1 : 0;
        indonesian += n == Notation::Indonesian ? 1 : 0;
    }
    if (at_least(english, english + indonesian, r)) {
        style.notation = Notation::English;
        std::string pesan =
            "angka dicetak dengan notasi Inggris (titik desimal, koma pemisah ribuan; contoh " +
            english_example->nilai + ") pada " + std::to_string(english) + " dari " +
            std::to_string(english + indonesian) +
            " angka yang menunjukkan notasinya: angka dibaca dengan notasi itu dan "
            "penulisannya tidak dicatat per angka";
        if (indonesian > 0)
            pesan += "; " + std::to_string(indonesian) +
                     " angka bernotasi Indonesia di antaranya dicatat sebagai penulisan_angka";
        style.notes.push_back({"notasi_inggris", pesan + " (" + thresholds(r) + ")"});
    }

    // Percentages by the decimals they were printed with, read in the draft's notation.
    std::map<int, std::size_t> by_decimals;
    std::map<int, const model::PrintedFigure*> example;
    std::size_t percentages = 0;
    for (const model::PrintedFigure& f : printed) {
        if (!is_percentage(f.besaran))
            continue;
        const PrintedValue v = read_in_notation(f.nilai, ValueKind::Number, style.notation);
        if (!v.number)
            continue;
        ++percentages;
        ++by_decimals[v.decimals];
        example.emplace(v.decimals, &f);
    }
    const int display = c.display.decimals;
    for (const auto& [decimals, n] : by_decimals) {
        if (decimals >= display || !at_least(n, percentages, r))
            continue;
        style.percent_decimals = decimals;
        style.notes.push_back(
            {"gaya_desimal",
             "setiap persentase dicetak dengan " + std::to_string(decimals) + " desimal (" +
                 std::to_string(n) + " dari " + std::to_string(percentages) + " persentase; contoh " +
                 example.at(decimals)->nilai + "): persentase diperiksa pada " + std::to_string(decimals) +
                 " desimal, bukan tampilan.desimal " + std::to_string(display) +
                 ", dan tidak dicatat per angka sebagai presisi_kurang (" + thresholds(r) + ")"});
        break;  // at most one precision holds a majority of at least 51 %
    }
    return style;
}

}  // namespace lkjip::audit
