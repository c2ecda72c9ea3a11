#include "input/xlsx/worksheet.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "core/cell_reference.hpp"
#include "input/xlsx/cell_text.hpp"
#include "input/xlsx/error.hpp"
#include "input/xlsx/shared_strings.hpp"
#include "input/xlsx/styles.hpp"
#include "input/xlsx/xml_events.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::xlsx {

namespace {

struct PlacedCell {
    std::size_t row = 0;
    SheetCell cell;
};

// What has been seen of the <c> element being read.
struct OpenCell {
    std::string type;   // t, "" when absent (a number)
    std::string style;  // s, "" when absent
    bool formula = false;
    bool has_value = false;   // a <v> element, even empty
    bool has_inline = false;  // an <is> element
    std::string value;        // the text of <v>
    std::string inline_text;  // the <t> texts of <is>, escapes decoded
};

class WorksheetHandler : public XmlHandler {
  public:
    WorksheetHandler(const std::string& file, const SheetContext& context) : file_(file), ctx_(context) {}

    void start_element(std::string_view name, const XmlAttributes& attributes) override {
        ++depth_;
        if (sheet_data_depth_ == 0) {
            if (depth_ == 2 && name == "sheetData")
                sheet_data_depth_ = depth_;
        } else if (row_depth_ == 0) {
            if (depth_ == sheet_data_depth_ + 1 && name == "row")
                start_row(attributes);
        } else if (cell_depth_ == 0) {
            if (depth_ == row_depth_ + 1 && name == "c")
                start_cell(attributes);
        } else if (depth_ == cell_depth_ + 1) {
            if (name == "v") {
                cell_.has_value = true;
                cell_.value.clear();
                value_depth_ = depth_;
            } else if (name == "f") {
                cell_.formula = true;
            } else if (name == "is") {
                cell_.has_inline = true;
                inline_depth_ = depth_;
            }
        } else if (inline_depth_ != 0 && phonetic_depth_ == 0) {
            if (name == "rPh") {
                phonetic_depth_ = depth_;
            } else if (name == "t" && text_depth_ == 0) {
                text_depth_ = depth_;
                text_.clear();
            }
        }
    }

    void end_element(std::string_view /*name*/) override {
        if (depth_ == text_depth_) {
            cell_.inline_text += decode_escapes(text_);
            text_depth_ = 0;
        } else if (depth_ == phonetic_depth_) {
            phonetic_depth_ = 0;
        } else if (depth_ == value_depth_) {
            value_depth_ = 0;
        } else if (depth_ == inline_depth_) {
            inline_depth_ = 0;
        } else if (depth_ == cell_depth_) {
            finish_cell();
            cell_depth_ = 0;
        } else if (depth_ == row_depth_) {
            row_depth_ = 0;
        } else if (depth_ == sheet_data_depth_) {
            sheet_data_depth_ = 0;
        }
        --depth_;
    }

    void characters(std::string_view text) override {
        if (value_depth_ != 0)
            cell_.value.append(text);
        else if (text_depth_ != 0)
            text_.append(text);
    }

    std::vector<SheetRow> rows() {
        auto by_position = [](const PlacedCell& a, const PlacedCell& b) {
            return a.row != b.row ? a.row < b.row : a.cell.column < b.cell.column;
        };
        if (!std::is_sorted(cells_.begin(), cells_.end(), by_position))
            std::stable_sort(cells_.begin(), cells_.end(), by_position);
        std::vector<SheetRow> rows;
        for (std::size_t i = 0; i < cells_.size(); ++i) {
            PlacedCell& c = cells_[i];
            if (i > 0 && c.row == cells_[i - 1].row && c.cell.column == cells_[i - 1].cell.column)
                fail(file_, where(c.row, c.cell.column) + ": sel yang sama tercantum dua kali");
            if (rows.empty() || rows.back().row != c.row)
                rows.push_back(SheetRow{c.row, {}});
            rows.back().cells.push_back(std::move(c.cell));
        }
        return rows;
    }

