#include "render/pdf/document_output.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>
#include <system_error>

#include "core/diagnostic.hpp"
#include "core/system_error.hpp"
#include "core/temporary_files.hpp"
#include "core/utc_time.hpp"
#include "render/pdf/fonts.hpp"

namespace lkjip::render::pdf {

namespace {

constexpr std::size_t kIdDigits = 32;

std::uint64_t fnv1a(const std::string& bytes, std::uint64_t seed) {
    std::uint64_t h = seed;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

std::string hex64(std::uint64_t v) {
    static const char* digits = "0123456789ABCDEF";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i) {
        s[static_cast<std::size_t>(i)] = digits[v & 0xFu];
        v >>= 4;
    }
    return s;
}

bool is_hex(const std::string& s, std::size_t from, std::size_t n) {
    if (from + n > s.size())
        return false;
    for (std::size_t i = from; i < from + n; ++i) {
        const char c = s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

}  // namespace

std::string pdf_date(std::time_t utc) {
    const UtcTime t = utc_time(utc);
    char text[64];
    std::snprintf(text, sizeof text, "D:%04d%02d%02d%02d%02d%02dZ", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return text;
}

void set_metadata(PoDoFo::PdfMemDocument& document, const table::Report& report,
                  const std::optional<std::time_t>& created) {
    PoDoFo::PdfInfo* info = document.GetInfo();
    info->SetTitle(pdf_text(report.title));
    info->SetAuthor(pdf_text(report.opd));
    std::string subject = "Laporan Kinerja Instansi Pemerintah (LKjIP)";
    for (const std::string& part : {report.opd, report.pemda}) {
        if (!part.empty())
            subject += " " + part;
    }
    if (report.tahun > 0)
        subject += " Tahun" + report.year_suffix();
    info->SetSubject(pdf_text(subject));
    info->SetCreator(pdf_text("lkjip"));
    const int year = report.tahun > 0 && report.tahun < 9999 ? report.tahun + 1 : 2000;
    const std::string when = created ? pdf_date(*created) : "D:" + std::to_string(year) + "0101000000Z";
    const PoDoFo::PdfString date(when.c_str());
    PoDoFo::PdfDictionary& dict = info->GetObject()->GetDictionary();
    dict.AddKey(PoDoFo::PdfName("CreationDate"), date);
    dict.AddKey(PoDoFo::PdfName("ModDate"), date);
}

bool fix_document_id(std::string& pdf) {
    // PoDoFo writes "/ID[<32 hex><32 hex>]" in the trailer, the last one in the file.
    const std::size_t at = pdf.rfind("/ID[<");
    if (at == std::string::npos)
        return false;
    const std::size_t first = at + 5;
    const std::size_t second = first + kIdDigits + 2;
    if (!is_hex(pdf, first, kIdDigits) || pdf.compare(first + kIdDigits, 2, "><") != 0 ||
        !is_hex(pdf, second, kIdDigits))
        return false;
    pdf.replace(first, kIdDigits, kIdDigits, '0');
    pdf.replace(second, kIdDigits, kIdDigits, '0');
    // Same length as before, so the cross-reference offsets stay valid.
    const std::string id =
        hex64(fnv1a(pdf, 0xcbf29ce484222325ull)) + hex64(fnv1a(pdf, 0x84222325cbf29ce4ull));
    pdf.replace(first, kIdDigits, id);
    pdf.replace(second, kIdDigits, id);
    return true;
}

void write_document(PoDoFo::PdfMemDocument& document, const std::string& path) {
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    document.Write(&device);
    std::string bytes(buffer.GetBuffer(), device.GetLength());
    fix_document_id(bytes);

    // Created through the temporaries' registry: nothing is created once an interruption has begun.
    const TemporaryWrite written = write_temporary_file(path, bytes);
    if (written.failed == TemporaryWrite::Failed::Creating)
        throw OutputError(path + ": galat: tidak dapat membuat berkas PDF: " + system_reason(written.error));
    if (written.failed == TemporaryWrite::Failed::Writing)
        throw OutputError(path + ": galat: gagal menulis berkas PDF: " + system_reason(written.error));
}

}  // namespace lkjip::render::pdf
