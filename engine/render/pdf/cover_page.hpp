#pragma once
// The first and the last thing a reader sees: a plain centred cover (title, OPD, pemda, year; no
// images) and the head of the OPD's signature block after the last table.
#include "render/pdf/page_frame.hpp"
#include "table/table.hpp"

namespace lkjip::render::pdf {

// Starts the document with the cover page (portrait, no footer).
void draw_cover(Pages& pages, const table::Report& report);

// Right-aligned block: place and date, jabatan, room for the signature, name (bold, underlined), pangkat
// and NIP. Below the cursor when it fits, else on a new page.
void draw_signature(Pages& pages, const table::Report& report);

}  // namespace lkjip::render::pdf