  private:
    std::string where(std::size_t row, std::size_t column) const {
        return sheet_cell_reference(ctx_.name, row, column);
    }
    [[noreturn]] void fail_sheet(const std::string& what) const {
        fail(file_, "lembar \"" + std::string(ctx_.name) + "\": " + what);
    }
    [[noreturn]] void fail_cell(const std::string& what) const {
        fail(file_, where(row_, column_) + ": " + what);
    }

    void start_row(const XmlAttributes& attributes) {
        row_depth_ = depth_;
        column_ = 0;
        if (const auto r = attributes.get("r")) {
            const auto number = parse_row_number(*r);
            if (!number)
                fail_sheet("nomor baris tidak valid: " + quoted_excerpt(*r));
            if (*number > max_sheet_rows)
                fail_sheet("nomor baris " + std::to_string(*number) + " di luar batas lembar (" +
                           grouped_count(max_sheet_rows) + ")");
            row_ = *number;
            row_fixed_ = true;
        } else {
            if (row_ >= max_sheet_rows)
                fail_sheet("lebih dari " + grouped_count(max_sheet_rows) + " baris");
            ++row_;
            row_fixed_ = false;
        }
    }

    void start_cell(const XmlAttributes& attributes) {
        cell_depth_ = depth_;
        if (const auto r = attributes.get("r")) {
            const auto position = parse_cell_reference(*r);
            if (!position)
                fail_sheet("referensi sel tidak valid: " + quoted_excerpt(*r));
            if (position->row > max_sheet_rows || position->column > max_sheet_columns)
                fail_sheet("referensi sel " + quoted_excerpt(*r) + " di luar batas lembar (XFD1048576)");
            if (position->row != row_) {
                // A row without `r` (LibreOffice writes some) is where its first addressed cell says.
                if (row_fixed_) {
                    fail(file_, where(position->row, position->column) +
                                    ": referensi sel tidak sesuai dengan baris " + std::to_string(row_) +
                                    " tempatnya berada");
                }
                row_ = position->row;
            }
            column_ = position->column;
        } else {
            if (column_ >= max_sheet_columns)
                fail_sheet("baris " + std::to_string(row_) + " memuat lebih dari " +
                           grouped_count(max_sheet_columns) + " kolom");
            ++column_;
        }
        row_fixed_ = true;
        cell_ = OpenCell{};
        cell_.type = std::string(attributes.get("t").value_or(""));
        cell_.style = std::string(attributes.get("s").value_or(""));
    }

    void finish_cell() {
        SheetCell cell;
        cell.column = column_;
        cell.formula = cell_.formula;
        const bool has_value = cell_.type == "inlineStr" ? cell_.has_inline : cell_.has_value;
        // A formula saved without its result: no <v>, or an empty one (openpyxl and other generators write
        // `<f>…</f><v></v>`). Only a text result (t="str") can be empty: a formula that returns "".
        const bool uncached =
            cell_.formula &&
            (!has_value || (cell_.value.empty() && cell_.type != "str" && cell_.type != "inlineStr"));
        if (uncached) {
            cell.kind = CellKind::Uncached;
        } else if (!has_value) {
            return;  // a blank cell, perhaps styled
        } else {
            convert(cell);
            if (cell.text.empty())
                return;
        }
        count_row();
        cells_.push_back(PlacedCell{row_, std::move(cell)});
    }

    // Rows are counted as they are found (not after sorting), so that the limit holds memory down. While
    // rows ascend, as they do in every real file, a new row is one beyond the last; the first row out of
    // order switches to a map of every row seen.
    void count_row() {
        if (row_seen_.empty()) {
            if (row_ == last_counted_row_)
                return;
            if (row_ > last_counted_row_) {
                last_counted_row_ = row_;
                add_row();
                return;
            }
            row_seen_.resize(max_sheet_rows + 1);
            for (const PlacedCell& c : cells_)
                row_seen_[c.row] = true;
        }
        if (row_seen_[row_])
            return;
        row_seen_[row_] = true;
        add_row();
    }
    void add_row() {
        if (++row_count_ > ctx_.max_rows)
            fail_sheet("terlalu banyak baris terisi: batas " + grouped_count(ctx_.max_rows) + " baris");
    }

