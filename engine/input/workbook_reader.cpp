#include "input/workbook_reader.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/text.hpp"
#include "input/xlsx/workbook.hpp"

namespace lkjip::input {

namespace {

// Sheets a workbook may carry besides the data: the instructions and the hidden lists behind drop-downs.
const std::vector<std::string> kHelperSheets = {"petunjuk", "daftar"};

const xlsx::SheetRow* header_row(const xlsx::Sheet& sheet) {
    return sheet.rows.empty() ? nullptr : &sheet.rows.front();
}

std::vector<std::string> header_names(const xlsx::SheetRow& row) {
    std::vector<std::string> out;
    for (const xlsx::SheetCell& c : row.cells)
        out.push_back(text::normalize_key(c.text));
    return out;
}

// A header fits a table when it has every required column and nothing the table does not know.
bool header_fits(const std::vector<std::string>& names, const InputTable& table) {
    for (const InputColumn& c : table.columns) {
        if (c.required && std::find(names.begin(), names.end(), c.name) == names.end())
            return false;
    }
    for (const std::string& name : names) {
        const bool known = std::any_of(table.columns.begin(), table.columns.end(),
                                       [&](const InputColumn& c) { return c.name == name; });
        if (!known && !(table.renstra_years && is_year_column(name)))
            return false;
    }
    return true;
}

bool profile_header(const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), "kunci") != names.end() &&
           std::find(names.begin(), names.end(), "nilai") != names.end();
}

std::string file_stem(const std::string& file) {
    return file.substr(0, file.rfind('.'));
}

// Which sheet holds which table: by name first ("Indikator", or the CSV name "indikator"), then, for a
// renamed sheet, by its header. Keys are table file names, and "profil" for the profile.
class SheetMap {
  public:
    SheetMap(const xlsx::Workbook& workbook, Diagnostics& diagnostics) : diagnostics_(diagnostics) {
        std::vector<const xlsx::Sheet*> unnamed;
        for (const xlsx::Sheet& sheet : workbook.sheets) {
            const std::string name = text::normalize_key(sheet.name);
            if (name == text::normalize_key(kProfileSheet)) {
                assign("profil", sheet, workbook.file);
                continue;
            }
            const InputTable* by_name = nullptr;
            for (const InputTable& t : input_tables()) {
                if (name == text::normalize_key(t.sheet) || name == file_stem(t.file))
                    by_name = &t;
            }
            if (by_name)
                assign(by_name->file, sheet, workbook.file);
            else
                unnamed.push_back(&sheet);
        }
        for (const xlsx::Sheet* sheet : unnamed)
            place_by_header(*sheet, workbook.file);
    }

    const xlsx::Sheet* find(const std::string& key) const {
        auto it = sheets_.find(key);
        return it == sheets_.end() ? nullptr : it->second;
    }

  private:
    void assign(const std::string& key, const xlsx::Sheet& sheet, const std::string& file) {
        auto [it, inserted] = sheets_.emplace(key, &sheet);
        if (!inserted) {
            SourceLocation where = SourceLocation::in_file(file);
            where.sheet = sheet.name;
            diagnostics_.error(where, "lembar ini dan lembar \"" + it->second->name + "\" sama-sama berisi " +
                                          (key == "profil" ? std::string("profil") : "tabel " + key) +
                                          ": hapus atau ganti nama salah satunya");
        }
    }

    void place_by_header(const xlsx::Sheet& sheet, const std::string& file) {
        const std::string name = text::normalize_key(sheet.name);
        if (std::find(kHelperSheets.begin(), kHelperSheets.end(), name) != kHelperSheets.end())
            return;
        const xlsx::SheetRow* header = header_row(sheet);
        if (!header)
            return;  // an empty sheet the user added
        const std::vector<std::string> names = header_names(*header);
        std::vector<std::string> fits;
        if (profile_header(names))
            fits.push_back("profil");
        for (const InputTable& t : input_tables()) {
            if (header_fits(names, t))
                fits.push_back(t.file);  // when already found by name, assign() reports the second sheet
        }
        SourceLocation where = SourceLocation::in_file(file);
        where.sheet = sheet.name;
        if (fits.size() == 1) {
            assign(fits.front(), sheet, file);
            return;
        }
        std::string message = "lembar tidak dikenal, diabaikan: namanya bukan nama lembar masukan (";
        for (const InputTable& t : input_tables())
            message += t.sheet + ", ";
        message += std::string(kProfileSheet) + ")";
        message += fits.empty() ? " dan judul kolomnya tidak cocok dengan tabel mana pun"
                                : " dan judul kolomnya cocok dengan lebih dari satu tabel";
        diagnostics_.warning(where, message);
    }

