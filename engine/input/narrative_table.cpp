#include "input/narrative_table.hpp"

#include <algorithm>

#include "input/csv_table_reader.hpp"
#include "input/input_tables.hpp"
#include "input/property_file.hpp"
#include "model/narrative.hpp"

namespace lkjip::input {

namespace {

std::vector<std::string> section_keys() {
    std::vector<std::string> out;
    for (const model::NarrativeSection& s : model::narrative_sections())
        out.emplace_back(s.key);
    return out;
}

}  // namespace

void read_narasi(const CsvTable& table, ReadContext& ctx) {
    model::Opd& opd = ctx.opd;
    CsvTableReader r(table, column_specs(input_table("narasi.csv")), ctx.diagnostics);
    // An empty table (the workbook's Narasi sheet before anyone wrote in it) is no narrative yet.
    opd.narasi_given = !table.rows.empty();
    opd.narasi_where = table.sheet.empty() ? SourceLocation::in_file(table.file) : table.at(0);
    if (!r.usable())
        return;
    const std::vector<std::string> keys = section_keys();
    for (const CsvRow& row : table.rows) {
        const std::string bagian = r.required_text(row, "bagian");
        const std::string kode = r.text(row, "kode");
        const std::string teks = r.required_text(row, "teks");
        if (bagian.empty() || teks.empty())
            continue;
        const model::NarrativeSection* section = model::find_narrative_section(bagian);
        if (!section) {
            std::string message = "bagian \"" + bagian + "\" tidak dikenal";
            if (const std::string hint = suggest(bagian, keys); !hint.empty())
                message += "; maksud Anda " + hint + "?";
            r.error(row, "bagian", message);
            continue;
        }
        if (section->scope == model::NarrativeScope::Iku) {
            if (kode.empty()) {
                r.error(row, "kode", "bagian \"" + bagian + "\" ditulis per IKU: kode IKU diharapkan");
                continue;
            }
            const model::Indicator* indicator = opd.find_indicator(kode);
            if (!indicator || indicator->level != model::IndicatorLevel::Sasaran) {
                r.error(row, "kode", "kode \"" + kode + "\" bukan IKU (indikator sasaran) di indikator.csv");
                continue;
            }
        } else if (section->scope == model::NarrativeScope::Triwulan) {
            if (kode != "1" && kode != "2" && kode != "3" && kode != "4") {
                r.error(row, "kode",
                        "bagian \"" + bagian +
                            "\" ditulis per triwulan: kode 1, 2, 3 atau 4 diharapkan, ditemukan \"" + kode +
                            "\"");
                continue;
            }
        } else if (!kode.empty()) {
            r.warning(row, "kode", "bagian \"" + bagian + "\" berlaku untuk seluruh OPD: kode diabaikan");
        }
        const std::string key = section->scope == model::NarrativeScope::Opd ? std::string() : kode;
        auto same = std::find_if(opd.narasi.begin(), opd.narasi.end(), [&](const model::NarrativeBlock& b) {
            return b.bagian == bagian && b.kode == key;
        });
        if (same != opd.narasi.end())
            same->teks += "\n\n" + teks;  // a further paragraph of the same block
        else
            opd.narasi.push_back(model::NarrativeBlock{bagian, key, teks, r.where(row)});
    }
}

void check_narrative_complete(const model::Opd& opd, Diagnostics& diagnostics) {
    if (!opd.narasi_given)
        return;
    const SourceLocation& file = opd.narasi_where;
    for (const model::NarrativeSection& s : model::narrative_sections()) {
        // The Ikhtisar is generated (the staff's addition is optional); the Renja evaluation's blocks belong
        // to `lkjip evaluasi`, not to the LKjIP.
        if (s.key == "ikhtisar" || s.scope == model::NarrativeScope::Triwulan)
            continue;
        if (s.scope == model::NarrativeScope::Opd) {
            if (!model::find_narrative(opd.narasi, s.key))
                diagnostics.warning(file, "bagian \"" + std::string(s.key) + "\" (" + std::string(s.title) +
                                              ") belum ditulis: dokumen memuat penanda tempat");
            continue;
        }
        for (const model::Indicator& i : opd.indicators) {
            if (i.level == model::IndicatorLevel::Sasaran &&
                !model::find_narrative(opd.narasi, s.key, i.kode))
                diagnostics.warning(file, "bagian \"" + std::string(s.key) + "\" untuk " + i.kode +
                                              " belum ditulis: dokumen memuat penanda tempat");
        }
    }
}

}  // namespace lkjip::input
