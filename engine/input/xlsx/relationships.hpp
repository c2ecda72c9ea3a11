#pragma once
// Package relationships (_rels/*.rels): how the parts of a workbook find each other. Part names are the
// zip entry names ("xl/worksheets/sheet1.xml"), without a leading '/'.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::input::xlsx {

class ZipArchive;

struct Relationship {
    std::string id;
    std::string type;    // a URI; compare with has_type()
    std::string target;  // the part name it resolves to, "" for an external target
    bool external = false;
};

// The relationships part of `part`: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels", "" -> "_rels/.rels".
std::string relationships_part(std::string_view part);

// Whether a relationship type names `kind` ("worksheet", "officeDocument") in either the transitional
// (http://schemas.openxmlformats.org/officeDocument/2006/relationships/...) or the strict
// (http://purl.oclc.org/ooxml/officeDocument/relationships/...) vocabulary: they share the last segment.
bool has_type(const Relationship& r, std::string_view kind);

// A Target as written in a part's relationships, resolved against that part's folder (or the package root
// when it starts with '/'), with "." and ".." segments normalised, %HH decoded and '\' read as '/'.
// nullopt when ".." climbs out of the package or nothing is left.
std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target);

// Reads relationships part `rels_part`, the relationships of `source_part`. Throws InputError naming the
// part for a target that does not resolve.
std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& rels_part,
                                             std::string_view source_part);

}  // namespace lkjip::input::xlsx