    Diagnostics& diagnostics_;
    std::map<std::string, const xlsx::Sheet*> sheets_;
};

// A cell's text as the table readers take it; a formula error or an uncalculated formula is reported
// here and read as empty, so the reader does not report it a second time as a bad number.
std::string cell_text(const xlsx::SheetCell& cell, const CsvTable& table, std::size_t row,
                      Diagnostics& diagnostics) {
    if (cell.kind == xlsx::CellKind::Error) {
        diagnostics.error(table.at(row, cell.column), "sel berisi galat rumus " + cell.text);
        return {};
    }
    if (cell.kind == xlsx::CellKind::Uncached) {
        diagnostics.error(
            table.at(row, cell.column),
            "rumus tanpa nilai tersimpan: buka dan simpan ulang buku kerja di Excel atau LibreOffice");
        return {};
    }
    if (cell.kind == xlsx::CellKind::Number) {
        // Excel keeps 15 significant digits: a longer number (a NIP typed into a number cell) has already
        // lost its last digits, and reading it would pass off the rounded number as the data.
        const std::string_view whole = std::string_view(cell.text).substr(0, cell.text.find(','));
        const auto digits =
            std::count_if(whole.begin(), whole.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits > 15) {
            diagnostics.error(table.at(row, cell.column),
                              "angka lebih dari 15 digit tidak tersimpan utuh (terbaca " + cell.text +
                                  "): format sel sebagai Teks lalu ketik ulang");
            return {};
        }
    }
    return std::string(text::trim(cell.text));
}

// A data sheet as a table: its first row is the header, the rest are rows; every cell keeps its sheet
// row and column. A repeated header name is reported and its second column left out.
CsvTable sheet_table(const xlsx::Sheet& sheet, const std::string& file, Diagnostics& diagnostics) {
    CsvTable table;
    table.file = file;
    table.sheet = sheet.name;
    const xlsx::SheetRow* header = header_row(sheet);
    if (!header) {
        table.header_line = 1;
        return table;  // an empty sheet: an empty table, which the readers accept or report
    }
    table.header_line = header->row;
    std::map<std::size_t, std::size_t> index_of_column;  // sheet column -> header index
    std::set<std::string> names;                         // 16.384 header cells: no pairwise scan
    for (const xlsx::SheetCell& c : header->cells) {
        const std::string name = text::normalize_key(c.text);
        if (name.empty())
            continue;  // an empty-looking header cell (spaces only) is no column
        if (!names.insert(name).second) {
            diagnostics.error(table.at(header->row, c.column), "judul kolom \"" + name + "\" ganda");
            continue;
        }
        index_of_column[c.column] = table.header.size();
        table.header.push_back(name);
        table.header_columns.push_back(c.column);
    }
    for (auto row = sheet.rows.begin() + 1; row != sheet.rows.end(); ++row) {
        CsvRow out;
        out.line = row->row;
        out.cells.resize(table.header.size());
        for (std::size_t i = 0; i < table.header.size(); ++i)
            out.cells[i] = CsvCell{{}, row->row, table.header_columns[i]};
        bool any = false;
        for (const xlsx::SheetCell& c : row->cells) {
            std::string value = cell_text(c, table, row->row, diagnostics);
            // As in a CSV file: a line break typed in a cell is text, other control characters are not.
            if (auto problem = text::text_field_problem(value, true)) {
                diagnostics.error(table.at(row->row, c.column), *problem);
                value.clear();
            }
            auto column = index_of_column.find(c.column);
            if (column == index_of_column.end()) {
                if (!value.empty()) {
                    diagnostics.error(table.at(row->row, c.column),
                                      "isian di kolom tanpa judul; beri judul kolom atau hapus isiannya");
                }
                continue;
            }
            out.cells[column->second].text = value;
            any = any || !value.empty();
        }
        if (!any || out.cells.front().text.rfind('#', 0) == 0)
            continue;  // an empty row, or a comment row as in the CSV files
        table.rows.push_back(std::move(out));
    }
    return table;
}

