#pragma once
// The tables of one OPD's input, once: their file names in a folder, their sheet names in an input
// workbook, their columns (what the readers accept, what the workbook explains and validates) and the
// order they are read in. The folder reader, the workbook reader and `lkjip init --xlsx` all use this
// catalogue, so a column added here is accepted, documented and offered everywhere.
#include <string>
#include <string_view>
#include <vector>

#include "input/csv_reader.hpp"
#include "input/csv_table_reader.hpp"
#include "input/read_context.hpp"

namespace lkjip::input {

// What a column holds: decides how the workbook formats and validates it, and how `init --xlsx --from`
// writes a folder's cell (a number where the column is numeric, text otherwise).
enum class ValueType {
    Text,     // free text
    Code,     // a code (`IKU1.1`, `2.17.03`): kept as text so Excel never turns it into a number or date
    Choice,   // one of `choices`
    Decimal,  // a number, decimals allowed
    Target,   // a number or a range (`80 - 90`)
    Rupiah,   // whole rupiah
    Year,     // a year
    Whole,    // a whole number (revisi)
    Date,     // YYYY-MM-DD
};

struct InputColumn {
    std::string name;  // the header, as in the CSV file
    bool required = false;
    ValueType type = ValueType::Text;
    std::string help;                  // one line in Bahasa Indonesia, shown as the header's comment
    std::vector<std::string> choices;  // for ValueType::Choice
};

using TableReadFn = void (*)(const CsvTable&, ReadContext&);

struct InputTable {
    std::string file;   // "indikator.csv"
    std::string sheet;  // "Indikator"
    bool required = false;
    std::string purpose;  // what the table holds, one line in Bahasa Indonesia
    std::vector<InputColumn> columns;
    bool renstra_years = false;  // plus one Target column per year of the Renstra period
    TableReadFn read = nullptr;  // null for angka_tercetak.csv, which only `lkjip audit` reads
};

// Every table, in reading order (references point to what was read before); angka_tercetak.csv last.
const std::vector<InputTable>& input_tables();

// The table of a file name ("tujuan.csv"). The name must be one of input_tables().
const InputTable& input_table(std::string_view file);

// A Renstra year column's header: four digits ("2021").
bool is_year_column(std::string_view name);

// The names a profile may have in a folder, in the order they are looked for.
const std::vector<std::string>& profile_file_names();

// The column list a CsvTableReader checks a header against.
std::vector<ColumnSpec> column_specs(const InputTable& table);

// The profile as a sheet: one row per key. Sheet "Profil", columns kunci, nilai, keterangan.
inline constexpr std::string_view kProfileSheet = "Profil";
struct ProfileKeyHelp {
    std::string key;  // "opd.nama"
    std::string help;
};
// The profile keys a workbook lists, in order, with their explanation.
const std::vector<ProfileKeyHelp>& profile_key_help();

}  // namespace lkjip::input
