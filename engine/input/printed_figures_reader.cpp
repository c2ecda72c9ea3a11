#include "input/printed_figures_reader.hpp"

#include <algorithm>

#include "input/csv_reader.hpp"
#include "input/csv_table_reader.hpp"
#include "input/input_tables.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

const std::vector<std::string>& printed_quantities() {
    static const std::vector<std::string> names = {
        "target",
        "realisasi",
        "capaian",
        "target_renstra",
        "target_akhir_renstra",
        "kondisi_awal",
        "tingkat_kemajuan",
        "target_nasional",
        "realisasi_nasional",
        "pembilang",
        "penyebut",
        "bukan_pembilang",
        "kenaikan_pembilang",
        "kenaikan_penyebut",
        "perubahan_capaian",
        "predikat",
        "atribut",
        "pagu_murni",
        "pagu_perubahan",
        "pagu",
        "realisasi_anggaran",
        "serapan",
        "selisih_anggaran",
        "efisiensi",
        "kategori_efisiensi",
        "pagu_terbilang",
        "pagu_murni_terbilang",
        "pagu_perubahan_terbilang",
        "realisasi_anggaran_terbilang",
        "jumlah_tujuan",
        "jumlah_sasaran",
        "jumlah_iku",
        "jumlah_program",
        "jumlah_kegiatan",
        "jumlah_sub_kegiatan",
    };
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
        f.besaran = reader.required_text(row, "besaran");
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
