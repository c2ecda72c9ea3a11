// The PDF renderer's pure layout logic, without fonts or files: wrapping, column widths, merged cells,
// pagination and chart data.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pdf_test_reports.hpp"
#include "render/pdf/chart_data.hpp"
#include "render/pdf/table_layout.hpp"
#include "render/pdf/table_pagination.hpp"
#include "render/pdf/text_wrap.hpp"

using namespace lkjip;
using namespace lkjip::table;
using namespace lkjip::render::pdf;
using namespace lkjip::test;

namespace {

// Each code point 0.5 em wide; lines 1.2 em; for layout tests without fonts.
class FakeMeasure : public TextMeasure {
  public:
    double width(std::string_view s, const TextStyle& style) const override {
        double n = 0;
        for (char c : s) {
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                ++n;
        }
        return n * style.size * 0.5;
    }
    double line_height(const TextStyle& style) const override { return style.size * 1.2; }
    double ascent(const TextStyle& style) const override { return style.size * 0.9; }
};

}  // namespace

TEST_CASE("pdf layout: wrapping and ellipsis") {
    const FakeMeasure m;
    const TextStyle s{false, 10.0};  // 5 pt per character
    CHECK(wrap_text(m, "Persentase koperasi aktif", 60.0, s) ==
          std::vector<std::string>{"Persentase", "koperasi", "aktif"});
    CHECK(wrap_text(m, "Persentase koperasi aktif", 100.0, s) ==
          std::vector<std::string>{"Persentase koperasi", "aktif"});
    CHECK(wrap_text(m, "satu\ndua tiga", 100.0, s) == std::vector<std::string>{"satu", "dua tiga"});
    CHECK(wrap_text(m, "", 100.0, s).empty());
    // A word wider than the line breaks after '/' when it can, else between characters.
    CHECK(wrap_text(m, "Kabupaten/Kota", 60.0, s) == std::vector<std::string>{"Kabupaten/", "Kota"});
    CHECK(wrap_text(m, "abcdefghij", 25.0, s) == std::vector<std::string>{"abcde", "fghij"});
    // A width of zero or less (a column squeezed to nothing) gives one clipped line per paragraph, not one
    // line per character.
    CHECK(wrap_text(m, "abc def", -12.5, s) == std::vector<std::string>{"abc def"});
    CHECK(wrap_text(m, "abc\ndef", 0.0, s) == std::vector<std::string>{"abc", "def"});
    CHECK(fit_with_ellipsis(m, "Persentase", 50.0, s) == "Persentase");
    CHECK(fit_with_ellipsis(m, "Persentase koperasi", 50.0, s) == "Persentas…");
    CHECK(wrap_limited(m, "Persentase pelaku IKM yang mengikuti pelatihan", 60.0, s, 2) ==
          std::vector<std::string>{"Persentase", "pelaku IKM…"});
}

TEST_CASE("pdf layout: columns scale to the page, merged cells size their rows") {
    const FakeMeasure m;
    Table t = capaian_table();
    const std::vector<double> x = column_edges(t, 390.0);  // 78 characters in all: 5 pt each
    CHECK(x == std::vector<double>{0.0, 20.0, 170.0, 220.0, 270.0, 320.0, 390.0});

    const TableLayout layout = layout_table(t, m, 390.0);
    CHECK(layout.header_owner[0][3].row == 0);
    CHECK(layout.header_owner[0][3].col == 2);
    CHECK(layout.header_owner[1][0].row == 0);
    CHECK(layout.header_owner[1][3].col == 3);
    CHECK(layout.header[0][2].col_span == 3);
    CHECK(layout.header[0][0].row_span == 2);
    CHECK(layout.body[3][0].col_span == 4);
    CHECK(layout.body_owner[3][2].col == 0);
    CHECK(layout.body[1][1].lines == std::vector<std::string>{"Kafé ≥ 100% – ≤ 50%"});

    // A merged cell taller than the rows it spans grows the last of them.
    Table g;
    g.columns = {{"a", 10}, {"b", 10}};
    g.header = {{head("A"), head("B")}};
    Cell group = text("satu dua tiga empat lima enam");
    group.row_span = 2;
    g.rows.push_back(Row{RowRole::Group, {group, text("x")}});
    g.rows.push_back(Row{RowRole::Data, {covered(), text("y")}});
    g.rows.push_back(Row{RowRole::Data, {text("z"), text("w")}});
    const TableLayout gl = layout_table(g, m, 100.0);  // 50 pt columns: 44 pt of text, 10 characters
    const double line = 8.5 * 1.2;
    const double pad = 3.0 + 1.5;
    CHECK(gl.body[0][0].lines == std::vector<std::string>{"satu dua", "tiga empat", "lima enam"});
    CHECK(gl.row_heights[0] == doctest::Approx(line + pad));
    CHECK(gl.row_heights[1] == doctest::Approx(2 * line));
    CHECK(gl.block_end == std::vector<std::size_t>{1, 1, 2});
    CHECK(gl.block_need[0] == doctest::Approx(3 * line + pad));
    CHECK(gl.block_need[2] == 0.0);
}

namespace {

TableLayout rows_of(std::vector<double> heights) {
    TableLayout l;
    l.row_heights = std::move(heights);
    for (std::size_t i = 0; i < l.row_heights.size(); ++i)
        l.block_end.push_back(i);
    l.block_need.assign(l.row_heights.size(), 0.0);
    return l;
}

std::vector<std::vector<std::size_t>> rows_per_slice(const std::vector<TableSlice>& slices) {
    std::vector<std::vector<std::size_t>> out;
    for (const auto& s : slices) {
        out.emplace_back();
        for (const auto& r : s.rows)
            out.back().push_back(r.row);
    }
    return out;
}

}  // namespace