    void convert(SheetCell& cell) const {
        const std::string& t = cell_.type;
        const std::string& v = cell_.value;
        if (t.empty() || t == "n") {
            cell.kind = CellKind::Number;
            if (!v.empty())
                cell.text = number(v);
        } else if (t == "s") {
            if (!v.empty())
                cell.text = shared_string(v);
        } else if (t == "str") {
            cell.text = decode_escapes(v);
        } else if (t == "inlineStr") {
            cell.text = cell_.inline_text;
        } else if (t == "b") {
            cell.kind = CellKind::Boolean;
            if (v == "1")
                cell.text = "BENAR";
            else if (v == "0")
                cell.text = "SALAH";
            else if (!v.empty())
                fail_cell("nilai boolean tidak valid: " + quoted_excerpt(v));
        } else if (t == "e") {
            cell.kind = CellKind::Error;
            cell.text = v;
        } else if (t == "d") {
            cell.kind = CellKind::Number;
            if (!v.empty()) {
                const auto text = iso_date_text(v);
                if (!text)
                    fail_cell("tanggal ISO tidak valid: " + quoted_excerpt(v));
                cell.text = *text;
            }
        } else {
            fail_cell("jenis sel tidak dikenal: t=" + quoted_excerpt(t));
        }
    }

    std::string number(const std::string& v) const {
        const auto value = parse_stored_number(v);
        if (!value)
            fail_cell("nilai bukan angka: " + quoted_excerpt(v));
        NumberStyle style = NumberStyle::Plain;
        if (!cell_.style.empty()) {
            const auto index = parse_index(cell_.style);
            if (!index)
                fail_cell("indeks gaya tidak valid: " + quoted_excerpt(cell_.style));
            style = ctx_.styles.of(*index);
        }
        switch (style) {
            case NumberStyle::Percent:
                return percent_text(*value);
            case NumberStyle::Date: {
                const auto text = serial_date_text(*value, ctx_.date1904);
                if (!text)
                    fail_cell("tanggal di luar jangkauan: nomor seri " + number_text(*value));
                return *text;
            }
            case NumberStyle::Plain:
                break;
        }
        return number_text(*value);
    }

    std::string shared_string(const std::string& v) const {
        const auto index = parse_index(v);
        if (!index)
            fail_cell("indeks string bersama tidak valid: " + quoted_excerpt(v));
        if (*index >= ctx_.strings.size())
            fail_cell("indeks string bersama " + std::to_string(*index) + " di luar jangkauan");
        return std::string(ctx_.strings.at(*index));
    }

    const std::string& file_;
    const SheetContext& ctx_;
    std::size_t depth_ = 0;
    std::size_t sheet_data_depth_ = 0;
    std::size_t row_depth_ = 0;
    std::size_t cell_depth_ = 0;
    std::size_t value_depth_ = 0;
    std::size_t inline_depth_ = 0;
    std::size_t phonetic_depth_ = 0;
    std::size_t text_depth_ = 0;
    std::size_t row_ = 0;
    bool row_fixed_ = false;  // the row's number is settled: by its `r`, or by a cell already placed in it
    std::size_t column_ = 0;
    OpenCell cell_;
    std::string text_;
    std::vector<PlacedCell> cells_;
    std::size_t last_counted_row_ = 0;
    std::vector<bool> row_seen_;  // empty while rows ascend
    std::size_t row_count_ = 0;
};

}  // namespace

std::vector<SheetRow> read_worksheet(ZipArchive& zip, const std::string& entry, const SheetContext& context) {
    WorksheetHandler handler(zip.file(), context);
    parse_xml_entry(zip, entry, handler);
    return handler.rows();
}

}  // namespace lkjip::input::xlsx
