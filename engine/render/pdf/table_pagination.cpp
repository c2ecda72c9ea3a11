#include "render/pdf/table_pagination.hpp"

#include <algorithm>
#include <numeric>

namespace lkjip::render::pdf {

namespace {

class Paginator {
  public:
    Paginator(const TableLayout& layout, double first_space, double full_space, double tail)
        : layout_(layout), full_(full_space), capacity_(first_space), tail_(tail) {
        slices_.emplace_back();
    }

    std::vector<TableSlice> run() {
        const std::size_t n = layout_.row_heights.size();
        std::size_t i = 0;
        while (i < n) {
            const std::size_t end = std::max(i, std::min(layout_.block_end[i], n - 1));
            // The last block carries what follows the table (its notes) with it.
            const double block = block_height(i, end) + (end == n - 1 ? tail_ : 0.0);
            if (block <= room()) {
                for (std::size_t r = i; r <= end; ++r)
                    place(r, layout_.row_heights[r]);
                i = end + 1;
            } else if (block <= full_ && !current().rows.empty()) {
                // The whole block fits on the next page: keep it together. The table's last row (a total)
                // does not go there alone: the row before it goes too, when it stands alone.
                const bool take_previous = end == n - 1 && current().rows.size() >= 2 &&
                                           standalone(current().rows.back().row) &&
                                           block + current().rows.back().height <= full_;
                const std::size_t previous = current().rows.back().row;
                if (take_previous) {
                    used_ -= current().rows.back().height;
                    current().rows.pop_back();
                }
                next_page();
                if (take_previous)
                    place(previous, layout_.row_heights[previous]);
            } else {
                // Taller than a page, or taller than what is left below the title on the table's first
                // page: moving it would leave the title and header without rows, so it is broken.
                place_broken_block(i, end);
                i = end + 1;
            }
        }
        return slices_;
    }

  private:
    TableSlice& current() { return slices_.back(); }

    // No merged cell ties row r to another row.
    bool standalone(std::size_t r) const {
        if (layout_.block_end[r] != r)
            return false;
        for (std::size_t k = 0; k < r; ++k) {
            if (layout_.block_end[k] >= r)
                return false;
        }
        return true;
    }
    double room() const { return capacity_ - used_; }

    void next_page() {
        slices_.emplace_back();
        capacity_ = full_;
        used_ = 0.0;
    }

    void place(std::size_t row, double height) {
        current().rows.push_back(PlacedRow{row, height});
        used_ += height;
    }

    double block_height(std::size_t first, std::size_t last) const {
        return std::accumulate(layout_.row_heights.begin() + static_cast<std::ptrdiff_t>(first),
                               layout_.row_heights.begin() + static_cast<std::ptrdiff_t>(last) + 1, 0.0);
    }

    // Row by row. Each piece of the block on a page must be at least `need` tall, because the merged
    // cell's text is repeated in every piece: a short piece grows its last row.
    void place_broken_block(std::size_t first, std::size_t last) {
        const double need = layout_.block_need[first];
        if (!current().rows.empty() && room() < std::max(need, layout_.row_heights[first]))
            next_page();
        double piece = 0.0;
        for (std::size_t r = first; r <= last; ++r) {
            double h = layout_.row_heights[r];
            if (r == last && piece + h < need)
                h = need - piece;
            if (h > room() && !current().rows.empty()) {
                close_piece(piece, need);
                next_page();
                piece = 0.0;
                h = std::max(layout_.row_heights[r], r == last ? need : 0.0);
            }
            place(r, h);
            piece += h;
        }
    }

    // The piece ending on this page grows its last row to hold the merged text; the room was checked
    // when the piece started (a piece starts only where `need` fits).
    void close_piece(double piece, double need) {
        if (piece >= need || current().rows.empty())
            return;
        const double extra = std::min(need - piece, std::max(0.0, room()));
        current().rows.back().height += extra;
        used_ += extra;
    }

    const TableLayout& layout_;
    double full_;
    double capacity_;
    double tail_;
    double used_ = 0.0;
    std::vector<TableSlice> slices_;
};

}  // namespace

double TableSlice::height() const {
    double h = 0.0;
    for (const PlacedRow& r : rows)
        h += r.height;
    return h;
}

double start_height(const TableLayout& layout, double full_space) {
    if (layout.row_heights.empty())
        return 0.0;
    const std::size_t n = layout.row_heights.size();
    auto height = [&](std::size_t last) {
        return std::accumulate(layout.row_heights.begin(),
                               layout.row_heights.begin() + static_cast<std::ptrdiff_t>(last) + 1, 0.0);
    };
    const std::size_t end = std::min(layout.block_end[0], n - 1);
    const double block = height(end);
    if (block > full_space)
        return std::max(layout.row_heights[0], layout.block_need[0]);
    // A lone first row at a page foot (Tabel 3.6.1's did) reads as a stray line: the table starts where its
    // first two blocks fit, when they fit on a page at all.
    if (end + 1 < n) {
        const double two = height(std::min(layout.block_end[end + 1], n - 1));
        if (two <= full_space)
            return two;
    }
    return block;
}

std::vector<TableSlice> paginate(const TableLayout& layout, double first_space, double full_space,
                                 double tail) {
    return Paginator(layout, first_space, full_space, tail).run();
}

}  // namespace lkjip::render::pdf
