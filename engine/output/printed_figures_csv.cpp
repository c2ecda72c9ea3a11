#include "output/printed_figures_csv.hpp"

namespace lkjip::output {
namespace {

std::string field(const std::string& text) {
    if (text.find_first_of(";\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string printed_figures_csv(const std::vector<model::PrintedFigure>& figures) {
    std::string out = "tabel;halaman;objek;besaran;tahun;nilai;catatan\n";
    for (const model::PrintedFigure& f : figures)
        out += field(f.tabel) + ";" + field(f.halaman) + ";" + field(f.objek) + ";" + field(f.besaran) + ";" +
               std::to_string(f.tahun) + ";" + field(f.nilai) + ";" + field(f.catatan) + "\n";
    return out;
}

}  // namespace lkjip::output
