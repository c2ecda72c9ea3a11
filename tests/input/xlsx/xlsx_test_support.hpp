#pragma once
// Test workbooks built inside the tests: every part's XML is written in the test, zipped with minizip's
// zip writer (to a temporary file, read back), so that each test shows exactly what the reader is fed.
// Helpers also locate an entry in the zip bytes, to damage it on purpose.
#include <minizip/zip.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/xlsx/workbook.hpp"

namespace lkjip::test::xlsx {

using input::xlsx::Sheet;
using input::xlsx::Workbook;
using input::xlsx::WorkbookLimits;

struct Part {
    std::string name;
    std::string content;
    bool stored = false;             // no compression (method 0)
    const char* password = nullptr;  // traditional PKWARE encryption
};
using Parts = std::vector<Part>;

inline std::string zip_bytes(const Parts& parts) {
    std::random_device rd;
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("lkjip-xlsx-test-" + std::to_string(rd()) + std::to_string(rd()) + ".zip");
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (zip == nullptr)
        throw std::runtime_error("zipOpen64 gagal: " + path.string());
    for (const Part& p : parts) {
        zip_fileinfo info{};
        const int method = p.stored ? 0 : Z_DEFLATED;
        const int level = p.stored ? 0 : Z_BEST_COMPRESSION;
        int status = ZIP_OK;
        if (p.password != nullptr) {
            status =
                zipOpenNewFileInZip3(zip, p.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                     level, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, p.password, 0);
        } else {
            status = zipOpenNewFileInZip(zip, p.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                         level);
        }
        if (status != ZIP_OK ||
            zipWriteInFileInZip(zip, p.content.data(), static_cast<unsigned>(p.content.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK)
            throw std::runtime_error("menulis entri zip gagal: " + p.name);
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        throw std::runtime_error("zipClose gagal");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    in.close();
    std::filesystem::remove(path);
    return bytes.str();
}

constexpr std::string_view xml_declaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr std::string_view main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A worksheet part whose <sheetData> holds `rows`.
inline std::string worksheet(std::string_view rows) {
    return std::string(xml_declaration) + "<worksheet xmlns=\"" + std::string(main_ns) + "\"><sheetData>" +
           std::string(rows) + "</sheetData></worksheet>";
}

inline std::string relationship(std::string_view id, std::string_view type, std::string_view target) {
    return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + std::string(rel_type) +
           std::string(type) + "\" Target=\"" + std::string(target) + "\"/>";
}

inline std::string relationships(std::string_view body) {
    return std::string(xml_declaration) +
           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
           std::string(body) + "</Relationships>";
}

struct SheetSpec {
    std::string name;
    std::string rows;  // the content of <sheetData>
};

struct WorkbookSpec {
    std::vector<SheetSpec> sheets;
    std::string shared_strings = {};  // a whole xl/sharedStrings.xml, or "" for none
    std::string styles = {};          // a whole xl/styles.xml, or "" for none
    std::string workbook_pr = {};     // e.g. R"(<workbookPr date1904="1"/>)"
};

// The parts Excel writes for these sheets (sheet N in xl/worksheets/sheetN.xml, relationship rIdN).
inline Parts workbook_parts(const WorkbookSpec& spec) {
    std::string sheets;
    std::string rels;
    Parts parts;
    for (std::size_t i = 0; i < spec.sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        sheets += "<sheet name=\"" + spec.sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += relationship("rId" + n, "worksheet", "worksheets/sheet" + n + ".xml");
        parts.push_back({"xl/worksheets/sheet" + n + ".xml", worksheet(spec.sheets[i].rows)});
    }
    if (!spec.styles.empty()) {
        rels += relationship("rIdS", "styles", "styles.xml");
        parts.push_back({"xl/styles.xml", spec.styles});
    }
    if (!spec.shared_strings.empty()) {
        rels += relationship("rIdT", "sharedStrings", "sharedStrings.xml");
        parts.push_back({"xl/sharedStrings.xml", spec.shared_strings});
    }
    parts.push_back({"[Content_Types].xml",
                     std::string(xml_declaration) +
                         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"});
    parts.push_back(
        {"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))});
    parts.push_back({"xl/workbook.xml", std::string(xml_declaration) + "<workbook xmlns=\"" +
                                            std::string(main_ns) + "\" xmlns:r=\"" + std::string(rel_ns) +
                                            "\">" + spec.workbook_pr + "<sheets>" + sheets +
                                            "</sheets></workbook>"});
    parts.push_back({"xl/_rels/workbook.xml.rels", relationships(rels)});
    return parts;
}

// One sheet named "IKU" whose <sheetData> holds `rows`.
inline Parts one_sheet(std::string rows, std::string shared_strings = "", std::string styles = "",
                       std::string workbook_pr = "") {
    return workbook_parts(
        {{{"IKU", std::move(rows)}}, std::move(shared_strings), std::move(styles), std::move(workbook_pr)});
}

inline Workbook read(const Parts& parts, const WorkbookLimits& limits = {}) {
    return input::xlsx::read_workbook(zip_bytes(parts), "kinerja.xlsx", limits);
}

// The message of the InputError that reading `bytes` throws (located at kinerja.xlsx), or a note that
// none was thrown.
inline std::string error_of_bytes(const std::string& bytes, const WorkbookLimits& limits = {}) {
    try {
        input::xlsx::read_workbook(bytes, "kinerja.xlsx", limits);
    } catch (const InputError& e) {
        if (e.diagnostic().where.file != "kinerja.xlsx")
            return "galat di berkas lain: " + e.diagnostic().where.file;
        return e.diagnostic().message;
    }
    return "(tidak ada galat)";
}

inline std::string error_of(const Parts& parts, const WorkbookLimits& limits = {}) {
    return error_of_bytes(zip_bytes(parts), limits);
}

// Every listed cell of a sheet as "D7=text", in order.
inline std::vector<std::string> listing(const Sheet& sheet) {
    std::vector<std::string> out;
    for (const auto& row : sheet.rows) {
        for (const auto& cell : row.cells)
            out.push_back(input::xlsx::cell_reference(row.row, cell.column) + "=" + cell.text);
    }
    return out;
}

// The first sheet's cells, as listing() gives them.
inline std::vector<std::string> cells_of(const Parts& parts) {
    const Workbook w = read(parts);
    if (w.sheets.empty())
        throw std::runtime_error("buku kerja tanpa lembar");
    return listing(w.sheets.front());
}

// Where an entry's data and size fields are in zip bytes, found through the central directory.
struct EntryLayout {
    std::size_t central_header = 0;
    std::size_t local_header = 0;
    std::size_t data = 0;
    std::size_t compressed_size = 0;
};

inline std::uint32_t le32(const std::string& b, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b.at(at + i))) << (8 * i);
    return v;
}
inline std::uint16_t le16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b.at(at)) |
                                      (static_cast<unsigned char>(b.at(at + 1)) << 8));
}
inline void put_le32(std::string& b, std::size_t at, std::uint32_t v) {
    for (std::size_t i = 0; i < 4; ++i)
        b.at(at + i) = static_cast<char>((v >> (8 * i)) & 0xFF);
}

inline EntryLayout locate(const std::string& zip, std::string_view name) {
    const std::string central_signature("PK\x01\x02", 4);
    for (std::size_t at = zip.find(central_signature); at != std::string::npos;
         at = zip.find(central_signature, at + 1)) {
        const std::size_t name_length = le16(zip, at + 28);
        if (std::string_view(zip).substr(at + 46, name_length) != name)
            continue;
        EntryLayout e;
        e.central_header = at;
        e.local_header = le32(zip, at + 42);
        e.compressed_size = le32(zip, at + 20);
        e.data = e.local_header + 30 + le16(zip, e.local_header + 26) + le16(zip, e.local_header + 28);
        return e;
    }
    throw std::runtime_error("entri tidak ada di zip: " + std::string(name));
}

// Writes a false uncompressed size into both headers of an entry.
inline void declare_size(std::string& zip, std::string_view name, std::uint32_t size) {
    const EntryLayout e = locate(zip, name);
    put_le32(zip, e.central_header + 24, size);
    put_le32(zip, e.local_header + 22, size);
}

}  // namespace lkjip::test::xlsx
