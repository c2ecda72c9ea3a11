#pragma once
// The report's tables as HTML, for the page `lkjip serve` shows: header rows with their spans, merged
// body cells, numbers right-aligned as the report prints them ("92,32%", "8.729.827.382"), predikat and
// atribut cells shaded by band, n/a with its reason as a tooltip, notes under the table. Only files in
// render/html/ write HTML for tables; every text that comes from the data is escaped.
#include <string>
#include <string_view>

#include "table/table.hpp"

namespace lkjip::render::html {

// Text made safe for HTML element content and attribute values (& < > " ').
std::string escape(std::string_view text);

// The anchor id of a table: "tabel-3-1-1" for nomor "3.1.1", the template id when there is no nomor.
std::string table_anchor(const table::Table& t);

// One table: <section class="tabel" id="..."><h3>Tabel nomor judul</h3> (the judul alone without a nomor)<div
// class="gulir"><table>
// ...</table></div><ul class="catatan">...</ul></section>. Charts are not drawn (the XLSX and the PDF
// carry them).
std::string render_table(const table::Table& t);

// Every table of the report in order, each as render_table writes it.
std::string render_tables(const table::Report& report);

}  // namespace lkjip::render::html
