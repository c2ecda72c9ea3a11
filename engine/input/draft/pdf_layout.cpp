#include "input/draft/pdf_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <optional>
#include <regex>

namespace lkjip::input::draft {
namespace {

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double height() const { return y1 - y0; }
    double center_x() const { return (x0 + x1) / 2; }
    bool overlaps_x(const Box& o) const { return x0 < o.x1 && o.x0 < x1; }
    void extend(const Box& o) {
        x0 = std::min(x0, o.x0);
        x1 = std::max(x1, o.x1);
        y0 = std::min(y0, o.y0);
        y1 = std::max(y1, o.y1);
    }
};

struct Phrase {
    std::string text;
    Box box;
};

struct Line {
    std::vector<Phrase> phrases;
    Box box;
    std::string text() const {
        std::string t;
        for (const Phrase& p : phrases)
            t += (t.empty() ? "" : " ") + p.text;
        return t;
    }
};

struct Cell {
    std::string text;
    Box box;
};

Box box_of(const PdfWord& w) {
    return {w.x0, w.y0, w.x1, w.y1};
}

// Words whose vertical centres are within 40% of a word's height share a baseline. Within a line, a gap
// narrower than about two spaces keeps words in one phrase; a column gap is wider.
std::vector<Line> lines_of(std::vector<PdfWord> words) {
    std::erase_if(words,
                  [](const PdfWord& w) { return w.text.find_first_not_of(" \t") == std::string::npos; });
    std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
        return (a.y0 + a.y1) / 2 < (b.y0 + b.y1) / 2;
    });
    std::vector<std::vector<PdfWord>> groups;
    double current_center = 0, current_height = 0;
    for (const PdfWord& w : words) {
        const double c = (w.y0 + w.y1) / 2, h = std::max(w.y1 - w.y0, 1.0);
        if (!groups.empty() && std::abs(c - current_center) < 0.4 * std::min(h, current_height)) {
            groups.back().push_back(w);
            continue;
        }
        groups.push_back({w});
        current_center = c;
        current_height = h;
    }
    std::vector<Line> lines;
    for (std::vector<PdfWord>& g : groups) {
        std::stable_sort(g.begin(), g.end(), [](const PdfWord& a, const PdfWord& b) { return a.x0 < b.x0; });
        Line line;
        line.box = box_of(g.front());
        for (const PdfWord& w : g) {
            const Box b = box_of(w);
            line.box.extend(b);
            if (!line.phrases.empty() &&
                b.x0 - line.phrases.back().box.x1 < 0.55 * std::max(b.height(), 1.0)) {
                line.phrases.back().text += " " + w.text;
                line.phrases.back().box.extend(b);
            } else {
                line.phrases.push_back({w.text, b});
            }
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

bool is_caption(const Line& line) {
    static const std::regex caption(R"(^Tabel\s+[0-9A-Z]+(\.[0-9]+)*\b.*)", std::regex::icase);
    return std::regex_match(line.text(), caption);
}

bool is_footer(const Line& line) {
    static const std::regex page(R"(.*\bHalaman\s+[0-9]+(\s+dari\s+[0-9]+)?\s*$)");
    return std::regex_match(line.text(), page);
}

std::string without_spaces_lower(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A row number ("1", "12."), a budget code ("2.17.01", "2.17.07.2.01.0001") or a total row ("Jumlah",
// "J U M L A H") near the table's left edge starts a row.
bool looks_numeric(const std::string& text);

// A table without row numbers or codes (rows headed "Tujuan: ...", "Program ...") starts a row on each line
// holding two or more figures: a row's figures stand on its first line.
bool has_figures(const Line& line) {
    static const std::regex figure(R"(^[-+]?(Rp\.?\s*)?[0-9][0-9.,]*\s*%?$)");
    int n = 0;
    for (const Phrase& p : line.phrases)
        if (std::regex_match(p.text, figure))
            ++n;
    return n >= 2;
}

bool is_numbered_row_start(const Line& line, const Box& table);

// A header line of per-year columns ("2021 2022 2023" under "Target Renstra", beside the other columns'
// header words): every figure on it is a year, so it is no row of figures.
bool only_years(const Line& line) {
    static const std::regex figure(R"(^[-+]?(Rp\.?\s*)?[0-9][0-9.,]*\s*%?$)");
    static const std::regex year(R"(^\(?(19|20)[0-9]{2}\)?$)");
    return std::all_of(line.phrases.begin(), line.phrases.end(), [](const Phrase& p) {
        return !std::regex_match(p.text, figure) || std::regex_match(p.text, year);
    });
}

bool is_row_start(const Line& line, const Box& table, bool numbered) {
    return numbered ? is_numbered_row_start(line, table) : has_figures(line);
}

bool is_numbered_row_start(const Line& line, const Box& table) {
    static const std::regex number(R"(^[0-9]{1,3}\.?$)");
    static const std::regex code(R"(^[0-9]{1,2}(\.[0-9A-Z]{1,4})+\.?$)");
    const double limit = table.x0 + 0.35 * (table.x1 - table.x0);
    for (const Phrase& p : line.phrases) {
        const std::string squeezed = without_spaces_lower(p.text);
        if (squeezed == "jumlah" || squeezed == "total" || squeezed == "jumlahtotal")
            return true;
        if (p.box.x0 > limit)
            continue;
        const std::string first = p.text.substr(0, p.text.find(' '));
        if (std::regex_match(first, number) || std::regex_match(first, code))
            return true;
    }
    return false;
}

bool looks_numeric(const std::string& text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Phrases stacked with a line's leading (the gap under a phrase smaller than `leading` times its height)
// and overlapping horizontally are one wrapped cell; two numbers are never one cell, and a line that starts
// a row (`row_start`) never continues the cell above it.
std::vector<Cell> cells_of(const std::vector<const Line*>& lines, const std::vector<bool>& row_start,
                           double leading) {
    struct Item {
        Phrase phrase;
        std::size_t line;
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < lines.size(); ++i)
        for (const Phrase& p : lines[i]->phrases)
            items.push_back({p, i});
    std::vector<std::size_t> parent(items.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::size_t> last(items.size());  // the lowest item of each cell, to chain the next line
    std::iota(last.begin(), last.end(), 0);
    auto root = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    auto overlap = [](const Box& a, const Box& b) { return std::min(a.x1, b.x1) - std::max(a.x0, b.x0); };
    for (std::size_t b = 0; b < items.size(); ++b) {
        const Item& below = items[b];
        if (below.line == 0 || (below.line < row_start.size() && row_start[below.line]))
            continue;
        // The nearest phrase above it in its column (lines of other columns' cells may lie between).
        std::optional<std::size_t> best;
        for (std::size_t a = 0; a < items.size(); ++a) {
            const Item& above = items[a];
            if (above.line >= below.line || !above.phrase.box.overlaps_x(below.phrase.box))
                continue;
            if (!best || above.line > items[*best].line ||
                (above.line == items[*best].line && overlap(above.phrase.box, below.phrase.box) >
                                                        overlap(items[*best].phrase.box, below.phrase.box)))
                best = a;
        }
        if (!best)
            continue;
        const Item& above = items[*best];
        const double gap = below.phrase.box.y0 - above.phrase.box.y1;
        if (gap > leading * above.phrase.box.height())
            continue;
        if (looks_numeric(above.phrase.text) && looks_numeric(below.phrase.text))
            continue;
        const std::size_t ra = root(*best);
        if (last[ra] != *best)
            continue;
        parent[root(b)] = ra;
        last[ra] = b;
    }
    std::vector<Cell> cells;
    std::vector<std::optional<std::size_t>> cell_of(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::size_t r = root(i);
        if (!cell_of[r]) {
            cell_of[r] = cells.size();
            cells.push_back({items[r].phrase.text, items[r].phrase.box});
        }
        if (r != i) {
            Cell& c = cells[*cell_of[r]];
            c.text += " " + items[i].phrase.text;
            c.box.extend(items[i].phrase.box);
        }
    }
    return cells;
}

bool has_year(const std::string& text) {
    static const std::regex year(R"(.*\b(19|20)[0-9]{2}\b.*)");
    return std::regex_match(text, year);
}

struct OpenTable {
    model::DraftTable table;
    std::vector<Cell> header;
    Box extent;            // the header's extent
    bool numbered = true;  // rows start with a number, a code or "Jumlah"; else with their figures
};

// The header cells above a body cell: those overlapping it horizontally, top to bottom; when none of them
// names a year, the year-bearing header cell nearest horizontally (a spanning "Tahun 2023" is centred over
// its columns and often overlaps none of their numbers).
// A spanning header centred over several columns ("Anggaran" over Alokasi, Realisasi and Capaian) overlaps
// only its middle column: the header cell nearest horizontally above all those over the cell.
std::string outer_header_for(const Box& cell, const std::vector<Cell>& header) {
    std::optional<double> top;
    for (const Cell& h : header)
        if (h.box.overlaps_x(cell))
            top = std::min(top.value_or(h.box.y0), h.box.y0);
    if (!top)
        return "";
    const Cell* nearest = nullptr;
    for (const Cell& h : header)
        if (h.box.y1 <= *top + 0.1 * h.box.height() &&
            (!nearest || std::abs(h.box.center_x() - cell.center_x()) <
                             std::abs(nearest->box.center_x() - cell.center_x())))
            nearest = &h;
    return nearest ? nearest->text : "";
}

std::vector<std::string> headers_for(const Box& cell, const std::vector<Cell>& header) {
    // Of two header cells side by side over it, the one it lies under most.
    auto overlap = [&](const Cell& h) { return std::min(h.box.x1, cell.x1) - std::max(h.box.x0, cell.x0); };
    std::vector<const Cell*> above;
    for (const Cell& h : header) {
        if (!h.box.overlaps_x(cell))
            continue;
        bool beaten = false;
        for (const Cell& other : header)
            if (&other != &h && other.box.overlaps_x(cell) &&
                std::abs((other.box.y0 + other.box.y1) - (h.box.y0 + h.box.y1)) <
                    std::min(other.box.height(), h.box.height()) &&
                overlap(other) > overlap(h))
                beaten = true;
        if (!beaten)
            above.push_back(&h);
    }
    if (above.empty()) {
        const Cell* nearest = nullptr;
        for (const Cell& h : header)
            if (!nearest || std::abs(h.box.center_x() - cell.center_x()) <
                                std::abs(nearest->box.center_x() - cell.center_x()))
                nearest = &h;
        if (nearest)
            above.push_back(nearest);
    }
    // A lone number right-aligned far from its centred header ("0" under "Realisasi", with no other number in
    // its column to widen it) overlaps only the headers above that one: the nearest lowest header joins them.
    auto is_leaf = [&](const Cell& h) {
        return std::none_of(header.begin(), header.end(), [&](const Cell& other) {
            return &other != &h && other.box.y0 >= h.box.y1 && other.box.overlaps_x(h.box);
        });
    };
    if (!above.empty() &&
        std::none_of(above.begin(), above.end(), [&](const Cell* h) { return is_leaf(*h); })) {
        const Cell* nearest = nullptr;
        for (const Cell& h : header)
            if (is_leaf(h) && (!nearest || std::abs(h.box.center_x() - cell.center_x()) <
                                               std::abs(nearest->box.center_x() - cell.center_x())))
                nearest = &h;
        if (nearest)
            above.push_back(nearest);
    }
    std::stable_sort(above.begin(), above.end(),
                     [](const Cell* a, const Cell* b) { return a->box.y0 < b->box.y0; });
    // The year comes first: it says which year, the cells under it say what.
    if (std::none_of(above.begin(), above.end(), [](const Cell* h) { return has_year(h->text); })) {
        const Cell* nearest = nullptr;
        for (const Cell& h : header)
            if (has_year(h.text) && (!nearest || std::abs(h.box.center_x() - cell.center_x()) <
                                                     std::abs(nearest->box.center_x() - cell.center_x())))
                nearest = &h;
        if (nearest)
            above.insert(above.begin(), nearest);
    }
    std::vector<std::string> out;
    for (const Cell* h : above)
        out.push_back(h->text);
    return out;
}

// A number's column: a right-aligned "0" lies under the edge of its header; the numbers above and below it
// that it overlaps widen it to the column's extent.
Box column_band(const Cell& cell, const std::vector<Cell>& cells) {
    Box band = cell.box;
    if (!looks_numeric(cell.text))
        return band;
    for (const Cell& other : cells)
        if (looks_numeric(other.text) && other.box.overlaps_x(cell.box)) {
            band.x0 = std::min(band.x0, other.box.x0);
            band.x1 = std::max(band.x1, other.box.x1);
        }
    return band;
}

void add_rows(OpenTable& open, const std::vector<const Line*>& body, int page) {
    if (body.empty())
        return;
    std::vector<double> starts;  // the top of each row
    std::vector<bool> row_start;
    for (const Line* l : body) {
        row_start.push_back(is_row_start(*l, open.extent, open.numbered));
        if (row_start.back())
            starts.push_back(l->box.y0 - 0.25 * l->box.height());
    }
    if (starts.empty())
        return;
    std::vector<model::DraftRow> rows(starts.size());
    std::vector<std::vector<Cell>> row_cells(starts.size());
    const std::vector<Cell> all = cells_of(body, row_start, 0.5);
    for (const Cell& c : all) {
        const double top = c.box.y0;
        std::size_t r = 0;
        while (r + 1 < starts.size() && starts[r + 1] <= top)
            ++r;
        row_cells[r].push_back(c);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::stable_sort(row_cells[r].begin(), row_cells[r].end(),
                         [](const Cell& a, const Cell& b) { return a.box.x0 < b.box.x0; });
        rows[r].page = page;
        for (const Cell& c : row_cells[r]) {
            const Box band = column_band(c, all);
            rows[r].cells.push_back(
                {c.text, headers_for(band, open.header), outer_header_for(band, open.header)});
        }
        open.table.rows.push_back(std::move(rows[r]));
    }
}

}  // namespace

model::DraftDocument layout_pdf(const std::vector<PdfPage>& pages, const std::string& file) {
    model::DraftDocument doc;
    doc.file = file;
    std::optional<OpenTable> open;
    auto close = [&] {
        if (open && !open->table.rows.empty())
            doc.tables.push_back(std::move(open->table));
        open.reset();
    };
    for (const PdfPage& page : pages) {
        std::vector<Line> lines = lines_of(page.words);
        std::erase_if(lines, is_footer);
        std::size_t i = 0;
        // A table cut by the page break goes on when the page starts with one of its rows.
        if (open && !(i < lines.size() && is_row_start(lines[i], open->extent, open->numbered)))
            close();
        while (i < lines.size()) {
            if (!open) {
                if (!is_caption(lines[i])) {
                    doc.paragraphs.push_back({lines[i].text(), page.number});
                    ++i;
                    continue;
                }
                open.emplace();
                open->table.caption = lines[i].text();
                open->table.page = page.number;
                ++i;
                // "Tabel 3.1.1" alone on its line: the title is the next line (one phrase), not a header.
                static const std::regex number_only(R"(^Tabel\s+[0-9A-Z]+(\.[0-9]+)*\s*$)",
                                                    std::regex::icase);
                if (std::regex_match(open->table.caption, number_only) && i < lines.size() &&
                    lines[i].phrases.size() == 1 && !is_caption(lines[i])) {
                    open->table.caption += " " + lines[i].text();
                    ++i;
                }
                // The header: the lines down to the first row.
                std::vector<const Line*> header;
                while (i < lines.size() && !is_caption(lines[i]) && header.size() < 10) {
                    header.push_back(&lines[i]);
                    Box extent = header.front()->box;
                    for (const Line* h : header)
                        extent.extend(h->box);
                    open->extent = extent;
                    if (header.size() > 1 && is_numbered_row_start(lines[i], extent))
                        break;
                    if (header.size() > 1 && has_figures(lines[i]) && !only_years(lines[i])) {
                        open->numbered = false;
                        break;
                    }
                    ++i;
                }
                if (i >= lines.size() || is_caption(lines[i]) || header.size() >= 10) {
                    open.reset();  // no row: a caption of a figure or a sentence, not a table
                    continue;
                }
                header.pop_back();  // the first row
                Box extent = header.front()->box;
                for (const Line* h : header)
                    extent.extend(h->box);
                open->extent = extent;
                open->header = cells_of(header, {}, 0.5);
            }
            // The body: down to the next caption, a wide gap, or a note line spanning most of the table.
            std::vector<const Line*> body;
            const double width = open->extent.x1 - open->extent.x0;
            while (i < lines.size() && !is_caption(lines[i])) {
                const Line& l = lines[i];
                if (!body.empty() && l.box.y0 - body.back()->box.y1 > 2.5 * body.back()->box.height())
                    break;
                if (l.phrases.size() == 1 && l.box.x1 - l.box.x0 > 0.45 * width &&
                    l.box.x0 < open->extent.x0 + 0.1 * width)
                    break;
                body.push_back(&l);
                ++i;
            }
            add_rows(*open, body, page.number);
            if (i < lines.size())
                close();
        }
    }
    close();
    return doc;
}

}  // namespace lkjip::input::draft
