#include "document/table_list.hpp"

#include <variant>

namespace lkjip::document {

std::vector<ListedTable> listed_tables(const Document& doc) {
    std::vector<ListedTable> out;
    std::vector<bool> listed(doc.report.tables.size(), false);
    std::size_t slot = 0;
    for (const Section& s : doc.sections) {
        for (const Block& b : s.blocks) {
            const auto* t = std::get_if<TableRef>(&b);
            if (!t)
                continue;
            if (t->index < listed.size() && !listed[t->index]) {
                listed[t->index] = true;
                out.push_back({t->index, slot});
            }
            ++slot;
        }
    }
    return out;
}

}  // namespace lkjip::document
