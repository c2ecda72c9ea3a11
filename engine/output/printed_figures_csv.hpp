#pragma once
// Printed figures written back as angka_tercetak.csv (`audit --draft ... --save-printed FILE`): the figures
// read from a draft, for a reviewer to correct by hand and audit again with --printed.
#include <string>
#include <vector>

#include "model/printed_figure.hpp"

namespace lkjip::output {

// "tabel;halaman;objek;besaran;tahun;nilai;catatan" and a line per figure; a field holding ';', '"' or a
// line break is quoted with its quotes doubled, as the reader expects.
std::string printed_figures_csv(const std::vector<model::PrintedFigure>& figures);

}  // namespace lkjip::output
