#pragma once
// One OPD's input, from either of its two forms: a folder of CSV files and a profile (fixtures/README.md),
// or an input workbook (.xlsx, written by `lkjip init --xlsx`). Both go through the same table readers
// (input_tables.hpp), so they accept the same data and report the same problems.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "input/input_tables.hpp"
#include "input/property_file.hpp"
#include "input/read_context.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

struct InputRead {
    model::Opd opd;
    PropertyMap konvensi;  // the profile's [konvensi] section
    // A workbook's "Angka Tercetak" sheet, kept unread: only `lkjip audit` reads printed figures. A folder
    // keeps them in angka_tercetak.csv, which the audit reads itself.
    std::optional<CsvTable> printed_sheet;
    // Problems of that sheet's cells (a formula error): reported by the audit, which reads it, not by the
    // commands that do not, as an angka_tercetak.csv only troubles the audit.
    Diagnostics printed_sheet_diagnostics;
    bool workbook = false;
};

// True for a path naming an .xlsx file (by its extension, any case).
bool is_workbook_path(std::string_view path);

// Reads a folder, or a workbook when `path` ends in .xlsx. Never throws InputError for data problems:
// they go to `diagnostics` (the model then holds what could be read). Throws InputError only when the
// input itself cannot be used (missing, not a folder, not a workbook).
InputRead read_input(const std::string& path, Diagnostics& diagnostics, const CsvLimits& limits = {});

// What both forms share. `fetch` gives a table's content, or nothing when the form does not have it;
// `report_missing` reports a required table that is not there.
void read_opd_tables(ReadContext& ctx, const std::function<std::optional<CsvTable>(const InputTable&)>& fetch,
                     const std::function<void(const InputTable&)>& report_missing);
// The profile's keys into the model; its konvensi section kept for the conventions.
void apply_profile(const PropertyMap& map, InputRead& out, Diagnostics& diagnostics);
// Checks that need everything read (program links, targets and realisasi of year N).
void finish_opd(ReadContext& ctx);

}  // namespace lkjip::input