TEST_CASE("pdf pagination: rows are never split and merged blocks stay together") {
    SUBCASE("plain rows fill each page") {
        const auto slices = paginate(rows_of({10, 10, 10, 10, 10}), 25.0, 30.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0, 1}, {2, 3, 4}});
    }
    SUBCASE("a block that fits on a page moves to the next page whole") {
        TableLayout l = rows_of({10, 10, 10, 10, 10, 10});
        l.block_end[1] = 3;  // rows 1..3 share a merged cell
        const auto slices = paginate(l, 35.0, 40.0);
        // The last row does not start a page alone: row 4 goes with it.
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0}, {1, 2, 3}, {4, 5}});
        // The table starts where its first two blocks fit (no first row alone at a page foot), or its first
        // block when the two would not fit on any page.
        CHECK(start_height(l, 40.0) == 40.0);
        CHECK(start_height(l, 39.0) == 10.0);
    }
    SUBCASE("the notes' height (tail) stays with the last row; the last row takes its predecessor along") {
        const TableLayout l = rows_of({10, 10, 10, 10});
        CHECK(rows_per_slice(paginate(l, 40.0, 40.0, 0.0)) ==
              std::vector<std::vector<std::size_t>>{{0, 1, 2, 3}});
        CHECK(rows_per_slice(paginate(l, 40.0, 40.0, 5.0)) ==
              std::vector<std::vector<std::size_t>>{{0, 1}, {2, 3}});
        CHECK(rows_per_slice(paginate(l, 45.0, 40.0, 5.0)) ==
              std::vector<std::vector<std::size_t>>{{0, 1, 2, 3}});
    }
    SUBCASE("a block that does not fit below the title is broken, not moved away from it") {
        TableLayout l = rows_of({10, 10, 10, 10});
        l.block_end[0] = 2;
        const auto slices = paginate(l, 25.0, 40.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0, 1}, {2, 3}});
    }
    SUBCASE("a block taller than a page breaks between rows; each piece holds the merged text") {
        TableLayout l = rows_of({10, 10, 10, 10, 10, 10, 10});
        l.block_end[0] = 5;    // 60 pt of rows, pages of 40 pt
        l.block_need[0] = 25;  // the merged text
        const auto slices = paginate(l, 40.0, 40.0);
        REQUIRE(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0, 1, 2, 3}, {4, 5, 6}});
        // The piece on the second page (rows 4, 5) is 20 pt: its last row grows to 15 pt.
        CHECK(slices[1].rows[0].height == 10.0);
        CHECK(slices[1].rows[1].height == 15.0);
        CHECK(slices[1].rows[2].height == 10.0);
        CHECK(start_height(l, 40.0) == 25.0);
    }
    SUBCASE("a broken block does not start where its merged text cannot fit") {
        TableLayout l = rows_of({10, 10, 10, 10, 10, 10, 10});
        l.block_end[1] = 6;
        l.block_need[1] = 25;
        const auto slices = paginate(l, 30.0, 40.0);
        CHECK(rows_per_slice(slices) == std::vector<std::vector<std::size_t>>{{0}, {1, 2, 3, 4}, {5, 6}});
        CHECK(slices[2].rows[1].height == 15.0);
    }
}

TEST_CASE("pdf chart data: series names, gaps and axis") {
    Table t;
    t.columns.resize(8);
    t.header = {{head("No", 3), head("Realisasi Kinerja", 1, 6), covered(), covered(), covered(), covered(),
                 covered(), head("Ket", 3)},
                {covered(), head("Tahun 2022", 1, 3), covered(), covered(), head("Tahun 2023", 1, 3),
                 covered(), covered(), covered()},
                {covered(), head("Target"), head("Realisasi"), head("Capaian"), head("Target"),
                 head("Realisasi"), head("Capaian"), covered()},
                {head("(1)"), head("(2)"), head("(3)"), head("(4)"), head("(5)"), head("(6)"), head("(7)"),
                 head("(8)")}};
    CHECK(series_names(t, {3, 6}) == std::vector<std::string>{"Tahun 2022", "Tahun 2023"});
    CHECK(series_names(t, {6}) == std::vector<std::string>{"Realisasi Kinerja Tahun 2023 Capaian"});

    t.rows.push_back(Row{RowRole::Data,
                         {text("A"), decimal(1), decimal(1), percent(92.3241), decimal(1), decimal(1),
                          Cell::not_available("x"), text("")}});
    Chart c;
    c.category_column = 0;
    c.value_columns = {3, 6};
    c.rows = {0};
    const ChartData d = chart_data(t, c);
    CHECK(d.categories == std::vector<std::string>{"A"});
    REQUIRE(d.values.size() == 1);
    CHECK(d.values[0][0] == 92.3241);
    CHECK_FALSE(d.values[0][1].has_value());
    CHECK(d.labels[0] == std::vector<std::string>{"92,32%", ""});
    CHECK(d.percent);

    const ValueAxis a = nice_axis(0.0, 118.4);
    CHECK(a.min == 0.0);
    CHECK(a.max == 125.0);
    CHECK(a.step == 25.0);
    CHECK(a.ticks() == std::vector<double>{0, 25, 50, 75, 100, 125});
    const ValueAxis b = nice_axis(-3.0, 0.8);
    CHECK(b.min == -3.0);
    CHECK(b.max == 1.0);
    CHECK(b.step == 1.0);
    const ValueAxis small = nice_axis(0.0, 1.0242);
    CHECK(small.step == 0.25);
    CHECK(small.decimals == 2);
}
