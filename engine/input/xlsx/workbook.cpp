#include "input/xlsx/workbook.hpp"

#include <memory>
#include <optional>

#include "input/file_access.hpp"
#include "input/xlsx/error.hpp"
#include "input/xlsx/relationships.hpp"
#include "input/xlsx/shared_strings.hpp"
#include "input/xlsx/styles.hpp"
#include "input/xlsx/worksheet.hpp"
#include "input/xlsx/xml_events.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::xlsx {

namespace {

// What xl/workbook.xml says: the date system and the sheets in their tab order.
struct SheetEntry {
    std::string name;
    std::string relationship_id;
    bool hidden = false;
};

struct WorkbookPart {
    bool date1904 = false;
    std::vector<SheetEntry> sheets;
};

class WorkbookHandler : public XmlHandler {
  public:
    WorkbookHandler(const std::string& file, const std::string& entry) : file_(file), entry_(entry) {}

    void start_element(std::string_view name, const XmlAttributes& attributes) override {
        ++depth_;
        if (depth_ == 2 && name == "workbookPr") {
            const std::string_view value = attributes.get("date1904").value_or("0");
            result.date1904 = value == "1" || value == "true";
        } else if (depth_ == 2 && name == "sheets") {
            in_sheets_ = true;
        } else if (depth_ == 3 && in_sheets_ && name == "sheet") {
            SheetEntry sheet;
            const auto sheet_name = attributes.get("name");
            if (!sheet_name)
                fail(file_,
                     entry_ + ": lembar ke-" + std::to_string(result.sheets.size() + 1) + " tanpa nama");
            sheet.name = std::string(*sheet_name);
            const auto id = attributes.get("id");  // r:id
            if (!id)
                fail(file_, entry_ + ": lembar \"" + sheet.name + "\" tanpa r:id");
            sheet.relationship_id = std::string(*id);
            const std::string_view state = attributes.get("state").value_or("visible");
            sheet.hidden = state == "hidden" || state == "veryHidden";
            result.sheets.push_back(std::move(sheet));
        }
    }
    void end_element(std::string_view /*name*/) override {
        if (depth_ == 2)
            in_sheets_ = false;
        --depth_;
    }
    void characters(std::string_view /*text*/) override {}

    WorkbookPart result;

  private:
    const std::string& file_;
    const std::string& entry_;
    std::size_t depth_ = 0;
    bool in_sheets_ = false;
};

const Relationship* find_id(const std::vector<Relationship>& all, std::string_view id) {
    for (const Relationship& r : all) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Relationship* find_type(const std::vector<Relationship>& all, std::string_view kind) {
    for (const Relationship& r : all) {
        if (!r.external && has_type(r, kind))
            return &r;
    }
    return nullptr;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// An OpenDocument spreadsheet is a zip too: its first entry, "mimetype", says what it is.
void refuse_ods(ZipArchive& zip) {
    if (!zip.contains("mimetype"))
        return;
    if (starts_with(zip.read_all("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"))
        fail(zip.file(), "berkas ODS (LibreOffice) tidak didukung langsung: simpan sebagai .xlsx");
}

// The workbook part is where the package relationships say (usually xl/workbook.xml).
std::string workbook_part_name(ZipArchive& zip) {
    const std::string fallback = "xl/workbook.xml";
    if (!zip.contains("_rels/.rels"))
        return fallback;
    const auto rels = read_relationships(zip, "_rels/.rels", "");
    const Relationship* office = find_type(rels, "officeDocument");
    return office != nullptr ? office->target : fallback;
}

// A part a relationship points to must be there: a missing one means the file is damaged.
std::optional<std::string> related_part(ZipArchive& zip, const std::vector<Relationship>& rels,
                                        std::string_view kind) {
    const Relationship* r = find_type(rels, kind);
    if (r == nullptr)
        return std::nullopt;
    if (!zip.contains(r->target))
        fail(zip.file(), r->target + ": bagian tidak ditemukan dalam arsip");
    return r->target;
}

}  // namespace

Workbook read_workbook(std::string_view bytes, const std::string& file, const WorkbookLimits& limits) {
    if (bytes.size() > limits.max_file_bytes)
        fail(file, "berkas terlalu besar: lebih dari " + size_text(limits.max_file_bytes));
    // Excel 97-2003 workbooks, and .xlsx files encrypted with a password, are OLE compound files.
    constexpr std::string_view ole_signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (starts_with(bytes, ole_signature)) {
        fail(file,
             "format .xls (Excel 97-2003) atau berkas terenkripsi tidak didukung: simpan sebagai Buku Kerja "
             "Excel (.xlsx)");
    }
    const std::unique_ptr<ZipArchive> zip =
        ZipArchive::open(bytes, file, {limits.max_file_bytes, limits.max_total_bytes});
    if (zip == nullptr)
        fail(file, "bukan berkas .xlsx (arsip zip tidak terbaca)");
    refuse_ods(*zip);

    const std::string workbook_part = workbook_part_name(*zip);
    if (!zip->contains(workbook_part))
        fail(file, workbook_part + ": bagian buku kerja tidak ditemukan dalam arsip");
    WorkbookHandler handler(file, workbook_part);
    parse_xml_entry(*zip, workbook_part, handler);
    const WorkbookPart part = std::move(handler.result);

    const std::string rels_part = relationships_part(workbook_part);
    if (!zip->contains(rels_part))
        fail(file, rels_part + ": relasi buku kerja tidak ditemukan dalam arsip");
    const std::vector<Relationship> rels = read_relationships(*zip, rels_part, workbook_part);

    Styles styles;
    if (const auto styles_part = related_part(*zip, rels, "styles"))
        styles = read_styles(*zip, *styles_part);
    SharedStrings strings;
    if (const auto strings_part = related_part(*zip, rels, "sharedStrings"))
        strings = read_shared_strings(*zip, *strings_part);

    Workbook workbook;
    workbook.file = file;
    for (const SheetEntry& entry : part.sheets) {
        const Relationship* r = find_id(rels, entry.relationship_id);
        if (r == nullptr) {
            fail(file, workbook_part + ": lembar \"" + entry.name + "\": relasi " +
                           quoted_excerpt(entry.relationship_id) + " tidak ada di " + rels_part);
        }
        // Chartsheets, dialogsheets and macro sheets hold no cells to read.
        if (!has_type(*r, "worksheet"))
            continue;
        if (r->external)
            fail(file, rels_part + ": lembar \"" + entry.name + "\" menunjuk ke berkas di luar buku kerja");
        if (!zip->contains(r->target))
            fail(file, r->target + ": bagian lembar \"" + entry.name + "\" tidak ditemukan dalam arsip");
        Sheet sheet;
        sheet.name = entry.name;
        sheet.hidden = entry.hidden;
        const SheetContext context{sheet.name, strings, styles, part.date1904, limits.max_rows};
        sheet.rows = read_worksheet(*zip, r->target, context);
        workbook.sheets.push_back(std::move(sheet));
    }
    return workbook;
}

Workbook read_workbook_file(const std::string& path, const WorkbookLimits& limits) {
    const std::string bytes = read_text_file(path, limits.max_file_bytes);
    return read_workbook(bytes, path, limits);
}

}  // namespace lkjip::input::xlsx
