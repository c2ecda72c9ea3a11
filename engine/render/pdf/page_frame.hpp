#pragma once
// The sequence of pages (A4, or A3 for a wide form): each new page in the orientation its table asks for, a
// cursor that says how far down the current page content has reached, and the footers, which are drawn last
// because "Halaman 3 dari 12" needs the page count. Every page's operators are kept until then, so the
// footers go into the same content stream and each stream is compressed once, when the PDF pages are made.
#include <cstddef>
#include <deque>
#include <memory>
#include <string>

#include "render/pdf/canvas.hpp"
#include "render/pdf/fonts.hpp"
#include "render/pdf/pdf_renderer.hpp"
#include "render/pdf/podofo.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// Where content may go on a page, in points from the top-left corner.
struct PageBox {
    double width = 0.0;
    double height = 0.0;
    double left = 0.0;
    double right = 0.0;
    double top = 0.0;
    double bottom = 0.0;
    double content_width() const { return right - left; }
    double content_height() const { return bottom - top; }
};

PageBox page_box(table::Orientation orientation, Paper paper = Paper::A4);

class Pages {
  public:
    explicit Pages(Fonts& fonts, Paper paper = Paper::A4) : fonts_(fonts), paper_(paper) {}
    Pages(const Pages&) = delete;
    Pages& operator=(const Pages&) = delete;

    // Finishes the current page and starts a new one with the cursor at the top margin.
    void new_page(table::Orientation orientation);
    bool has_page() const { return !pages_.empty(); }
    std::size_t count() const { return pages_.size(); }
    bool at_top() const { return y == box_.top; }
    // True when content in `orientation` may continue on the current page (not on the cover).
    bool can_continue(table::Orientation orientation) const {
        return !pages_.empty() && !sealed_ && pages_.back().orientation == orientation;
    }
    // Nothing more goes on the current page (the cover).
    void seal() { sealed_ = true; }
    table::Orientation orientation() const {
        return pages_.empty() ? table::Orientation::Portrait : pages_.back().orientation;
    }
    const PageBox& box() const { return box_; }
    Paper paper() const { return paper_; }
    Canvas& canvas() { return *canvas_; }
    const Fonts& fonts() const { return fonts_; }
    // Height left between the cursor and the bottom margin.
    double room() const { return box_.bottom - y; }

    // Writes "<left_text>" and "Halaman i dari n" at the foot of every page but the first (the cover);
    // numbering starts after the cover.
    // With a `header`, it is written at the top of the same pages, above a rule.
    void finish_with_footers(const std::string& left_text, const std::string& header = "");

    // Makes the PDF pages in `document`, in order: each page's stream compressed once (Flate), its fonts
    // in its resources. The streams' memory is released as they are handed over.
    void write_to(PoDoFo::PdfMemDocument& document);

    double y = 0.0;  // the cursor

  private:
    Fonts& fonts_;
    Paper paper_ = Paper::A4;
    // A deque: a Canvas points into its page, which must not move when later pages are added.
    std::deque<PageContent> pages_;
    std::unique_ptr<Canvas> canvas_;
    PageBox box_;
    bool sealed_ = false;
};

}  // namespace lkjip::render::pdf
