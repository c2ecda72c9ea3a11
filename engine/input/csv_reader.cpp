#include "input/csv_reader.hpp"

#include <unordered_map>

#include "core/number_format.hpp"
#include "core/text.hpp"

namespace lkjip::input {

namespace {

// "1.048.576": limits in messages are read by people used to Indonesian grouping.
std::string grouped(std::size_t n) {
    return format::ribuan(static_cast<std::int64_t>(n));
}

// At most `max` bytes of s, cut on a character boundary, for quoting user text in a message.
std::string excerpt(std::string_view s, std::size_t max = 20) {
    if (s.size() <= max)
        return std::string(s);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0u) == 0x80u)
        --cut;
    return std::string(s.substr(0, cut)) + "...";
}

struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Line and character column of a byte offset; only used on the error path, so a second scan is fine.
Position locate(std::string_view s, std::size_t offset) {
    Position p;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
            ++p.line;
            line_start = i + 1;
        }
    }
    p.column = text::column_of(s.substr(line_start), offset - line_start);
    return p;
}

class Parser {
  public:
    Parser(std::string_view content, const std::string& file, const CsvLimits& limits)
        : s_(content), file_(file), limits_(limits) {}

    CsvTable run() {
        CsvTable table;
        table.file = file_;
        const bool saw_comment = find_header();
        if (pos_ >= s_.size()) {
            fail(0, 0,
                 saw_comment ? "tidak ada baris judul: berkas hanya berisi komentar atau baris kosong"
                             : "berkas kosong");
        }
        table.separator = sep_;
        std::vector<CsvCell> fields;
        bool have_header = false;
        while (pos_ < s_.size()) {
            const std::size_t record_line = line_;
            if (skip_comment())
                continue;
            read_record(fields);
            if (is_blank(fields))
                continue;
            if (!have_header) {
                set_header(table, fields, record_line);
                have_header = true;
                continue;
            }
            if (table.rows.size() >= limits_.max_rows) {
                fail(record_line, 0,
                     "terlalu banyak baris data: batas " + grouped(limits_.max_rows) +
                         " baris (ubah dengan --max-rows)");
            }
            table.rows.push_back(make_row(table.header.size(), fields, record_line));
        }
        return table;
    }

  private:
    [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& message) const {
        throw InputError(SourceLocation::at(file_, line, column), message);
    }

    bool at_line_end() const { return pos_ < s_.size() && (s_[pos_] == '\n' || s_[pos_] == '\r'); }

    // Consumes CRLF, LF or a lone CR (old Mac exports) as one line end.
    void consume_line_end() {
        if (s_[pos_] == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n')
            ++pos_;
        ++pos_;
        ++line_;
    }

    // Tabs are blanks to trim unless they separate fields.
    bool is_trimmed(char c) const { return c == ' ' || (c == '\t' && sep_ != '\t'); }

    void skip_to_next_line() {
        while (pos_ < s_.size() && !at_line_end())
            ++pos_;
        if (pos_ < s_.size())
            consume_line_end();
    }

    // A comment is a physical line, quotes included: "# kolom "kode" wajib;;;" must not open a field.
    bool skip_comment() {
        std::size_t p = pos_;
        while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t'))
            ++p;
        if (p >= s_.size() || s_[p] != '#')
            return false;
        if (is_spreadsheet_error_at(p))
            return false;  // an exported "#N/A" is data the reader must report, not a comment
        skip_to_next_line();
        return true;
    }

    bool is_spreadsheet_error_at(std::size_t p) const {
        static const std::string_view kErrors[] = {"#n/a",   "#div/0!", "#value!", "#ref!",
                                                   "#name?", "#num!",   "#null!"};
        for (std::string_view e : kErrors) {
            if (s_.size() - p < e.size())
                continue;
            bool same = true;
            for (std::size_t i = 0; i < e.size() && same; ++i) {
                char c = s_[p + i];
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c - 'A' + 'a');
                same = c == e[i];
            }
            if (!same)
                continue;
            const std::size_t after = p + e.size();
            if (after == s_.size() || s_[after] == ';' || s_[after] == ',' || s_[after] == '\t' ||
                s_[after] == '\r' || s_[after] == '\n' || s_[after] == ' ')
                return true;
        }
        return false;
    }

