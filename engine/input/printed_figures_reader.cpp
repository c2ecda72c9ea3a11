#include "input/printed_figures_reader.hpp"

#include <algorithm>

#include "input/csv_reader.hpp"
#include "input/csv_table_reader.hpp"
#include "input/input_tables.hpp"
#include "input/property_file.hpp"
#include "quantity/vocabulary.hpp"

namespace lkjip::input {

const std::vector<std::string>& printed_quantities() {
    static const std::vector<std::string> names = quantity::keys();
    return names;
}

std::vector<model::PrintedFigure> read_printed_figures(std::string_view content, const std::string& file,
                                                       Diagnostics& diagnostics) {
    try {
        return read_printed_figures(read_csv(content, file), diagnostics);
    } catch (const InputError& e) {
        diagnostics.add(e.diagnostic());
        return {};
    }
}

std::vector<model::PrintedFigure> read_printed_figures(const CsvTable& table, Diagnostics& diagnostics) {
    std::vector<model::PrintedFigure> out;
    CsvTableReader reader(table, column_specs(input_table("angka_tercetak.csv")), diagnostics);
    if (!reader.usable())
        return out;
    for (const CsvRow& row : table.rows) {
        model::PrintedFigure f;
        f.tabel = reader.required_text(row, "tabel");
        f.halaman = reader.text(row, "halaman");
        f.objek = reader.required_text(row, "objek");
        f.besaran = std::string(quantity::canonical_key(reader.required_text(row, "besaran")));
        f.nilai = reader.required_text(row, "nilai");
        f.catatan = reader.text(row, "catatan");
        f.where = reader.where(row, "nilai");
        if (const auto year = reader.year(row, "tahun"))
            f.tahun = *year;
        const auto& known = printed_quantities();
        if (!f.besaran.empty() && std::find(known.begin(), known.end(), f.besaran) == known.end()) {
            std::string message = "besaran tidak dikenal: \"" + f.besaran + "\"";
            if (const std::string hint = suggest(f.besaran, known); !hint.empty())
                message += "; maksud Anda \"" + hint + "\"?";
            reader.error(row, "besaran", message + " (daftar: fixtures/README.md)");
            continue;
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace lkjip::input
