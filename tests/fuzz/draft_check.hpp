#pragma once
// What the two draft targets (draft_docx_fuzz.cpp, draft_pdf_fuzz.cpp) check of a draft read without
// error, and then of the audit that runs on it, as `lkjip audit --draft` does.
#include <string>
#include <string_view>

#include "audit/audit.hpp"
#include "audit/draft_matching.hpp"
#include "core/diagnostic.hpp"
#include "fuzz_support.hpp"
#include "model/draft_document.hpp"
#include "output/audit_output.hpp"
#include "quantity/vocabulary.hpp"
#include "test_support.hpp"

namespace lkjip::fuzz {

inline void check_draft(const model::DraftDocument& d, const std::string& file) {
    require(d.file == file, "the draft names its file");
    for (const model::DraftTable& t : d.tables) {
        require(valid_utf8(t.caption), "captions are UTF-8");
        require(!t.rows.empty(), "a table without body rows is not listed");
        for (const model::DraftRow& row : t.rows) {
            for (const model::DraftCell& c : row.cells) {
                require(valid_utf8(c.text) && valid_utf8(c.outer_header), "cell texts are UTF-8");
                for (const std::string& h : c.headers)
                    require(valid_utf8(h), "headers are UTF-8");
            }
        }
    }
    for (const model::DraftParagraph& p : d.paragraphs)
        require(valid_utf8(p.text), "paragraphs are UTF-8");

    // Matched against the Dumai fixture and audited: never throws.
    const compute::Performance& p = test::dumai_performance();
    const audit::DraftFigures figures = audit::match_draft(d, p);
    for (const model::PrintedFigure& f : figures.matched) {
        require(quantity::find(f.besaran) != nullptr, "a matched figure is a quantity of the vocabulary");
        require(valid_utf8(f.nilai) && valid_utf8(f.catatan), "matched figures are UTF-8");
    }
    for (const audit::UnmatchedFigure& u : figures.unmatched)
        require(valid_utf8(u.nilai) && valid_utf8(u.tempat) && valid_utf8(u.alasan), "unmatched are UTF-8");
    const audit::Result result = audit::audit(figures.matched, p);
    for (const audit::Finding& f : result.findings)
        require(valid_utf8(f.pesan) && valid_utf8(f.seharusnya) && valid_utf8(f.tercetak),
                "findings are UTF-8");
    require(valid_utf8(output::audit_text(result, figures.matched.size(), p, &figures)), "text is UTF-8");
    require(valid_utf8(output::audit_json(result, figures.matched.size(), p, &figures)), "JSON is UTF-8");
}

inline void check_refusal(const InputError& e, const std::string& file) {
    require(e.diagnostic().where.file == file, "errors name the file");
    require(!e.diagnostic().message.empty(), "errors say something");
    require(valid_utf8(e.diagnostic().message), "error messages are UTF-8");
}

}  // namespace lkjip::fuzz
