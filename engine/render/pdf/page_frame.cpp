#include "render/pdf/page_frame.hpp"

#include "render/pdf/flate.hpp"
#include "render/pdf/style.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

namespace {

PoDoFo::PdfRect sheet(table::Orientation orientation, Paper paper) {
    return PoDoFo::PdfPage::CreateStandardPageSize(
        paper == Paper::A3 ? PoDoFo::ePdfPageSize_A3 : PoDoFo::ePdfPageSize_A4,
        orientation == table::Orientation::Landscape);
}

}  // namespace

PageBox page_box(table::Orientation orientation, Paper paper) {
    const PoDoFo::PdfRect size = sheet(orientation, paper);
    PageBox box;
    box.width = size.GetWidth();
    box.height = size.GetHeight();
    box.left = style::kMargin;
    box.right = box.width - style::kMargin;
    box.top = style::kMargin;
    box.bottom = box.height - style::kMargin;
    return box;
}

void Pages::new_page(table::Orientation orientation) {
    sealed_ = false;
    box_ = page_box(orientation, paper_);
    pages_.emplace_back().orientation = orientation;
    canvas_ = std::make_unique<Canvas>(pages_.back(), fonts_, box_.height);
    y = box_.top;
}

void Pages::finish_with_footers(const std::string& left_text, const std::string& header) {
    canvas_.reset();
    const std::size_t numbered = pages_.empty() ? 0 : pages_.size() - 1;
    for (std::size_t i = 1; i < pages_.size(); ++i) {
        const PageBox box = page_box(pages_[i].orientation, paper_);
        // A fresh canvas knows nothing of the state the page's drawing left: it writes colour, width and
        // font again.
        Canvas canvas(pages_[i], fonts_, box.height);
        const double rule = box.height - style::kFooterTop - 6.0;
        const double top = rule + 3.0;
        const std::string number = "Halaman " + std::to_string(i) + " dari " + std::to_string(numbered);
        const double number_width = fonts_.width(number, style::kFooter);
        canvas.line(box.left, rule, box.right, rule, 0.4, style::kGreyText);
        canvas.text_in(box.left, top, box.content_width(), number, style::kFooter, table::Align::Right,
                       style::kGreyText);
        // A long OPD name gives way to the page number rather than run into it.
        canvas.text(
            box.left, top,
            fit_with_ellipsis(fonts_, left_text, box.content_width() - number_width - 18.0, style::kFooter),
            style::kFooter, style::kGreyText);
        if (!header.empty()) {
            const double header_top = style::kFooterTop - 4.0;
            canvas.text(box.left, header_top,
                        fit_with_ellipsis(fonts_, header, box.content_width(), style::kFooter),
                        style::kFooter, style::kGreyText);
            const double header_rule = header_top + fonts_.line_height(style::kFooter) + 1.0;
            canvas.line(box.left, header_rule, box.right, header_rule, 0.4, style::kGreyText);
        }
    }
}

void Pages::write_to(PoDoFo::PdfMemDocument& document) {
    canvas_.reset();
    FlateCompressor flate;
    for (PageContent& content : pages_) {
        // Used at once, before the next page is made (the painter-based code had to fetch pages again for
        // the footers: PoDoFo's page-tree cache did not keep the pointers CreatePage returned).
        PoDoFo::PdfPage* page = document.CreatePage(sheet(content.orientation, paper_));
        for (int face = 0; face < 2; ++face) {
            if (content.faces & (1u << face))
                fonts_.add_to_resources(*page, face);
        }
        const std::string deflated = flate.compress(content.stream.bytes());
        content.stream.release();
        PoDoFo::PdfObject* contents = page->GetContents();
        PoDoFo::PdfMemoryInputStream input(deflated.data(), static_cast<PoDoFo::pdf_long>(deflated.size()));
        contents->GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(deflated.size()));
        contents->GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
    }
}

}  // namespace lkjip::render::pdf
