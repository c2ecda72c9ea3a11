#include "render/pdf/page_frame.hpp"

#include "render/pdf/style.hpp"
#include "render/pdf/text_wrap.hpp"

namespace lkjip::render::pdf {

PageBox page_box(table::Orientation orientation) {
    const PoDoFo::PdfRect a4 = PoDoFo::PdfPage::CreateStandardPageSize(
        PoDoFo::ePdfPageSize_A4, orientation == table::Orientation::Landscape);
    PageBox box;
    box.width = a4.GetWidth();
    box.height = a4.GetHeight();
    box.left = style::kMargin;
    box.right = box.width - style::kMargin;
    box.top = style::kMargin;
    box.bottom = box.height - style::kMargin;
    return box;
}

Pages::Pages(PoDoFo::PdfMemDocument& document, const Fonts& fonts) : document_(document), fonts_(fonts) {}

Pages::~Pages() {
    // On the error path the painter must not be left pointing at a page it has not finished.
    if (open_) {
        try {
            painter_.FinishPage();
        } catch (...) {
        }
    }
}

void Pages::finish_page() {
    if (open_)
        painter_.FinishPage();
    open_ = false;
}

void Pages::new_page(table::Orientation orientation) {
    finish_page();
    orientation_ = orientation;
    sealed_ = false;
    box_ = page_box(orientation);
    PoDoFo::PdfPage* page = document_.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(
        PoDoFo::ePdfPageSize_A4, orientation == table::Orientation::Landscape));
    ++page_count_;
    orientations_.push_back(orientation);
    painter_.SetPage(page);
    open_ = true;
    canvas_ = std::make_unique<Canvas>(painter_, fonts_, box_.height);
    y = box_.top;
}

void Pages::finish_with_footers(const std::string& left_text) {
    finish_page();
    const std::size_t numbered = page_count_ == 0 ? 0 : page_count_ - 1;
    for (std::size_t i = 1; i < page_count_; ++i) {
        const PageBox box = page_box(orientations_[i]);
        // Fetched again: PoDoFo's page-tree cache does not keep the pointers CreatePage returned.
        painter_.SetPage(document_.GetPage(static_cast<int>(i)));
        open_ = true;
        Canvas canvas(painter_, fonts_, box.height);
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
        finish_page();
    }
}

}  // namespace lkjip::render::pdf