    // The separator comes from the header, which cannot be split into fields before the separator is
    // known. So the records before it are scanned for content with every candidate treated as a
    // separator, and the parse proper restarts at the header. Returns whether a comment was seen.
    bool find_header() {
        bool saw_comment = false;
        while (pos_ < s_.size()) {
            if (skip_comment()) {
                saw_comment = true;
                continue;
            }
            const std::size_t start = pos_;
            const std::size_t start_line = line_;
            bool content = false;
            bool semicolon = false;
            bool comma = false;
            bool tab = false;
            bool quoted = false;
            while (pos_ < s_.size()) {
                const char c = s_[pos_];
                if (quoted) {
                    if (c == '"' && (pos_ + 1 >= s_.size() || s_[pos_ + 1] != '"')) {
                        quoted = false;
                        ++pos_;
                    } else if (c == '\n' || c == '\r') {
                        content = true;
                        consume_line_end();
                    } else {
                        content = true;
                        pos_ += c == '"' ? 2 : 1;
                    }
                    continue;
                }
                if (c == '\n' || c == '\r')
                    break;
                if (c == '"') {
                    quoted = true;
                } else if (c == ';') {
                    semicolon = true;
                } else if (c == ',') {
                    comma = true;
                } else if (c == '\t') {
                    tab = true;
                } else if (c != ' ') {
                    content = true;
                }
                ++pos_;
            }
            if (content || quoted) {
                sep_ = semicolon ? ';' : comma ? ',' : tab ? '\t' : ';';
                pos_ = start;
                line_ = start_line;
                return saw_comment;
            }
            if (pos_ < s_.size())
                consume_line_end();
        }
        return saw_comment;
    }

    void check_field_size(std::size_t size, std::size_t line, std::size_t column) const {
        if (size > limits_.max_field_bytes) {
            fail(line, column,
                 "kolom terlalu panjang: lebih dari " + grouped(limits_.max_field_bytes) + " byte");
        }
    }

    void read_quoted(CsvCell& cell) {
        const std::size_t open_line = line_;
        ++pos_;
        for (;;) {
            if (pos_ >= s_.size()) {
                fail(open_line, cell.column,
                     "kutip (\") tidak ditutup; kutip dibuka di baris " + std::to_string(open_line));
            }
            const char c = s_[pos_];
            if (c == '"') {
                if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
                    cell.text += '"';
                    pos_ += 2;
                } else {
                    ++pos_;
                    break;
                }
            } else if (c == '\n' || c == '\r') {
                // Stored as LF whatever the file used, so a value does not depend on who saved it.
                consume_line_end();
                cell.text += '\n';
            } else {
                std::size_t end = pos_ + 1;
                while (end < s_.size() && s_[end] != '"' && s_[end] != '\n' && s_[end] != '\r')
                    ++end;
                cell.text.append(s_.data() + pos_, end - pos_);
                pos_ = end;
            }
            check_field_size(cell.text.size(), cell.line, cell.column);
        }
        while (pos_ < s_.size() && is_trimmed(s_[pos_]))
            ++pos_;
        if (pos_ < s_.size() && s_[pos_] != sep_ && !at_line_end()) {
            std::size_t end = pos_;
            while (end < s_.size() && s_[end] != sep_ && s_[end] != '\n' && s_[end] != '\r')
                ++end;
            fail(line_, cell.column,
                 "teks setelah kutip penutup, ditemukan \"" + excerpt(s_.substr(pos_, end - pos_)) +
                     "\"; kutip di dalam kolom ditulis \"\"");
        }
    }

    void read_unquoted(CsvCell& cell) {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && s_[pos_] != sep_ && s_[pos_] != '\n' && s_[pos_] != '\r') {
            if (s_[pos_] == '"') {
                fail(line_, cell.column,
                     "kutip (\") di tengah kolom tanpa kutip; apit seluruh kolom dengan kutip dan tulis \"\" "
                     "untuk kutip di dalamnya");
            }
            ++pos_;
        }
        check_field_size(pos_ - start, cell.line, cell.column);
        std::size_t end = pos_;
        while (end > start && is_trimmed(s_[end - 1]))
            --end;
        cell.text.assign(s_.data() + start, end - start);
    }

    // One record, which may span several physical lines when a quoted field holds line ends.
    void read_record(std::vector<CsvCell>& fields) {
        fields.clear();
        for (;;) {
            CsvCell& cell = fields.emplace_back();
            cell.line = line_;
            cell.column = fields.size();
            while (pos_ < s_.size() && is_trimmed(s_[pos_]))
                ++pos_;
            if (pos_ < s_.size() && s_[pos_] == '"') {
                read_quoted(cell);
            } else {
                read_unquoted(cell);
            }
            // A line break typed in a cell (a quoted field) is text; other control characters are not.
            if (auto problem = text::text_field_problem(cell.text, true))
                fail(cell.line, cell.column, *problem);
            if (pos_ < s_.size() && s_[pos_] == sep_) {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size())
                consume_line_end();
            return;
        }
    }

    static bool is_blank(const std::vector<CsvCell>& fields) {
        for (const CsvCell& f : fields) {
            if (!f.text.empty())
                return false;
        }
        return true;
    }

    void set_header(CsvTable& table, std::vector<CsvCell>& fields, std::size_t record_line) const {
        // Excel writes trailing separators when a cell right of the table was ever touched; the header
        // gets the same leniency as data rows.
        while (!fields.empty() && fields.back().text.empty())
            fields.pop_back();
        table.header_line = record_line;
        std::unordered_map<std::string, std::size_t>
            column_of;  // a header of 100.000 names: no pairwise scan
        for (const CsvCell& f : fields) {
            std::string name = text::normalize_key(f.text);
            if (name.empty())
                fail(f.line, f.column, "nama kolom ke-" + std::to_string(f.column) + " kosong");
            if (auto [it, inserted] = column_of.emplace(name, table.header.size() + 1); !inserted) {
                fail(f.line, f.column,
                     "nama kolom \"" + name + "\" ganda: sudah ada di kolom " + std::to_string(it->second));
            }
            table.header.push_back(std::move(name));
        }
    }

    CsvRow make_row(std::size_t width, std::vector<CsvCell>& fields, std::size_t record_line) const {
        if (fields.size() > width) {
            std::size_t last = fields.size();
            while (last > width && fields[last - 1].text.empty())
                --last;
            if (last > width) {
                const CsvCell* first_extra = &fields[width];
                while (first_extra->text.empty())
                    ++first_extra;
                fail(first_extra->line, first_extra->column,
                     "kolom berlebih: diharapkan " + std::to_string(width) + ", ditemukan " +
                         std::to_string(last) + "; kolom " + std::to_string(first_extra->column) +
                         " berisi \"" + excerpt(first_extra->text) + "\"");
            }
            fields.resize(width);
        }
        if (fields.size() < width) {
            fail(record_line, 0,
                 "kolom kurang: diharapkan " + std::to_string(width) + ", ditemukan " +
                     std::to_string(fields.size()));
        }
        CsvRow row;
        row.line = record_line;
        row.cells = std::move(fields);
        fields = {};
        return row;
    }

    std::string_view s_;
    const std::string& file_;
    const CsvLimits& limits_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    char sep_ = ';';
};

