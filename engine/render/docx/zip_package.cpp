#include "render/docx/zip_package.hpp"

#include <minizip/zip.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>

#include "core/utc_time.hpp"

namespace lkjip::render::docx {

ZipDate zip_date(std::time_t utc) {
    using namespace std::chrono;
    const sys_seconds first = sys_days{year{1980} / January / 1};
    const sys_seconds last = sys_days{year{2107} / December / 31} + hours{23} + minutes{59} + seconds{58};
    const sys_seconds at = std::clamp(sys_seconds{seconds{utc}}, first, last);
    const UtcTime t = utc_time(static_cast<std::time_t>(at.time_since_epoch().count()));
    return ZipDate{t.year, t.month, t.day, t.hour, t.minute, t.second};
}

unsigned long dos_date_time(const ZipDate& d) {
    const auto u = [](int v) { return static_cast<unsigned long>(std::max(v, 0)); };
    const unsigned long date = (u(std::clamp(d.year, 1980, 2107) - 1980) << 9) | (u(d.month) << 5) | u(d.day);
    const unsigned long time = (u(d.hour) << 11) | (u(d.minute) << 5) | (u(d.second) / 2);
    return (date << 16) | time;
}

namespace {

// minizip writes through these callbacks into a string: the package is built in memory and written to its
// file once, through the temporaries' registry.
struct Sink {
    std::string bytes;
    std::size_t at = 0;
};

voidpf open_sink(voidpf opaque, const char*, int) {
    return opaque;
}

uLong read_sink(voidpf, voidpf stream, void* buf, uLong size) {
    Sink& s = *static_cast<Sink*>(stream);
    const std::size_t n = std::min<std::size_t>(size, s.bytes.size() - std::min(s.at, s.bytes.size()));
    if (n == 0)  // memcpy's pointers must not be null even for no bytes (UBSan checks it)
        return 0;
    std::memcpy(buf, s.bytes.data() + s.at, n);
    s.at += n;
    return static_cast<uLong>(n);
}

uLong write_sink(voidpf, voidpf stream, const void* buf, uLong size) {
    Sink& s = *static_cast<Sink*>(stream);
    if (size == 0)
        return 0;
    if (s.at + size > s.bytes.size())
        s.bytes.resize(s.at + size);
    std::memcpy(s.bytes.data() + s.at, buf, size);
    s.at += size;
    return size;
}

long tell_sink(voidpf, voidpf stream) {
    return static_cast<long>(static_cast<Sink*>(stream)->at);
}

long seek_sink(voidpf, voidpf stream, uLong offset, int origin) {
    Sink& s = *static_cast<Sink*>(stream);
    std::size_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = s.at;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = s.bytes.size();
    s.at = base + offset;
    return 0;
}

int close_sink(voidpf, voidpf) {
    return 0;
}

int error_sink(voidpf, voidpf) {
    return 0;
}

void check(int rc, const char* what) {
    if (rc != ZIP_OK)
        throw std::runtime_error(std::string("minizip: ") + what + " gagal (" + std::to_string(rc) + ")");
}

}  // namespace

std::string zip_package(const std::vector<ZipEntry>& entries, const ZipDate& date) {
    Sink sink;
    zlib_filefunc_def functions{};
    functions.zopen_file = open_sink;
    functions.zread_file = read_sink;
    functions.zwrite_file = write_sink;
    functions.ztell_file = tell_sink;
    functions.zseek_file = seek_sink;
    functions.zclose_file = close_sink;
    functions.zerror_file = error_sink;
    functions.opaque = &sink;
    zipFile zip = zipOpen2("package.docx", APPEND_STATUS_CREATE, nullptr, &functions);
    if (zip == nullptr)
        throw std::runtime_error("minizip: zipOpen2 gagal");
    try {
        for (const ZipEntry& e : entries) {
            zip_fileinfo info{};
            info.dosDate = dos_date_time(date);
            check(zipOpenNewFileInZip(zip, e.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                      Z_DEFAULT_COMPRESSION),
                  "zipOpenNewFileInZip");
            if (!e.data.empty())
                check(zipWriteInFileInZip(zip, e.data.data(), static_cast<unsigned>(e.data.size())),
                      "zipWriteInFileInZip");
            check(zipCloseFileInZip(zip), "zipCloseFileInZip");
        }
    } catch (...) {
        zipClose(zip, nullptr);
        throw;
    }
    check(zipClose(zip, nullptr), "zipClose");
    return std::move(sink.bytes);
}

}  // namespace lkjip::render::docx
