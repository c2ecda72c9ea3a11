#pragma once
// A draft report (DOCX or PDF) as its reader finds it: tables with their caption, page and, for every cell,
// the header texts above it; and the paragraphs of running text. Plain data between engine/input/draft (which
// reads it) and engine/audit/draft_matching (which turns its numbers into printed figures); neither knows the
// other.
#include <string>
#include <vector>

namespace lkjip::model {

struct DraftCell {
    std::string text;                  // spaces collapsed, lines of a wrapped cell joined by a space
    std::vector<std::string> headers;  // the header cells above it, top to bottom (a spanning header once)
    // PDF: the header cell nearest above all of `headers`, which may span its column or a neighbour's (a
    // centred "Anggaran" over three columns overlaps only the middle one): read only when `headers` alone
    // do not say what the column holds.
    std::string outer_header;
};

struct DraftRow {
    std::vector<DraftCell> cells;  // left to right
    int page = 0;                  // 1-based; 0 when the format has no pages (DOCX)
};

struct DraftTable {
    std::string caption;  // "Tabel 3.1.1 Pengukuran Kinerja ..." (the paragraph or line before the table)
    int page = 0;
    std::vector<DraftRow> rows;  // body rows only
};

struct DraftParagraph {
    std::string text;
    int page = 0;
};

struct DraftDocument {
    std::string file;
    std::vector<DraftTable> tables;
    std::vector<DraftParagraph> paragraphs;
};

}  // namespace lkjip::model