void check_encoding(std::string_view content, const std::string& file) {
    if (auto utf16 = text::utf16_problem(content))
        throw InputError(SourceLocation::in_file(file), *utf16);
    if (const std::size_t nul = content.find('\0'); nul != std::string_view::npos) {
        const Position p = locate(content, nul);
        throw InputError(SourceLocation::at(file, p.line, p.column),
                         "berkas biner (berisi byte NUL), bukan CSV");
    }
    if (const auto bad = text::find_invalid_utf8(content)) {
        const Position p = locate(content, *bad);
        std::string message;
        if (text::looks_like_windows_1252(content)) {
            message =
                "teks bukan UTF-8 yang sah (tampaknya Windows-1252); simpan ulang sebagai \"CSV UTF-8\"";
        } else {
            constexpr std::string_view digits = "0123456789ABCDEF";
            const auto b = static_cast<unsigned char>(content[*bad]);
            message = std::string("teks bukan UTF-8 yang sah: byte 0x") + digits[b >> 4] + digits[b & 0xFu] +
                      " tidak membentuk karakter";
        }
        throw InputError(SourceLocation::at(file, p.line, p.column), message);
    }
}

}  // namespace

SourceLocation CsvTable::at(std::size_t line, std::size_t column) const {
    SourceLocation where = SourceLocation::at(file, line, column);
    where.sheet = sheet;
    return where;
}

std::size_t CsvTable::header_column(std::size_t index) const {
    return index < header_columns.size() ? header_columns[index] : index + 1;
}

int CsvTable::column_index(std::string_view name) const {
    const std::string key = text::normalize_key(name);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == key)
            return static_cast<int>(i);
    }
    return -1;
}

CsvTable read_csv(std::string_view content, const std::string& file, const CsvLimits& limits) {
    if (content.size() > limits.max_file_bytes) {
        throw InputError(SourceLocation::in_file(file), "berkas terlalu besar: " + grouped(content.size()) +
                                                            " byte, batas " + grouped(limits.max_file_bytes) +
                                                            " byte");
    }
    content = text::strip_bom(content);
    if (content.empty())
        throw InputError(SourceLocation::in_file(file), "berkas kosong");
    check_encoding(content, file);
    return Parser(content, file, limits).run();
}

}  // namespace lkjip::input
