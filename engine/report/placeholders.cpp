#include "report/placeholders.hpp"

#include "rules/aggregation.hpp"
#include "rules/budget_rollup.hpp"
#include "rules/capaian.hpp"
#include "rules/efficiency.hpp"
#include "rules/rating.hpp"

namespace lkjip::report {

namespace {

using P = const compute::Performance&;
using N = const std::string&;

const model::Profile& profile(P p) {
    return p.opd->profile;
}

}  // namespace

const std::vector<Placeholder>& placeholders() {
    static const std::vector<Placeholder> all = {
        {"opd", "nama OPD", [](P p, N, int) { return profile(p).nama_opd; }},
        {"pemda", "pemerintah daerah", [](P p, N, int) { return profile(p).pemda; }},
        {"instansi",
         "nama instansi untuk judul: OPD dengan pemdanya (tanpa mengulang), pemda atau instansi vertikal",
         [](P p, N, int) { return model::instansi_name(profile(p)); }},
        // What the Ikhtisar calls the instansi: "Perangkat daerah" for an OPD, else "Instansi" (the row
        // "Pemerintah daerah" below it names the pemda).
        {"sebutan_instansi", "\"Perangkat daerah\" untuk OPD, selain itu \"Instansi\"",
         [](P p, N, int) -> std::string {
             return profile(p).jenis == model::InstansiKind::Opd ? "Perangkat daerah" : "Instansi";
         }},
        {"tahun", "tahun kolom (tahun laporan, atau tahun yang ditetapkan kolom)",
         [](P, N, int year) { return std::to_string(year); }},
        {"tahun_laporan", "tahun laporan N", [](P p, N, int) { return std::to_string(profile(p).tahun); }},
        {"tahun_lalu", "tahun N−1", [](P p, N, int) { return std::to_string(profile(p).tahun - 1); }},
        {"renstra_awal", "tahun awal Renstra",
         [](P p, N, int) { return std::to_string(profile(p).renstra_awal); }},
        {"renstra_akhir", "tahun akhir Renstra",
         [](P p, N, int) { return std::to_string(profile(p).renstra_akhir); }},
        {"nomor", "nomor tabel", [](P, N nomor, int) { return nomor; }},
        {"rumus_capaian", "rumus capaian positif dan negatif, dengan batas bawah dan atas yang berlaku",
         [](P p, N, int) { return rules::capaian_prose(p.conventions.capaian); }},
        {"skala_predikat", "skala predikat yang berlaku",
         [](P p, N, int) { return rules::scale_prose(p.conventions.predikat); }},
        {"skala_atribut", "skala atribut yang berlaku",
         [](P p, N, int) { return rules::scale_prose(p.conventions.atribut); }},
        {"rumus_rata_rata", "cara capaian sasaran dan OPD dirata-ratakan",
         [](P p, N, int) { return rules::aggregation_prose(p.conventions.aggregation); }},
        {"rumus_serapan", "pagu yang dipakai dan rumus serapan, juga untuk induk",
         [](P p, N, int) { return rules::serapan_prose(p.conventions.budget); }},
        {"rumus_efisiensi", "rumus dan kategori efisiensi yang berlaku",
         [](P p, N, int) { return rules::efficiency_prose(p.conventions.efficiency); }},
    };
    return all;
}

const std::vector<std::string>& placeholder_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const Placeholder& ph : placeholders())
            out.emplace_back(ph.name);
        return out;
    }();
    return names;
}

std::string expand_placeholders(const std::string& text, const compute::Performance& p,
                                const std::string& nomor, int column_year) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        if (open == std::string::npos) {
            out += text.substr(i);
            break;
        }
        const std::size_t close = text.find('}', open);
        out += text.substr(i, open - i);
        if (close == std::string::npos) {
            out += text.substr(open);
            break;
        }
        const std::string name = text.substr(open + 1, close - open - 1);
        const Placeholder* found = nullptr;
        for (const Placeholder& ph : placeholders()) {
            if (name == ph.name)
                found = &ph;
        }
        out += found ? found->value(p, nomor, column_year) : text.substr(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

}  // namespace lkjip::report
