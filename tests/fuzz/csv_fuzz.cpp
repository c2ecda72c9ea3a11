// libFuzzer target: read_csv on arbitrary bytes, then the typed readers above it.
// A successful read must keep the promises of csv_reader.hpp; a failed one may only throw InputError.
// The table is then read as the input-folder table it most resembles, with the other tables of the Dumai
// fixture around it, so that references (induk, kode, tahun) resolve as they do in a real folder and the
// fuzzer gets past "unknown code" into the checks behind it.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "input/budget_tables.hpp"
#include "input/csv_reader.hpp"
#include "input/csv_table_reader.hpp"
#include "input/file_access.hpp"
#include "input/plan_tables.hpp"
#include "input/profile_reader.hpp"
#include "input/property_file.hpp"
#include "input/read_context.hpp"

namespace {

using lkjip::fuzz::require;
using lkjip::fuzz::valid_utf8;

using namespace lkjip;
using namespace lkjip::input;

struct Slot {
    const char* name;
    std::function<void(const CsvTable&, ReadContext&)> read;
    CsvTable fixture;
};

// The tables of an input folder in the order read_folder reads them, each with its fixture content.
struct Fixture {
    model::Profile profile;
    std::vector<Slot> slots;
};

const Fixture& fixture() {
    static const Fixture f = [] {
        const std::string dir = std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023/";
        Fixture out;
        Diagnostics ignored;
        const std::string ini = dir + "profil.ini";
        out.profile =
            read_profile(read_properties(read_text_file(ini), ini, PropertyFormat::Ini), ignored).profile;
        out.slots = {
            {"tujuan.csv", read_tujuan, {}},       {"sasaran.csv", read_sasaran, {}},
            {"anggaran.csv", read_anggaran, {}},   {"indikator.csv", read_indicators, {}},
            {"renstra.csv", read_renstra, {}},     {"perjanjian_kinerja.csv", read_perjanjian_kinerja, {}},
            {"realisasi.csv", read_realisasi, {}}, {"belanja.csv", read_belanja, {}},
        };
        for (Slot& s : out.slots) {
            const std::string path = dir + s.name;
            s.fixture = read_csv(read_text_file(path), path);
        }
        return out;
    }();
    return f;
}

// The slot whose fixture header shares the most names with `header` (ties: the earlier table).
std::size_t closest_slot(const std::vector<std::string>& header) {
    std::size_t best = 0;
    long best_score = 0;
    const auto& slots = fixture().slots;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const auto& known = slots[i].fixture.header;
        long common = 0;
        for (const std::string& name : header) {
            for (const std::string& k : known)
                common += name == k ? 1 : 0;
        }
        const long score = 2 * common - static_cast<long>(known.size() + header.size());
        if (i == 0 || score > best_score) {
            best = i;
            best_score = score;
        }
    }
    return best;
}

void check_table(const CsvTable& table, const CsvLimits& limits) {
    require(table.separator == ';' || table.separator == ',' || table.separator == '\t', "separator");
    require(!table.header.empty(), "header is not empty");
    require(table.rows.size() <= limits.max_rows, "row limit");
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string& name = table.header[i];
        require(!name.empty(), "header names are non-empty");
        require(text::normalize_key(name) == name, "header names are trimmed and lower-cased");
        require(table.column_index(name) == static_cast<int>(i), "header names are unique");
        require(valid_utf8(name), "header names are UTF-8");
    }
    std::size_t previous_line = table.header_line;
    for (const CsvRow& row : table.rows) {
        require(row.line > previous_line, "rows come in line order after the header");
        previous_line = row.line;
        require(row.cells.size() == table.header.size(), "every row has header.size() cells");
        bool any = false;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const CsvCell& cell = row.cells[c];
            require(cell.column == c + 1, "cell column is its 1-based position");
            require(cell.line >= row.line, "a cell starts on or after its record's line");
            require(cell.text.size() <= limits.max_field_bytes, "field limit");
            require(cell.text.find('\r') == std::string::npos, "line ends inside quotes are stored as LF");
            require(valid_utf8(cell.text), "cells are UTF-8");
            any = any || !cell.text.empty();
        }
        require(any, "blank rows are skipped");
    }
}

// Every typed accessor on every cell: none may throw, whatever the cell holds.
void read_typed(const CsvTable& table) {
    Diagnostics diagnostics;
    std::vector<ColumnSpec> columns;
    for (const std::string& name : table.header)
        columns.push_back({name, true});
    columns.push_back({"tidak_ada", false});
    CsvTableReader r(table, columns, diagnostics);
    for (const CsvRow& row : table.rows) {
        for (const ColumnSpec& c : columns) {
            int decimals = -1;
            if (r.decimal(row, c.name, &decimals))
                require(decimals >= 0, "decimals of a parsed number");
            if (const auto v = r.rupiah(row, c.name))
                require(*v >= 0, "rupiah() refuses negative amounts");
            if (const auto y = r.year(row, c.name))
                require(*y >= 1990 && *y <= 2100, "year range");
            (void)r.integer(row, c.name);
            if (const auto t = r.target(row, c.name))
                require(t->lower <= t->upper, "a target range is ordered");
            (void)r.required_text(row, c.name);
        }
    }
}

// The folder pipeline with `table` in place of one fixture table.
void read_as_folder(const CsvTable& table) {
    const Fixture& f = fixture();
    const std::size_t slot = closest_slot(table.header);
    model::Opd opd;
    opd.profile = f.profile;
    Diagnostics diagnostics;
    ReadContext ctx{opd, diagnostics, {}};
    for (std::size_t i = 0; i < f.slots.size(); ++i)
        f.slots[i].read(i == slot ? table : f.slots[i].fixture, ctx);
    check_program_links(ctx);
    for (const Diagnostic& d : diagnostics.items())
        require(!format_diagnostic(d).empty(), "diagnostics format");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    // The default limits, and limits small enough for inputs of a few KiB to reach every limit check.
    const std::array<CsvLimits, 2> all_limits = {CsvLimits{}, CsvLimits{4096, 64, 8}};
    for (const CsvLimits& limits : all_limits) {
        try {
            const CsvTable table = read_csv(content, "fuzz.csv", limits);
            check_table(table, limits);
            read_typed(table);
            read_as_folder(table);
        } catch (const InputError& e) {
            // Messages reach the terminal and report files: they must be UTF-8 whatever the input was.
            require(valid_utf8(e.diagnostic().message), "error messages are UTF-8");
            require(e.diagnostic().where.file == "fuzz.csv", "errors name the file");
        } catch (const InputErrors&) {
        }
    }
    return 0;
}
