#include "input/input_form.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/diagnostic.hpp"
#include "core/embedded_files.hpp"
#include "input/csv_reader.hpp"
#include "input/file_access.hpp"
#include "input/input_tables.hpp"
#include "input/number_parser.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

namespace {

using table::FormCell;
using table::FormColumn;
using table::FormFormat;
using table::FormSheet;

FormFormat format_of(ValueType type) {
    switch (type) {
        case ValueType::Text:
        case ValueType::Code:
        case ValueType::Choice:
        case ValueType::Date:  // written YYYY-MM-DD, as in the CSV files
            return FormFormat::Text;
        case ValueType::Decimal:
            return FormFormat::Decimal;
        case ValueType::Target:
            return FormFormat::General;
        case ValueType::Rupiah:
            return FormFormat::Rupiah;
        case ValueType::Year:
            return FormFormat::Year;
        case ValueType::Whole:
            return FormFormat::Whole;
    }
    return FormFormat::Text;
}

double width_of(const InputColumn& c) {
    if (c.name == "nama" || c.name == "uraian" || c.name == "formula" || c.name == "catatan" ||
        c.name == "keterangan_nasional")
        return 48.0;
    switch (c.type) {
        case ValueType::Rupiah:
            return 18.0;
        case ValueType::Year:
        case ValueType::Whole:
            return 9.0;
        default:
            return 14.0;
    }
}

FormColumn form_column(const InputColumn& c) {
    return {c.name, c.help, format_of(c.type), c.choices, c.required, width_of(c)};
}

// A folder's cell as the workbook holds it: a number where the column is numeric and the text reads as
// one, so Excel computes with it; anything else as the text it is, so that reading the workbook back
// reports the same problem reading the folder does.
FormCell form_cell(const std::string& text, ValueType type) {
    if (text.empty())
        return {};
    switch (type) {
        case ValueType::Decimal:
        case ValueType::Target: {
            const input::DecimalParse p = input::parse_decimal(text);
            if (p.status == input::ParseStatus::Ok)
                return FormCell::of_number(p.value);
            break;
        }
        case ValueType::Rupiah: {
            const input::RupiahParse p = input::parse_rupiah(text);
            if (p.status == input::ParseStatus::Ok)
                return FormCell::of_number(static_cast<double>(p.rupiah));
            break;
        }
        case ValueType::Year:
        case ValueType::Whole: {
            const input::DecimalParse p = input::parse_decimal(text);
            if (p.status == input::ParseStatus::Ok && p.decimals == 0)
                return FormCell::of_number(p.value);
            break;
        }
        default:
            break;
    }
    return FormCell::of_text(text);
}

// The Renstra year columns: those of the folder's renstra.csv, else the profile's period.
std::vector<std::string> renstra_years(const input::CsvTable* renstra, const input::PropertyMap& profile) {
    std::vector<std::string> years;
    if (renstra) {
        for (const std::string& name : renstra->header) {
            if (input::is_year_column(name))
                years.push_back(name);
        }
        return years;
    }
    const input::Property* awal = profile.find("renstra.awal");
    const input::Property* akhir = profile.find("renstra.akhir");
    if (!awal || !akhir)
        return years;
    const input::DecimalParse from = input::parse_decimal(awal->value);
    const input::DecimalParse to = input::parse_decimal(akhir->value);
    if (from.status != input::ParseStatus::Ok || to.status != input::ParseStatus::Ok ||
        to.value < from.value || to.value - from.value > 10)
        return years;
    for (int y = static_cast<int>(from.value); y <= static_cast<int>(to.value); ++y)
        years.push_back(std::to_string(y));
    return years;
}

FormSheet table_sheet(const InputTable& t, const input::CsvTable* csv, const input::PropertyMap& profile) {
    FormSheet sheet;
    sheet.name = t.sheet;
    sheet.purpose = t.purpose;
    std::vector<ValueType> types;
    for (const InputColumn& c : t.columns) {
        sheet.columns.push_back(form_column(c));
        types.push_back(c.type);
    }
    if (t.renstra_years) {
        for (const std::string& y : renstra_years(csv, profile)) {
            sheet.columns.push_back({y,
                                     "Target tahun " + y + ": angka atau rentang (80 - 90)",
                                     FormFormat::General,
                                     {},
                                     true,
                                     10.0});
            types.push_back(ValueType::Target);
        }
    }
    if (!csv)
        return sheet;
    // Columns the catalogue does not know are kept, so that reading the workbook reports them as reading
    // the folder does.
    for (const std::string& name : csv->header) {
        const bool listed = std::any_of(sheet.columns.begin(), sheet.columns.end(),
                                        [&](const FormColumn& c) { return c.header == name; });
        if (!listed) {
            sheet.columns.push_back({name, "", FormFormat::Text, {}, false, 14.0});
            types.push_back(ValueType::Text);
        }
    }
    for (const input::CsvRow& row : csv->rows) {
        std::vector<FormCell> cells;
        for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
            const int index = csv->column_index(sheet.columns[i].header);
            const std::string text =
                index < 0 ? std::string() : row.cells[static_cast<std::size_t>(index)].text;
            cells.push_back(form_cell(text, types[i]));
        }
        sheet.rows.push_back(std::move(cells));
    }
    return sheet;
}

