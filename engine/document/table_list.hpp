#pragma once
// The tables a Daftar Tabel lists, for every renderer that writes one.
#include <cstddef>
#include <vector>

#include "document/document.hpp"

namespace lkjip::document {

struct ListedTable {
    std::size_t index = 0;  // into Document::report.tables
    std::size_t slot = 0;   // the how-manieth table reference of the document (renderers record pages by it)
};

// Each table once, at its first reference, in document order.
std::vector<ListedTable> listed_tables(const Document& doc);

}  // namespace lkjip::document
