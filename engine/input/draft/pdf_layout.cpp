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

// A list of tables or contents ("DAFTAR TABEL"): its lines name tables ("Tabel 3.1.1 ... 10") without being
// their captions, down to the first heading of the body ("BAB I", without a page number after it).
bool starts_contents(const Line& line) {
    static const std::regex heading(R"(^\s*DAFTAR\s+(ISI|TABEL|GAMBAR|GRAFIK|LAMPIRAN)\s*$)",
                                    std::regex::icase);
    return std::regex_match(line.text(), heading);
}

bool ends_contents(const Line& line) {
    static const std::regex chapter(R"(^\s*(BAB\s+[IVX]+|KATA\s+PENGANTAR|IKHTISAR\s+EKSEKUTIF)\b.*)",
                                    std::regex::icase);
    static const std::regex page_number(R"(^[0-9ivxlc]+$)", std::regex::icase);
    return std::regex_match(line.text(), chapter) &&
           !(line.phrases.size() > 1 && std::regex_match(line.phrases.back().text, page_number));
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

// An amount cut by a narrow column's edge: "6.210.455." over "282", "185.128.0" over "00" (its last group
// of thousands is short, or it ends at the separator). No complete number in Indonesian notation looks so.
bool unfinished_amount(const std::string& text) {
    static const std::regex cut(R"(^(Rp\.?\s*)?[0-9]{1,3}(\.[0-9]{3})*\.[0-9]{0,2}$)");
    return std::regex_match(text, cut) && std::count(text.begin(), text.end(), '.') >= 2;
}

bool starts_with_digit(const std::string& text) {
    return !text.empty() && std::isdigit(static_cast<unsigned char>(text.front()));
}

bool starts_lower(const std::string& text) {
    return !text.empty() && std::islower(static_cast<unsigned char>(text.front()));
}

std::size_t utf8_length(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool all_caps_word(const std::string& word) {
    return !word.empty() && std::all_of(word.begin(), word.end(),
                                        [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

double char_width(const Phrase& p) {
    return (p.box.x1 - p.box.x0) / static_cast<double>(std::max<std::size_t>(utf8_length(p.text), 1));
}

// What joins the line `above` of a wrapped cell to the next one: nothing when a word or an amount was cut by
// the column's edge (LibreOffice and Word break a word wider than a narrow column anywhere: "Persentase"
// printed "Perse" / "ntase"), a space otherwise. A word was cut when the line above fills the cell to
// within one character (`left`, `right`: the cell's edges), the text below goes on in lower case (or in
// capitals after a word in capitals: "SASA" / "RAN"; or "%" after a number: "91,20" / "%"), and the two
// pieces together are wider than the
// cell: a word that would have fit was moved to the next line whole, not cut.
std::string joint(const Phrase& above, const Phrase& below, double left, double right) {
    if (unfinished_amount(above.text) && starts_with_digit(below.text))
        return "";
    const bool full = right - above.box.x1 < char_width(above);
    if (!full || above.text.empty() || !std::isalnum(static_cast<unsigned char>(above.text.back())))
        return " ";
    const std::string last_word = above.text.substr(above.text.rfind(' ') + 1);
    const std::string first_word = below.text.substr(0, below.text.find(' '));
    const double joined_width = char_width(above) * static_cast<double>(utf8_length(last_word)) +
                                char_width(below) * static_cast<double>(utf8_length(first_word));
    if (joined_width <= right - left)
        return " ";
    const bool digit_then_percent =
        std::isdigit(static_cast<unsigned char>(above.text.back())) && below.text.front() == '%';
    if (starts_lower(below.text) || (all_caps_word(last_word) && all_caps_word(first_word)) ||
        digit_then_percent)
        return "";
    return " ";
}

// Phrases stacked with a line's leading (the gap under a phrase smaller than `leading` times its height)
// and overlapping horizontally are one wrapped cell; two numbers are never one cell (unless the first was
// cut by the column's edge), and a line that starts a row (`row_start`) never continues the cell above it.
// A line that starts a row only by its figures (`soft_start`: a row whose number is a merged cell of the row
// above) continues the cells above it that go on in lower case: the text of a cell merged over both rows.
std::vector<Cell> cells_of(const std::vector<const Line*>& lines, const std::vector<bool>& row_start,
                           double leading, const std::vector<bool>& soft_start = {}) {
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
        if (below.line < soft_start.size() && soft_start[below.line] && !starts_lower(below.phrase.text))
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
        if (looks_numeric(above.phrase.text) && looks_numeric(below.phrase.text) &&
            !(unfinished_amount(above.phrase.text) && starts_with_digit(below.phrase.text)))
            continue;
        const std::size_t ra = root(*best);
        if (last[ra] != *best)
            continue;
        parent[root(b)] = ra;
        last[ra] = b;
    }
    // Each cell's phrases top to bottom (a chain: each joined the lowest of its cell), then its text.
    std::vector<std::vector<std::size_t>> members;
    std::vector<std::optional<std::size_t>> cell_of(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::size_t r = root(i);
        if (!cell_of[r]) {
            cell_of[r] = members.size();
            members.emplace_back();
        }
        members[*cell_of[r]].push_back(i);
    }
    std::vector<Cell> cells;
    for (const std::vector<std::size_t>& m : members) {
        Cell c{items[m.front()].phrase.text, items[m.front()].phrase.box};
        for (std::size_t k = 1; k < m.size(); ++k)
            c.box.extend(items[m[k]].phrase.box);
        for (std::size_t k = 1; k < m.size(); ++k)
            c.text += joint(items[m[k - 1]].phrase, items[m[k]].phrase, c.box.x0, c.box.x1) +
                      items[m[k]].phrase.text;
        cells.push_back(std::move(c));
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

// Whether line `k` of `lines` holds two figures or more that begin cells of their own: under each, no phrase
// of its column within a line's leading that it would continue (a "%" or an amount cut by the column's
// edge, see cells_of).
bool has_new_figures(const std::vector<const Line*>& lines, std::size_t k, double leading) {
    static const std::regex figure(R"(^[-+]?(Rp\.?\s*)?[0-9][0-9.,]*\s*%?$)");
    int n = 0;
    for (const Phrase& p : lines[k]->phrases) {
        if (!std::regex_match(p.text, figure))
            continue;
        bool continues = false;
        for (std::size_t a = k; a-- > 0 && !continues;) {
            for (const Phrase& above : lines[a]->phrases)
                if (above.box.overlaps_x(p.box) && p.box.y0 - above.box.y1 <= leading * above.box.height() &&
                    (!looks_numeric(above.text) || unfinished_amount(above.text)))
                    continues = true;
        }
        n += continues ? 0 : 1;
    }
    return n >= 2;
}

void add_rows(OpenTable& open, const std::vector<const Line*>& body, int page) {
    if (body.empty())
        return;
    constexpr double kLeading = 0.5;
    std::vector<double> starts;  // the top of each row
    std::vector<bool> row_start;
    // In a numbered table, a line of figures under none of a row number also starts a row: the row's number
    // is a cell merged with the row above (two indicators of one sasaran, programs of one sasaran).
    std::vector<bool> soft_start;
    for (std::size_t k = 0; k < body.size(); ++k) {
        const Line* l = body[k];
        row_start.push_back(is_row_start(*l, open.extent, open.numbered));
        soft_start.push_back(!row_start.back() && open.numbered && !starts.empty() &&
                             has_new_figures(body, k, kLeading));
        if (row_start.back() || soft_start.back())
            starts.push_back(l->box.y0 - 0.25 * l->box.height());
    }
    if (starts.empty())
        return;
    std::vector<model::DraftRow> rows(starts.size());
    std::vector<std::vector<Cell>> row_cells(starts.size());
    const std::vector<Cell> all = cells_of(body, row_start, kLeading, soft_start);
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
    // A caption and header at a page's foot whose first row is on the next page: their lines, carried over
    // to stand just above that page's first line.
    std::vector<Line> carried;
    bool in_contents = false;  // in a DAFTAR TABEL (or ISI): captions there are entries, not tables
    auto close = [&] {
        if (open && !open->table.rows.empty())
            doc.tables.push_back(std::move(open->table));
        open.reset();
    };
    for (const PdfPage& page : pages) {
        std::vector<Line> lines = lines_of(page.words);
        std::erase_if(lines, is_footer);
        if (!carried.empty() && !lines.empty()) {
            const double shift =
                lines.front().box.y0 - 0.2 * lines.front().box.height() - carried.back().box.y1;
            for (Line& l : carried) {
                l.box.y0 += shift;
                l.box.y1 += shift;
                for (Phrase& ph : l.phrases) {
                    ph.box.y0 += shift;
                    ph.box.y1 += shift;
                }
            }
            lines.insert(lines.begin(), carried.begin(), carried.end());
        }
        carried.clear();
        std::size_t i = 0;
        // A table cut by the page break goes on when the page starts with one of its rows.
        if (open && !(i < lines.size() && is_row_start(lines[i], open->extent, open->numbered)))
            close();
        while (i < lines.size()) {
            if (!open) {
                if (starts_contents(lines[i]))
                    in_contents = true;
                else if (in_contents && ends_contents(lines[i]))
                    in_contents = false;
                if (in_contents || !is_caption(lines[i])) {
                    doc.paragraphs.push_back({lines[i].text(), page.number});
                    ++i;
                    continue;
                }
                const std::size_t caption_at = i;
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
                if (i >= lines.size() && !header.empty() && header.size() < 10 && &page != &pages.back()) {
                    // The page ends inside the header: the table goes on over the page.
                    carried.assign(lines.begin() + static_cast<std::ptrdiff_t>(caption_at), lines.end());
                    open.reset();
                    break;
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
