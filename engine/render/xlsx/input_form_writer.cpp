#include "render/xlsx/input_form_writer.hpp"

#include <map>

#include "core/diagnostic.hpp"
#include "render/xlsx/a1_reference.hpp"
#include "render/xlsx/workbook_file.hpp"
#include "render/xlsx/xlsxwriter.hpp"

namespace lkjip::render::xlsx {

namespace {

using table::FormCell;
using table::FormColumn;
using table::FormFormat;
using table::FormSheet;

// Rows that get a column's validation and format: far more than any OPD fills in.
constexpr lxw_row_t kLastFormRow = 9999;
constexpr const char* kListSheet = "Daftar";
// A drop-down written inline ("positif,negatif") must stay under Excel's 255 characters; longer lists
// (the besaran of the audit) go to the hidden list sheet and are referenced.
constexpr std::size_t kInlineListLimit = 200;

class FormWriter {
  public:
    FormWriter(lxw_workbook* workbook, std::string path) : workbook_(workbook), path_(std::move(path)) {
        header_required_ = header_format(0x1F3864, LXW_COLOR_WHITE);
        header_optional_ = header_format(0xD9E2F3, 0x1F3864);
    }

    void check(lxw_error e, const std::string& what) const {
        if (e != LXW_NO_ERROR)
            throw OutputError(path_ + ": buku kerja masukan gagal ditulis (" + what + ": " + xlsx_reason(e) +
                              ")");
    }

    void instructions(const table::InputForm& form) {
        lxw_worksheet* ws = workbook_add_worksheet(workbook_, "Petunjuk");
        lxw_format* title = workbook_add_format(workbook_);
        format_set_bold(title);
        format_set_font_size(title, 14);
        lxw_format* wrap = workbook_add_format(workbook_);
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        lxw_format* bold = workbook_add_format(workbook_);
        format_set_bold(bold);
        worksheet_set_column(ws, 0, 0, 22, wrap);
        worksheet_set_column(ws, 1, 1, 78, wrap);
        print_setup(ws, false);
        lxw_row_t row = 0;
        check(worksheet_write_string(ws, row++, 0, form.title.c_str(), title), "judul");
        ++row;
        for (const std::string& paragraph : form.instructions) {
            check(worksheet_merge_range(ws, row, 0, row, 1, paragraph.c_str(), wrap), "petunjuk");
            worksheet_set_row(ws, row, 15.0 * static_cast<double>(1 + paragraph.size() / 95), nullptr);
            ++row;
        }
        ++row;
        check(worksheet_write_string(ws, row, 0, "Lembar", bold), "petunjuk");
        check(worksheet_write_string(ws, row++, 1, "Isi", bold), "petunjuk");
        for (const FormSheet& sheet : form.sheets) {
            check(worksheet_write_string(ws, row, 0, sheet.name.c_str(), nullptr), "petunjuk");
            check(worksheet_write_string(ws, row++, 1, sheet.purpose.c_str(), nullptr), "petunjuk");
        }
    }

    void data_sheet(const FormSheet& sheet) {
        lxw_worksheet* ws = workbook_add_worksheet(workbook_, sheet.name.c_str());
        if (!ws)
            throw OutputError(path_ + ": lembar \"" + sheet.name + "\" tidak dapat dibuat");
        worksheet_freeze_panes(ws, 1, 0);
        print_setup(ws, true);
        worksheet_repeat_rows(ws, 0, 0);
        for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
            const FormColumn& column = sheet.columns[i];
            const auto col = static_cast<lxw_col_t>(i);
            lxw_format* cells = cell_format(column.format);
            worksheet_set_column(ws, col, col, column.width, cells);
            check(worksheet_write_string(ws, 0, col, column.header.c_str(),
                                         column.required ? header_required_ : header_optional_),
                  sheet.name + " judul");
            if (!column.help.empty()) {
                lxw_comment_options options = {};
                options.author = const_cast<char*>("lkjip");
                options.width = 300;
                options.height = 80;
                check(worksheet_write_comment_opt(ws, 0, col, column.help.c_str(), &options), "komentar");
            }
            validate(ws, col, column);
            for (std::size_t r = 0; r < sheet.rows.size(); ++r)
                write_cell(ws, static_cast<lxw_row_t>(r + 1), col, sheet.rows[r][i], cells, sheet.name);
        }
        worksheet_set_row(ws, 0, 30.0, nullptr);
    }

    // The lists behind long drop-downs, on a hidden sheet written last.
    void list_sheet() {
        if (lists_.empty())
            return;
        lxw_worksheet* ws = workbook_add_worksheet(workbook_, kListSheet);
        for (const auto& [column, choices] : list_columns_) {
            check(worksheet_write_string(ws, 0, column, choices.front().c_str(), nullptr), "daftar");
            for (std::size_t r = 1; r < choices.size(); ++r)
                check(worksheet_write_string(ws, static_cast<lxw_row_t>(r), column, choices[r].c_str(),
                                             nullptr),
                      "daftar");
        }
        worksheet_hide(ws);
    }

