#pragma once
// libxlsxwriter formats, created once per distinct look and shared by every cell that has it.
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
    lxw_workbook* workbook_;
    std::map<std::string, lxw_format*> formats_;
};

// Fill colour of a shaded cell (predikat, atribut, efisiensi bands), from green (best) to red.
std::uint32_t shade_colour(const table::Shade& shade);

}  // namespace lkjip::render::xlsx