const input::ProfileKeyHelp* help_of(const std::string& key) {
    for (const input::ProfileKeyHelp& h : input::profile_key_help()) {
        if (h.key == key)
            return &h;
    }
    return nullptr;
}

// One row per key: the documented keys first, in their order (empty when the profile lacks them, so the
// user sees what to fill in), each misi after the first, then the rest (konvensi overrides) as written.
FormSheet profile_sheet(const input::PropertyMap& profile) {
    FormSheet sheet;
    sheet.name = std::string(input::kProfileSheet);
    sheet.purpose = "profil OPD: nama, kepala, periode Renstra, visi dan misi, penyesuaian konvensi";
    sheet.columns = {{"kunci", "Nama kunci profil; jangan diubah", FormFormat::Text, {}, true, 22.0},
                     {"nilai", "Isian", FormFormat::Text, {}, true, 70.0},
                     {"keterangan", "Penjelasan (tidak dibaca lkjip)", FormFormat::Text, {}, false, 50.0}};
    std::set<std::string> written;
    auto add = [&](const std::string& key, const std::string& value) {
        const input::ProfileKeyHelp* help = help_of(key);
        sheet.rows.push_back({FormCell::of_text(key), value.empty() ? FormCell{} : FormCell::of_text(value),
                              help ? FormCell::of_text(help->help) : FormCell{}});
        written.insert(key);
    };
    for (const input::ProfileKeyHelp& h : input::profile_key_help()) {
        const input::Property* p = profile.find(h.key);
        add(h.key, p ? p->value : std::string());
        if (h.key == "rpjmd.misi.1") {
            for (int i = 2; const input::Property* misi = profile.find("rpjmd.misi." + std::to_string(i));
                 ++i)
                add(misi->key, misi->value);
        }
    }
    for (const input::Property& p : profile.entries) {
        if (!written.count(p.key))
            add(p.key, p.value);
    }
    return sheet;
}

std::vector<std::string> instructions() {
    return {
        "Buku kerja ini adalah masukan lkjip untuk satu OPD dan satu tahun pelaporan: isinya sama dengan "
        "folder "
        "masukan (lihat fixtures/README.md).",
        "Baris pertama tiap lembar adalah judul kolom: jangan diubah. Nama lembar boleh diganti dan "
        "urutannya "
        "boleh diubah; lkjip mengenali lembar dari judul kolomnya.",
        "Arahkan kursor ke judul kolom untuk membaca penjelasannya. Judul berlatar biru tua wajib diisi; "
        "yang "
        "berlatar biru muda boleh kosong.",
        "Angka ditulis sebagai angka (70,58), uang dalam rupiah penuh tanpa sen. Sel kosong berarti datanya "
        "tidak ada, bukan nol.",
        "Kode (IKU1.1, 2.17.03) dan NIP disimpan sebagai teks agar tidak berubah menjadi angka atau tanggal.",
        "Baris yang sel pertamanya diawali # adalah catatan dan diabaikan.",
        "Setelah diisi, simpan sebagai .xlsx, lalu periksa: lkjip check BERKAS.xlsx; buat laporan: lkjip "
        "report "
        "BERKAS.xlsx -o KELUARAN.",
    };
}

}  // namespace

table::InputForm build_input_form(const InputFiles& files, const std::string& source) {
    const auto display = [&](const std::string& name) {
        return (std::filesystem::path(source) / name).lexically_normal().string();
    };
    input::PropertyMap profile;
    for (const std::string& name : input::profile_file_names()) {
        if (const std::optional<std::string> content = files(name)) {
            const std::string path = display(name);
            profile = input::read_properties(*content, path, input::format_from_extension(path), "profil");
            break;
        }
    }
    table::InputForm form;
    const input::Property* opd = profile.find("opd.nama");
    const input::Property* pemda = profile.find("opd.pemda");
    const input::Property* tahun = profile.find("opd.tahun");
    form.title = "Masukan lkjip";
    if (opd)
        form.title +=
            ": " + opd->value + (pemda ? " " + pemda->value : "") + (tahun ? " Tahun " + tahun->value : "");
    if (tahun) {
        const input::DecimalParse year = input::parse_decimal(tahun->value);
        if (year.status == input::ParseStatus::Ok && year.value >= 1990 && year.value <= 2100)
            form.tahun = static_cast<int>(year.value);
    }
    form.instructions = instructions();
    form.sheets.push_back(profile_sheet(profile));
    for (const InputTable& t : input::input_tables()) {
        const std::optional<std::string> content = files(t.file);
        std::optional<input::CsvTable> csv;
        if (content)
            csv = input::read_csv(*content, display(t.file));
        form.sheets.push_back(table_sheet(t, csv ? &*csv : nullptr, profile));
    }
    return form;
}

InputFiles folder_files(const std::string& folder) {
    return [folder](const std::string& name) -> std::optional<std::string> {
        const std::string path = (std::filesystem::path(folder) / name).string();
        if (!input::file_exists(path))
            return std::nullopt;
        return input::read_text_file(path);
    };
}

InputFiles example_files() {
    return [](const std::string& name) -> std::optional<std::string> {
        if (const auto content = embedded::find("templates/kerangka-masukan/" + name))
            return std::string(*content);
        return std::nullopt;
    };
}

}  // namespace lkjip::input