  private:
    // Printable as filled in: A4, one page wide.
    static void print_setup(lxw_worksheet* ws, bool landscape) {
        worksheet_set_paper(ws, 9);
        if (landscape)
            worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
    }

    lxw_format* header_format(lxw_color_t fill, lxw_color_t font) {
        lxw_format* f = workbook_add_format(workbook_);
        format_set_bold(f);
        format_set_bg_color(f, fill);
        format_set_font_color(f, font);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        return f;
    }

    lxw_format* cell_format(FormFormat format) {
        auto it = cell_formats_.find(format);
        if (it != cell_formats_.end())
            return it->second;
        lxw_format* f = workbook_add_format(workbook_);
        switch (format) {
            case FormFormat::Text:
                format_set_num_format(f, "@");
                break;
            case FormFormat::General:
                break;
            case FormFormat::Decimal:
                format_set_num_format(f, "#,##0.00##");
                break;
            case FormFormat::Rupiah:
                format_set_num_format(f, "#,##0");
                break;
            case FormFormat::Year:
            case FormFormat::Whole:
                format_set_num_format(f, "0");
                break;
        }
        cell_formats_[format] = f;
        return f;
    }

    void write_cell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const FormCell& cell, lxw_format* format,
                    const std::string& sheet) {
        switch (cell.kind) {
            case FormCell::Kind::Empty:
                return;
            case FormCell::Kind::Text:
                check(worksheet_write_string(ws, row, col, cell.text.c_str(), format), sheet);
                return;
            case FormCell::Kind::Number:
                check(worksheet_write_number(ws, row, col, cell.number, format), sheet);
                return;
        }
    }

    void validate(lxw_worksheet* ws, lxw_col_t col, const FormColumn& column) {
        lxw_data_validation v = {};
        std::string formula;
        std::vector<const char*> inline_list;
        std::string error;
        if (!column.choices.empty()) {
            std::size_t length = 0;
            for (const std::string& c : column.choices)
                length += c.size() + 1;
            if (length < kInlineListLimit) {
                v.validate = LXW_VALIDATION_TYPE_LIST;
                for (const std::string& c : column.choices)
                    inline_list.push_back(c.c_str());
                inline_list.push_back(nullptr);
                v.value_list = const_cast<char**>(inline_list.data());
            } else {
                v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
                formula = list_range(column.choices);
                v.value_formula = formula.data();
            }
            error = "Pilih salah satu isian dari daftar.";
        } else {
            switch (column.format) {
                case FormFormat::Text:
                case FormFormat::General:
                    return;
                case FormFormat::Decimal:
                    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
                    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                    v.minimum_number = -1e15;
                    v.maximum_number = 1e15;
                    error = "Angka diharapkan, mis. 70,58.";
                    break;
                case FormFormat::Rupiah:
                    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
                    v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                    v.value_number = 0;
                    error = "Rupiah penuh diharapkan, tanpa sen.";
                    break;
                case FormFormat::Year:
                    v.validate = LXW_VALIDATION_TYPE_INTEGER;
                    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                    v.minimum_number = 1990;
                    v.maximum_number = 2100;
                    error = "Tahun 1990-2100 diharapkan.";
                    break;
                case FormFormat::Whole:
                    v.validate = LXW_VALIDATION_TYPE_INTEGER;
                    v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                    v.value_number = 0;
                    error = "Bilangan bulat 0, 1, 2, ... diharapkan.";
                    break;
            }
        }
        v.error_message = error.data();
        check(worksheet_data_validation_range(ws, 1, col, kLastFormRow, col, &v),
              "validasi " + column.header);
    }

    // "=Daftar!$A$1:$A$35": the choices put in a column of the list sheet (the same list once).
    std::string list_range(const std::vector<std::string>& choices) {
        auto it = lists_.find(choices);
        lxw_col_t column = 0;
        if (it == lists_.end()) {
            column = static_cast<lxw_col_t>(lists_.size());
            lists_.emplace(choices, column);
            list_columns_.emplace(column, choices);
        } else {
            column = it->second;
        }
        const std::string letters = column_letters(column);
        return "=" + std::string(kListSheet) + "!$" + letters + "$1:$" + letters + "$" +
               std::to_string(choices.size());
    }

    lxw_workbook* workbook_;
    std::string path_;
    lxw_format* header_required_ = nullptr;
    lxw_format* header_optional_ = nullptr;
    std::map<FormFormat, lxw_format*> cell_formats_;
    std::map<std::vector<std::string>, lxw_col_t> lists_;
    std::map<lxw_col_t, std::vector<std::string>> list_columns_;
};

}  // namespace

void render_input_form(const table::InputForm& form, const std::string& path, std::time_t created) {
    WorkbookFile file(path);
    lxw_workbook* workbook = file.get();
    std::string title = form.title;
    lxw_doc_properties properties = {};
    properties.title = title.data();
    properties.created = created;
    FormWriter writer(workbook, path);
    writer.check(workbook_set_properties(workbook, &properties), "properti");
    writer.instructions(form);
    for (const FormSheet& sheet : form.sheets)
        writer.data_sheet(sheet);
    writer.list_sheet();
    file.close();
}

}  // namespace lkjip::render::xlsx
