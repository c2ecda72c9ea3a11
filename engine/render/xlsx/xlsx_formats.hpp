#pragma once
// libxlsxwriter formats, created once per distinct look and shared by every cell that has it.
#include <compare>
#include <cstdint>
#include <map>
#include <string>

#include "render/xlsx/xlsxwriter.hpp"
#include "table/table.hpp"

namespace lkjip::render::xlsx {

enum class CellRole { Title, Header, Body, Note };

class FormatCache {
  public:
    explicit FormatCache(lxw_workbook* workbook) : workbook_(workbook) {}
    lxw_format* get(CellRole role, const table::Cell& cell);

  private:
    // What a cell's format depends on, compared without building a string for every cell. Two keys may
    // stand for one format (Rupiah and Integer share "#,##0"): `formats_` below decides, as before.
    struct Key {
        int role = 0;
        bool number = false;
        int style = 0;
        int decimals = 0;
        bool bold = false;
        int align = 0;
        int indent = 0;
        std::uint32_t fill = 0;
        bool not_available = false;
        auto operator<=>(const Key&) const = default;
    };

    lxw_workbook* workbook_;
    std::map<Key, lxw_format*> by_key_;
    std::map<std::string, lxw_format*> formats_;
};

// Fill colour of a shaded cell (predikat, atribut, efisiensi bands), from green (best) to red.
std::uint32_t shade_colour(const table::Shade& shade);

}  // namespace lkjip::render::xlsx
