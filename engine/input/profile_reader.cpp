#include "input/profile_reader.hpp"

#include <algorithm>
#include <charconv>
#include <system_error>

#include "core/text.hpp"

namespace lkjip::input {

namespace {

const std::vector<std::string> kKnownKeys = {
    "opd.nama",           "opd.pemda",      "opd.tahun",      "opd.singkatan", "opd.jenis",
    "kepala.nama",        "kepala.jabatan", "kepala.pangkat", "kepala.nip",    "pengesahan.tempat",
    "pengesahan.tanggal", "renstra.awal",   "renstra.akhir",  "rpjmd.visi",    "rpjmd.misi",
};

class ProfileFields {
  public:
    ProfileFields(const PropertyMap& map, Diagnostics& diagnostics)
        : map_(map), keys_(map), diagnostics_(diagnostics) {}

    std::string text(const std::string& key, bool required) {
        const Property* p = keys_.get(key);
        if (p && !text::trim(p->value).empty())
            return std::string(text::trim(p->value));
        if (required) {
            SourceLocation where = p ? map_.location(*p) : SourceLocation::key(map_.file, key);
            diagnostics_.error(where, "nilai wajib diisi");
        }
        return {};
    }

    int year(const std::string& key, bool required = true) {
        const std::string raw = text(key, required);
        if (raw.empty())
            return 0;
        int value = 0;
        auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
        if (ec != std::errc() || ptr != raw.data() + raw.size() || value < 1990 || value > 2100) {
            diagnostics_.error(location(key), "tahun 1990-2100 diharapkan, ditemukan \"" + raw + "\"");
            return 0;
        }
        return value;
    }

    SourceLocation location(const std::string& key) const {
        const Property* p = map_.find(key);
        return p ? map_.location(*p) : SourceLocation::key(map_.file, key);
    }

    std::vector<std::string> list(const std::string& key) {
        std::vector<std::string> out;
        if (const std::string single = text(key, false); !single.empty())
            out.push_back(single);
        for (int i = 1;; ++i) {
            const std::string item = text(key + "." + std::to_string(i), false);
            if (item.empty() && !map_.find(key + "." + std::to_string(i)))
                break;
            if (!item.empty())
                out.push_back(item);
        }
        return out;
    }

    KeyTracker& keys() { return keys_; }

  private:
    const PropertyMap& map_;
    KeyTracker keys_;
    Diagnostics& diagnostics_;
};

// NIP (Nomor Induk Pegawai) has 18 digits: birth date (8), appointment month (6), sex (1), serial (3).
bool valid_nip(const std::string& nip) {
    std::size_t digits = 0;
    for (char c : nip) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c != ' ' && c != '.') {
            return false;
        }
    }
    return digits == 18;
}

}  // namespace

ProfileRead read_profile(const PropertyMap& map, Diagnostics& diagnostics) {
    ProfileRead out;
    model::Profile& p = out.profile;
    ProfileFields f(map, diagnostics);
    const std::string jenis = f.text("opd.jenis", false);
    if (const std::string k = text::normalize_key(jenis); k.empty() || k == "opd") {
        p.jenis = model::InstansiKind::Opd;
    } else if (k == "pemda") {
        p.jenis = model::InstansiKind::Pemda;
    } else if (k == "instansi_vertikal") {
        p.jenis = model::InstansiKind::InstansiVertikal;
    } else {
        diagnostics.error(
            f.location("opd.jenis"),
            "\"opd\", \"pemda\" atau \"instansi_vertikal\" diharapkan, ditemukan \"" + jenis + "\"");
    }
    p.nama_opd = f.text("opd.nama", true);
    // An OPD's titles name its pemda; a pemda's or an instansi vertikal's name stands alone.
    p.pemda = f.text("opd.pemda", p.jenis == model::InstansiKind::Opd);
    p.tahun = f.year("opd.tahun");
    p.singkatan = f.text("opd.singkatan", false);
    p.kepala.nama = f.text("kepala.nama", true);
    p.kepala.jabatan = f.text("kepala.jabatan", false);
    p.kepala.pangkat = f.text("kepala.pangkat", false);
    p.kepala.nip = f.text("kepala.nip", false);
    if (!p.kepala.nip.empty() && !valid_nip(p.kepala.nip)) {
        diagnostics.error(f.location("kepala.nip"),
                          "NIP harus 18 angka (spasi boleh), ditemukan \"" + p.kepala.nip + "\"");
    }
    p.tempat_pengesahan = f.text("pengesahan.tempat", false);
    p.tanggal_pengesahan = f.text("pengesahan.tanggal", false);
    // The Renstra period may be left out as a whole (no renstra.csv, no Renstra tables); not half of it.
    const bool awal_written = !f.text("renstra.awal", false).empty();
    const bool akhir_written = !f.text("renstra.akhir", false).empty();
    p.renstra_absent = !awal_written && !akhir_written;
    if (awal_written != akhir_written) {
        diagnostics.error(f.location(awal_written ? "renstra.akhir" : "renstra.awal"),
                          "nilai wajib diisi: renstra.awal dan renstra.akhir diisi keduanya (atau keduanya "
                          "dikosongkan bila tidak ada renstra.csv)");
    }
    p.renstra_awal = f.year("renstra.awal", false);
    p.renstra_akhir = f.year("renstra.akhir", false);
    if (p.renstra_awal && p.renstra_akhir) {
        if (p.renstra_awal > p.renstra_akhir) {
            diagnostics.error(f.location("renstra.akhir"), "akhir periode Renstra sebelum awalnya");
        } else if (p.renstra_akhir - p.renstra_awal > 10) {
            diagnostics.error(f.location("renstra.akhir"), "periode Renstra lebih dari 10 tahun");
        } else if (p.tahun && (p.tahun < p.renstra_awal || p.tahun > p.renstra_akhir)) {
            diagnostics.warning(f.location("opd.tahun"),
                                "tahun " + std::to_string(p.tahun) + " di luar periode Renstra " +
                                    std::to_string(p.renstra_awal) + "-" + std::to_string(p.renstra_akhir));
        }
    }
    p.visi = f.text("rpjmd.visi", false);
    p.misi = f.list("rpjmd.misi");

    out.konvensi = map.subtree("konvensi");
    f.keys().mark_used_prefix("konvensi");
    f.keys().report_unknown(kKnownKeys, diagnostics);
    return out;
}

}  // namespace lkjip::input
