#include "document/document_text.hpp"

#include <type_traits>

namespace lkjip::document {

std::string Paragraph::text() const {
    std::string out;
    for (const Run& r : runs)
        out += r.text;
    return out;
}

namespace {

std::string runs_text(const Paragraph& p) {
    std::string out;
    for (const Run& r : p.runs)
        out += r.bold ? "**" + r.text + "**" : r.text;
    return out;
}

std::string marker(const Paragraph& p) {
    switch (p.origin) {
        case Origin::Generated:
            return "» ";
        case Origin::Placeholder:
            return "! ";
        case Origin::Narrative:
            return "| ";
        case Origin::Fixed:
            break;
    }
    return "";
}

}  // namespace

std::string to_text(const Document& doc) {
    std::string out = "# " + doc.title + "\n";
    for (const Section& s : doc.sections) {
        out += "\n=== ";
        out += s.cover ? "sampul" : (s.orientation == table::Orientation::Landscape ? "lanskap" : "potret");
        out += " ===\n";
        if (s.cover)
            out += doc.report.opd + "\n" + doc.report.pemda + "\n";
        for (const Block& b : s.blocks) {
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, Heading>) {
                        out += "\n" + std::string(static_cast<std::size_t>(v.level), '#') + " " +
                               (v.number.empty() ? "" : v.number + " ") + v.text + "\n";
                    } else if constexpr (std::is_same_v<T, Paragraph>) {
                        out += marker(v) + runs_text(v) + "\n";
                    } else if constexpr (std::is_same_v<T, List>) {
                        int k = 0;
                        for (const Paragraph& item : v.items)
                            out += "  " + (v.numbered ? std::to_string(++k) + ". " : std::string("- ")) +
                                   marker(item) + runs_text(item) + "\n";
                    } else if constexpr (std::is_same_v<T, TableRef>) {
                        const table::Table& t = doc.report.tables[v.index];
                        out += "[Tabel " + t.nomor + " " + t.judul + "]\n";
                    } else if constexpr (std::is_same_v<T, Contents>) {
                        out += v.of == Contents::Of::Headings ? "[Daftar Isi]\n" : "[Daftar Tabel]\n";
                    } else if constexpr (std::is_same_v<T, Signature>) {
                        out += "[Tanda tangan: " + v.place_and_date;
                        for (const Signatory& g : v.signatories)
                            out += "; " + (g.role.empty() ? "" : g.role + ": ") + g.title + ", " + g.name +
                                   (g.nip.empty() ? "" : ", NIP " + g.nip);
                        out += "]\n";
                    }
                },
                b);
        }
    }
    return out;
}

}  // namespace lkjip::document