// "rpjmd.misi.1" makes "rpjmd.misi" a list, as a repeated JSON array or XML element would.
void mark_lists(PropertyMap& map, const std::string& key) {
    std::size_t from = 0;
    while (true) {
        const std::size_t dot = key.find('.', from);
        if (dot == std::string::npos)
            return;
        const std::size_t next = key.find('.', dot + 1);
        const std::string segment =
            key.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
        if (!segment.empty() &&
            std::all_of(segment.begin(), segment.end(), [](char c) { return c >= '0' && c <= '9'; }))
            map.lists.insert(key.substr(0, dot));
        from = dot + 1;
    }
}

// The Profil sheet (kunci, nilai, keterangan) as the property map the profile reader takes.
std::optional<PropertyMap> profile_map(const xlsx::Sheet& sheet, const std::string& file,
                                       Diagnostics& diagnostics) {
    const CsvTable table = sheet_table(sheet, file, diagnostics);
    const int key_index = table.column_index("kunci");
    const int value_index = table.column_index("nilai");
    bool usable = key_index >= 0 && value_index >= 0;
    if (!usable)
        diagnostics.error(table.at(table.header_line), "kolom wajib \"kunci\" dan \"nilai\" diharapkan");
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string& name = table.header[i];
        if (name != "kunci" && name != "nilai" && name != "keterangan") {
            diagnostics.error(
                table.at(table.header_line, table.header_column(i)),
                "kolom \"" + name + "\" tidak dikenal; lembar Profil berkolom kunci, nilai, keterangan");
        }
    }
    if (!usable)
        return std::nullopt;
    PropertyMap map;
    map.file = file;
    std::map<std::string, std::size_t> seen;
    for (const CsvRow& row : table.rows) {
        const CsvCell& key = row.cells[static_cast<std::size_t>(key_index)];
        const CsvCell& value = row.cells[static_cast<std::size_t>(value_index)];
        if (key.text.empty()) {
            if (!value.text.empty())
                diagnostics.error(table.at(row.line, key.column),
                                  "kunci kosong untuk nilai \"" + value.text + "\"");
            continue;
        }
        if (auto [it, inserted] = seen.emplace(key.text, row.line); !inserted) {
            diagnostics.error(table.at(row.line, key.column),
                              "kunci \"" + key.text + "\" sudah ada di baris " + std::to_string(it->second));
            continue;
        }
        map.entries.push_back(Property{key.text, value.text, row.line, file, sheet.name, value.column});
        mark_lists(map, key.text);
    }
    map.reindex();
    return map;
}

}  // namespace

InputRead read_workbook_input(const std::string& path, Diagnostics& diagnostics, const CsvLimits& limits) {
    xlsx::WorkbookLimits workbook_limits;
    workbook_limits.max_file_bytes = limits.max_file_bytes;
    workbook_limits.max_rows = limits.max_rows;
    return read_workbook_sheets(xlsx::read_workbook_file(path, workbook_limits), diagnostics);
}

InputRead read_workbook_sheets(const xlsx::Workbook& workbook, Diagnostics& diagnostics) {
    const std::string& path = workbook.file;
    InputRead out;
    out.workbook = true;
    out.opd.folder = path;
    const SheetMap sheets(workbook, diagnostics);
    if (const xlsx::Sheet* profile = sheets.find("profil")) {
        if (std::optional<PropertyMap> map = profile_map(*profile, path, diagnostics))
            apply_profile(*map, out, diagnostics);
    } else {
        diagnostics.error(SourceLocation::in_file(path),
                          "lembar Profil tidak ada (kolom kunci, nilai, keterangan)");
    }
    ReadContext ctx{out.opd, diagnostics, {}};
    read_opd_tables(
        ctx,
        [&](const InputTable& t) -> std::optional<CsvTable> {
            const xlsx::Sheet* sheet = sheets.find(t.file);
            if (!sheet)
                return std::nullopt;
            return sheet_table(*sheet, path, diagnostics);
        },
        [&](const InputTable& t) {
            std::string columns;
            for (const InputColumn& c : t.columns)
                columns += (columns.empty() ? "" : ", ") + c.name;
            diagnostics.error(SourceLocation::in_file(path), "lembar wajib \"" + t.sheet + "\" tidak ada (" +
                                                                 t.purpose + "; kolom: " + columns + ")");
        });
    finish_opd(ctx);
    if (const xlsx::Sheet* printed = sheets.find("angka_tercetak.csv"))
        out.printed_sheet = sheet_table(*printed, path, out.printed_sheet_diagnostics);
    return out;
}

}  // namespace lkjip::input
