#pragma once
// Report table templates (templates/laporan/*.json, or a folder given with --templates): read through
// PropertyTree into templates::TableTemplate. Unknown keys are refused with a "did you mean"; every message
// names the template file and the key path.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "template/table_template.hpp"

namespace lkjip::input {

// One template from its text. Problems go to `diagnostics`; the result is only meaningful without errors.
templates::TableTemplate read_table_template(std::string_view content, const std::string& file,
                                             Diagnostics& diagnostics);

// The default set compiled into lkjip (templates/laporan/), in file-name order.
std::vector<templates::TableTemplate> default_table_templates(Diagnostics& diagnostics);

// Every *.json / *.xml template in `folder`, in file-name order. Throws InputError when the folder cannot
// be read or holds no template.
std::vector<templates::TableTemplate> read_table_templates(const std::string& folder,
                                                           Diagnostics& diagnostics);

}  // namespace lkjip::input
