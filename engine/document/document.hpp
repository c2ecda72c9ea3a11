#pragma once
// The whole LKjIP as a renderer-neutral document: sections (each starting on a new page, in one
// orientation) holding blocks (headings with levels, paragraphs of runs, lists, the report's tables, the
// tables of contents, signature blocks, the Perjanjian Kinerja statement). The PDF renderer (render/pdf)
// and the DOCX renderer draw this model and nothing else, so the two never differ in content. Built by
// document/builder.hpp from the computed model, the report tables and the staff's narrative.
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "table/table.hpp"

namespace lkjip::document {

// A piece of a paragraph in one style.
struct Run {
    std::string text;
    bool bold = false;
};

// Where a paragraph's text comes from: decides nothing in rendering but lets tests find the generated
// sentences and lets a draft show what staff still have to write.
enum class Origin {
    Fixed,        // the outline's own words (template text without figures)
    Generated,    // a sentence stating figures or judgements, from the data through the vocabulary
    Narrative,    // written by the staff (narasi.csv)
    Placeholder,  // a narrative block the staff have not written yet: shown, never silently empty
};

// A figure a generated sentence states, as displayed, with the quantity it reads, so that a test can
// check the sentence against the model.
struct Figure {
    std::string quantity;  // key of the vocabulary ("capaian")
    std::string subject;   // code of the indicator, program, ... ("IKU1.1"); "opd" for the OPD
    int tahun = 0;
    std::string text;  // as shown in the sentence ("92,32%")
};

struct Paragraph {
    std::vector<Run> runs;
    Origin origin = Origin::Fixed;
    table::Align align = table::Align::Left;
    std::vector<Figure> figures;  // Generated: every figure the sentence states

    std::string text() const;  // the runs' text, joined
};

struct Heading {
    int level = 1;       // 1: BAB and front-matter titles, 2: 3.1, 3: per IKU
    std::string number;  // "BAB III", "3.1", "" for none
    std::string text;
    bool in_toc = true;
};

struct List {
    bool numbered = false;
    std::vector<Paragraph> items;
};

// One of the report's tables, by index into Document::report.tables (it keeps its own number and title).
struct TableRef {
    std::size_t index = 0;
};

// A table of contents: of the headings (with page numbers) or of the tables.
struct Contents {
    enum class Of { Headings, Tables };
    Of of = Of::Headings;
};

// Place, date, title, name, rank and NIP of someone signing.
struct Signatory {
    std::string role;  // "PIHAK PERTAMA", or empty
    std::string title;
    std::string name;
    std::string rank;
    std::string nip;
};

// A signature block: one signatory at the right, or two side by side (the PK: PIHAK KEDUA left,
// PIHAK PERTAMA right).
struct Signature {
    std::string place_and_date;
    std::vector<Signatory> signatories;
};

using Block = std::variant<Heading, Paragraph, List, TableRef, Contents, Signature>;

// A run of pages in one orientation; each section starts on a new page.
struct Section {
    table::Orientation orientation = table::Orientation::Portrait;
    bool numbered_pages = true;  // false for the cover
    bool cover = false;          // the cover page: title, OPD and pemda centred (from Document)
    std::vector<Block> blocks;
};

struct Document {
    std::string title;     // "Laporan Kinerja Instansi Pemerintah Tahun 2023"
    std::string header;    // the running header: "LKjIP 2023 — Dinas ..."
    std::string footer;    // the running footer's left text
    table::Report report;  // the tables the sections refer to, and the cover's fields
    std::vector<Section> sections;
};

}  // namespace lkjip::document
