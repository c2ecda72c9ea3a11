// libFuzzer target: read_workbook on arbitrary bytes, read two ways.
// 1. The bytes as an .xlsx file. This reaches the zip layer (central directory, inflate, CRC, sizes);
//    but a mutation inside a compressed or CRC-checked entry is almost always refused right there.
// 2. The bytes as the XML of the parts, split at NUL bytes (which XML cannot contain): the worksheet,
//    the shared strings, the styles and the workbook part, in that order; absent ones get a default. They
//    are stored uncompressed with correct CRCs in a package written here, so every mutation reaches expat
//    and the readers of cells, strings, styles and sheets.
// Either way only InputError may escape, with a UTF-8 message naming the file, and a successful read
// must keep the promises of workbook.hpp.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "input/workbook_reader.hpp"
#include "input/xlsx/workbook.hpp"
#include "stored_zip.hpp"

namespace {

using lkjip::fuzz::require;
using lkjip::fuzz::stored_zip;
using lkjip::fuzz::valid_utf8;

using namespace lkjip;
using namespace lkjip::input::xlsx;

// Text of a Number cell: a plain number, a percentage or a date, never an exponent.
bool number_shape(std::string_view t) {
    if (t.ends_with(" %"))
        t.remove_suffix(2);
    if (t.size() >= 10 && t[4] == '-' && t[7] == '-')
        return true;  // a date, checked no further
    if (t.starts_with("-"))
        t.remove_prefix(1);
    if (t.empty() || t.front() == ',' || t.back() == ',')
        return false;
    std::size_t commas = 0;
    for (char c : t) {
        if (c == ',')
            ++commas;
        else if (c < '0' || c > '9')
            return false;
    }
    return commas <= 1;
}

void check_workbook(const Workbook& w, const WorkbookLimits& limits) {
    require(w.file == "fuzz.xlsx", "the workbook names its file");
    for (const Sheet& sheet : w.sheets) {
        require(valid_utf8(sheet.name), "sheet names are UTF-8");
        require(sheet.rows.size() <= limits.max_rows, "row limit");
        std::size_t previous_row = 0;
        for (const SheetRow& row : sheet.rows) {
            require(row.row > previous_row && row.row <= 1'048'576, "rows ascend within the sheet");
            previous_row = row.row;
            require(!row.cells.empty(), "rows without cells are not listed");
            std::size_t previous_column = 0;
            for (const SheetCell& cell : row.cells) {
                require(cell.column > previous_column && cell.column <= 16'384,
                        "cells ascend within the row");
                previous_column = cell.column;
                require(valid_utf8(cell.text), "cell texts are UTF-8");
                if (cell.kind == CellKind::Uncached) {
                    require(cell.text.empty() && cell.formula, "an uncached cell is a formula without text");
                    continue;
                }
                require(!cell.text.empty(), "empty cells are not listed");
                if (cell.kind == CellKind::Boolean)
                    require(cell.text == "BENAR" || cell.text == "SALAH", "booleans are BENAR or SALAH");
                if (cell.kind == CellKind::Number)
                    require(number_shape(cell.text), "numbers in Indonesian fixed notation");
            }
        }
        (void)sheet_cell_reference(sheet.name, previous_row == 0 ? 1 : previous_row, 16'384);
    }
}

void read_checked(std::string_view bytes) {
    // Limits small enough for inputs of a few KiB to reach every limit check.
    const WorkbookLimits limits{256 * 1024, 1024 * 1024, 50};
    try {
        const Workbook workbook = read_workbook(bytes, "fuzz.xlsx", limits);
        check_workbook(workbook, limits);
        // And the sheets as an OPD's input: mapping sheets to tables, the table readers, the profile.
        lkjip::Diagnostics diagnostics;
        (void)lkjip::input::read_workbook_sheets(workbook, diagnostics);
        for (const lkjip::Diagnostic& d : diagnostics.items())
            require(valid_utf8(lkjip::format_diagnostic(d)), "input messages are UTF-8");
    } catch (const InputError& e) {
        require(e.diagnostic().where.file == "fuzz.xlsx", "errors name the file");
        require(!e.diagnostic().message.empty(), "errors say something");
        require(valid_utf8(e.diagnostic().message), "error messages are UTF-8");
    }
}

std::string package_of_parts(std::string_view input) {
    std::vector<std::string_view> parts;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t nul = input.find('\0');
        parts.push_back(input.substr(0, nul));
        if (nul == std::string_view::npos) {
            input = {};
            break;
        }
        input.remove_prefix(nul + 1);
    }
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string rels =
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type=")" +
        rel + R"(worksheet" Target="worksheets/sheet1.xml"/>)";
    std::vector<std::pair<std::string, std::string>> entries;
    entries.emplace_back("xl/worksheets/sheet1.xml", std::string(parts[0]));
    if (parts.size() > 1) {
        rels += R"(<Relationship Id="rId2" Type=")" + rel + R"(sharedStrings" Target="sharedStrings.xml"/>)";
        entries.emplace_back("xl/sharedStrings.xml", std::string(parts[1]));
    }
    if (parts.size() > 2) {
        rels += R"(<Relationship Id="rId3" Type=")" + rel + R"(styles" Target="/xl/styles.xml"/>)";
        entries.emplace_back("xl/styles.xml", std::string(parts[2]));
    }
    std::string workbook = parts.size() > 3
                               ? std::string(parts[3])
                               : R"(<workbook xmlns:r=")" + rel.substr(0, rel.size() - 1) +
                                     R"("><sheets><sheet name="Lembar 1" sheetId="1" r:id="rId1"/>)"
                                     R"(</sheets></workbook>)";
    entries.emplace_back("xl/workbook.xml", std::move(workbook));
    entries.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
    return stored_zip(entries);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    read_checked(input);
    read_checked(package_of_parts(input));
    return 0;
}
