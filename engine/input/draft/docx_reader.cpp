#include "input/draft/docx_reader.hpp"

#include <algorithm>
#include <memory>
#include <regex>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/file_access.hpp"
#include "input/xlsx/xml_events.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::draft {
namespace {

constexpr std::size_t kMaxEntryBytes = 64u * 1024u * 1024u;
constexpr std::size_t kMaxTotalBytes = 256u * 1024u * 1024u;
constexpr std::size_t kMaxCells = 1'000'000;

struct RawCell {
    std::string text;
    int span = 1;
    enum class Merge { None, Restart, Continue } merge = Merge::None;
};

struct RawRow {
    std::vector<RawCell> cells;
    bool header = false;  // w:tblHeader: repeated on every page, so a header row
};

struct RawTable {
    std::string caption;
    std::vector<RawRow> rows;
};

std::string collapsed(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// Collects tables and paragraphs. A table inside a cell is read as that cell's text.
class DocumentHandler : public xlsx::XmlHandler {
  public:
    std::vector<RawTable> tables;
    std::vector<std::string> paragraphs;

    void start_element(std::string_view name, const xlsx::XmlAttributes& a) override {
        if (name == "tbl") {
            if (++depth_ == 1) {
                tables.push_back({last_paragraph_, {}});
                last_paragraph_.clear();
            }
        } else if (depth_ != 1) {
            if (name == "t")
                in_text_ = true;
            else if (name == "tab" || name == "br")
                text_ += ' ';
        } else if (name == "tr") {
            tables.back().rows.emplace_back();
        } else if (name == "tc") {
            if (tables.back().rows.empty())
                tables.back().rows.emplace_back();
            if (++cells_ > kMaxCells)
                throw InputError(SourceLocation::in_file(file_),
                                 "word/document.xml: terlalu banyak sel tabel");
            tables.back().rows.back().cells.emplace_back();
            text_.clear();
        } else if (name == "tblHeader" && !tables.back().rows.empty()) {
            const auto v = a.get("val");
            tables.back().rows.back().header = !v || (*v != "0" && *v != "false");
        } else if (name == "gridSpan" && current_cell()) {
            if (const auto v = a.get("val"))
                current_cell()->span =
                    std::clamp(static_cast<int>(xlsx::parse_index(*v).value_or(1)), 1, 1000);
        } else if (name == "vMerge" && current_cell()) {
            const auto v = a.get("val");
            current_cell()->merge = v && *v == "restart" ? RawCell::Merge::Restart : RawCell::Merge::Continue;
        } else if (name == "t") {
            in_text_ = true;
        } else if (name == "tab" || name == "br") {
            text_ += ' ';
        } else if (name == "p" && current_cell() && !text_.empty()) {
            text_ += ' ';  // paragraphs of one cell
        }
    }
    void end_element(std::string_view name) override {
        if (name == "t") {
            in_text_ = false;
        } else if (name == "tbl") {
            --depth_;
        } else if (name == "tc" && depth_ == 1) {
            if (RawCell* c = current_cell())
                c->text = collapsed(text_);
            text_.clear();
        } else if (name == "p" && depth_ == 0) {
            const std::string p = collapsed(text_);
            text_.clear();
            if (!p.empty()) {
                paragraphs.push_back(p);
                last_paragraph_ = p;
            }
        }
    }
    void characters(std::string_view text) override {
        if (in_text_)
            text_ += text;
    }
    explicit DocumentHandler(std::string file) : file_(std::move(file)) {}

  private:
    RawCell* current_cell() {
        if (depth_ != 1 || tables.empty() || tables.back().rows.empty() ||
            tables.back().rows.back().cells.empty())
            return nullptr;
        return &tables.back().rows.back().cells.back();
    }
    std::string file_;
    int depth_ = 0;
    bool in_text_ = false;
    std::string text_;
    std::string last_paragraph_;
    std::size_t cells_ = 0;
};

bool starts_row(const RawRow& row) {
    static const std::regex number(R"(^[0-9]{1,3}\.?$)");
    static const std::regex code(R"(^[0-9]{1,2}(\.[0-9A-Z]{1,4})+\.?(\s.*)?$)");
    for (const RawCell& c : row.cells) {
        if (c.text.empty())
            continue;
        std::string lower;
        for (char ch : c.text)
            if (ch != ' ')
                lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return std::regex_match(c.text, number) || std::regex_match(c.text, code) ||
               lower.rfind("jumlah", 0) == 0 || lower.rfind("total", 0) == 0;
    }
    return false;
}

model::DraftTable draft_table(const RawTable& raw) {
    model::DraftTable table;
    table.caption = raw.caption;
    std::size_t header_rows = 0;
    while (header_rows < raw.rows.size() &&
           (raw.rows[header_rows].header || !starts_row(raw.rows[header_rows])))
        ++header_rows;
    if (header_rows == raw.rows.size())
        return table;  // no row starts with a number or code: not a table of figures
    struct Placed {
        std::string text;
        int from, to;  // grid columns [from, to)
    };
    std::vector<Placed> header;
    for (std::size_t r = 0; r < header_rows; ++r) {
        int col = 0;
        for (const RawCell& c : raw.rows[r].cells) {
            if (c.merge != RawCell::Merge::Continue && !c.text.empty())
                header.push_back({c.text, col, col + c.span});
            col += c.span;
        }
    }
    for (std::size_t r = header_rows; r < raw.rows.size(); ++r) {
        model::DraftRow row;
        int col = 0;
        for (const RawCell& c : raw.rows[r].cells) {
            model::DraftCell cell;
            if (c.merge != RawCell::Merge::Continue)
                cell.text = c.text;
            for (const Placed& h : header)
                if (h.from < col + c.span && col < h.to)
                    cell.headers.push_back(h.text);
            col += c.span;
            row.cells.push_back(std::move(cell));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

model::DraftDocument read_docx_draft_bytes(const std::string& bytes, const std::string& file) {
    std::unique_ptr<xlsx::ZipArchive> zip =
        xlsx::ZipArchive::open(bytes, file, {kMaxEntryBytes, kMaxTotalBytes});
    if (!zip)
        throw InputError(SourceLocation::in_file(file), "bukan berkas DOCX (arsip zip) yang dapat dibaca");
    if (!zip->contains("word/document.xml"))
        throw InputError(SourceLocation::in_file(file), "word/document.xml tidak ada: bukan dokumen Word");
    DocumentHandler handler(file);
    xlsx::parse_xml_entry(*zip, "word/document.xml", handler);
    model::DraftDocument doc;
    doc.file = file;
    for (const std::string& p : handler.paragraphs)
        doc.paragraphs.push_back({p, 0});
    for (const RawTable& raw : handler.tables) {
        model::DraftTable t = draft_table(raw);
        if (!t.rows.empty())
            doc.tables.push_back(std::move(t));
    }
    return doc;
}

model::DraftDocument read_docx_draft(const std::string& path) {
    return read_docx_draft_bytes(read_text_file(path), path);
}

}  // namespace lkjip::input::draft
