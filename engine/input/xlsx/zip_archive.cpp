#include "input/xlsx/zip_archive.hpp"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <unordered_map>
#include <vector>

#include "input/xlsx/error.hpp"

namespace lkjip::input::xlsx {

namespace {

// minizip reads through these callbacks; `opaque` is the archive's bytes, and each open gets its own
// cursor so that minizip may open the "file" as often as it likes.
struct MemoryFile {
    std::string_view bytes;
    std::uint64_t pos = 0;
};

voidpf ZCALLBACK memory_open(voidpf opaque, const void* /*filename*/, int mode) {
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    return new (std::nothrow) MemoryFile{*static_cast<const std::string_view*>(opaque), 0};
}

uLong ZCALLBACK memory_read(voidpf /*opaque*/, voidpf stream, void* buf, uLong size) {
    auto* f = static_cast<MemoryFile*>(stream);
    if (f->pos >= f->bytes.size())
        return 0;
    const std::uint64_t n = std::min<std::uint64_t>(size, f->bytes.size() - f->pos);
    std::memcpy(buf, f->bytes.data() + f->pos, static_cast<std::size_t>(n));
    f->pos += n;
    return static_cast<uLong>(n);
}

uLong ZCALLBACK memory_write(voidpf /*opaque*/, voidpf /*stream*/, const void* /*buf*/, uLong /*size*/) {
    return 0;  // read only
}

ZPOS64_T ZCALLBACK memory_tell(voidpf /*opaque*/, voidpf stream) {
    return static_cast<MemoryFile*>(stream)->pos;
}

// Like fseek, a position past the end is allowed (reads there return nothing); only overflow fails.
long ZCALLBACK memory_seek(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
    auto* f = static_cast<MemoryFile*>(stream);
    std::uint64_t base = 0;
    switch (origin) {
        case ZLIB_FILEFUNC_SEEK_SET:
            base = 0;
            break;
        case ZLIB_FILEFUNC_SEEK_CUR:
            base = f->pos;
            break;
        case ZLIB_FILEFUNC_SEEK_END:
            base = f->bytes.size();
            break;
        default:
            return -1;
    }
    if (offset > UINT64_MAX - base)
        return -1;
    f->pos = base + offset;
    return 0;
}

int ZCALLBACK memory_close(voidpf /*opaque*/, voidpf stream) {
    delete static_cast<MemoryFile*>(stream);
    return 0;
}

int ZCALLBACK memory_error(voidpf /*opaque*/, voidpf /*stream*/) {
    return 0;
}

struct Entry {
    std::string name;
    unz64_file_pos pos{};
    unsigned long flag = 0;
    unsigned long method = 0;
    std::uint64_t declared_size = 0;
};

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string corruption(int code) {
    switch (code) {
        case UNZ_CRCERROR:
            return "CRC tidak cocok";
        case Z_DATA_ERROR:
            return "data terkompresi tidak valid";
        case Z_BUF_ERROR:
        case UNZ_ERRNO:
            return "data terpotong";
        case UNZ_BADZIPFILE:
            return "header entri tidak valid";
        default:
            return "kode " + std::to_string(code);
    }
}

}  // namespace

struct ZipArchive::Impl {
    std::string file;
    ZipBudget budget;
    std::string_view bytes;  // `funcs.opaque` points here
    zlib_filefunc64_def funcs{};
    unzFile zip = nullptr;
    std::vector<Entry> entries;
    std::unordered_map<std::string, std::size_t> exact;
    std::unordered_map<std::string, std::size_t> folded;  // ASCII lower-case name -> first entry
    std::uint64_t total_read = 0;
    std::vector<char> buffer = std::vector<char>(64 * 1024);

    ~Impl() {
        if (zip != nullptr)
            unzClose(zip);
    }

    const Entry* find(std::string_view name) const {
        if (const auto it = exact.find(std::string(name)); it != exact.end())
            return &entries[it->second];
        if (const auto it = folded.find(ascii_lower(name)); it != folded.end())
            return &entries[it->second];
        return nullptr;
    }

    [[noreturn]] void fail_entry(std::string_view name, const std::string& what) const {
        fail(file, std::string(name) + ": " + what);
    }
};

// Closes the entry being read however reading ends; the explicit close on success reports the CRC.
class CurrentEntry {
  public:
    explicit CurrentEntry(unzFile zip) : zip_(zip) {}
    ~CurrentEntry() {
        if (zip_ != nullptr)
            unzCloseCurrentFile(zip_);
    }
    CurrentEntry(const CurrentEntry&) = delete;
    CurrentEntry& operator=(const CurrentEntry&) = delete;
    int close() {
        const int status = unzCloseCurrentFile(zip_);
        zip_ = nullptr;
        return status;
    }

  private:
    unzFile zip_;
};

std::unique_ptr<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string& file,
                                             ZipBudget budget) {
    auto impl = std::make_unique<Impl>();
    impl->file = file;
    impl->budget = budget;
    impl->bytes = bytes;
    impl->funcs.zopen64_file = memory_open;
    impl->funcs.zread_file = memory_read;
    impl->funcs.zwrite_file = memory_write;
    impl->funcs.ztell64_file = memory_tell;
    impl->funcs.zseek64_file = memory_seek;
    impl->funcs.zclose_file = memory_close;
    impl->funcs.zerror_file = memory_error;
    impl->funcs.opaque = &impl->bytes;
    impl->zip = unzOpen2_64("memory", &impl->funcs);
    if (impl->zip == nullptr)
        return nullptr;

    unz_global_info64 global{};
    if (unzGetGlobalInfo64(impl->zip, &global) != UNZ_OK)
        return nullptr;
    // An archive without entries is a zip all the same: the missing workbook part is then the message.
    if (global.number_entry == 0)
        return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(impl)));

    // The central directory is listed once; entries are then reached by position. Each record takes at
    // least 46 bytes of the archive, so the listing is bounded by the input's size.
    std::vector<char> name(65536);
    int status = unzGoToFirstFile(impl->zip);
    while (status == UNZ_OK) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(impl->zip, &info, name.data(), static_cast<uLong>(name.size()), nullptr,
                                    0, nullptr, 0) != UNZ_OK)
            return nullptr;
        Entry e;
        e.name.assign(name.data(), std::min<std::size_t>(info.size_filename, name.size() - 1));
        if (unzGetFilePos64(impl->zip, &e.pos) != UNZ_OK)
            return nullptr;
        e.flag = info.flag;
        e.method = info.compression_method;
        e.declared_size = info.uncompressed_size;
        const std::size_t index = impl->entries.size();
        impl->exact.emplace(e.name, index);
        impl->folded.emplace(ascii_lower(e.name), index);
        impl->entries.push_back(std::move(e));
        status = unzGoToNextFile(impl->zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return nullptr;
    return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(impl)));
}

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipArchive::~ZipArchive() = default;

const std::string& ZipArchive::file() const {
    return impl_->file;
}

bool ZipArchive::contains(std::string_view name) const {
    return impl_->find(name) != nullptr;
}

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> out;
    out.reserve(impl_->entries.size());
    for (const Entry& e : impl_->entries)
        out.push_back(e.name);
    return out;
}

void ZipArchive::read(std::string_view name, const std::function<void(std::string_view)>& sink) {
    read_entry(name, sink, true);
}

void ZipArchive::verify(std::string_view name) {
    const Entry* e = impl_->find(name);
    if (e == nullptr || (e->flag & 1u) != 0 || (e->method != 0 && e->method != Z_DEFLATED) ||
        e->declared_size > impl_->budget.max_entry_bytes)
        return;
    read_entry(
        name, [](std::string_view) {}, false);
}

void ZipArchive::read_entry(std::string_view name, const std::function<void(std::string_view)>& sink,
                            bool counted) {
    Impl& z = *impl_;
    const Entry* e = z.find(name);
    if (e == nullptr)
        z.fail_entry(name, "tidak ditemukan dalam arsip");
    if ((e->flag & 1u) != 0)
        z.fail_entry(name, "entri zip terenkripsi tidak didukung: simpan buku kerja tanpa kata sandi");
    if (e->method != 0 && e->method != Z_DEFLATED)
        z.fail_entry(name, "metode kompresi " + std::to_string(e->method) + " tidak didukung");
    const std::string too_big =
        "terlalu besar setelah diekstrak: lebih dari " + size_text(z.budget.max_entry_bytes);
    const std::string all_too_big = "isi arsip terlalu besar setelah diekstrak: lebih dari " +
                                    size_text(z.budget.max_total_bytes) + " seluruhnya";
    // The declared size is checked first (cheap, and usually honest)...
    if (e->declared_size > z.budget.max_entry_bytes)
        z.fail_entry(name, too_big);
    if (counted && e->declared_size > z.budget.max_total_bytes -
                                          std::min<std::uint64_t>(z.total_read, z.budget.max_total_bytes))
        z.fail_entry(name, all_too_big);

    unz64_file_pos pos = e->pos;
    if (unzGoToFilePos64(z.zip, &pos) != UNZ_OK)
        z.fail_entry(name, "entri zip rusak (" + corruption(UNZ_BADZIPFILE) + ")");
    if (const int status = unzOpenCurrentFile(z.zip); status != UNZ_OK)
        z.fail_entry(name, "entri zip rusak (" + corruption(status) + ")");
    CurrentEntry current(z.zip);
    // ...and the output is counted as it comes, because the declared size can lie. (minizip stops at the
    // declared size; a longer stream then fails its CRC, a shorter one the size check below.)
    std::uint64_t count = 0;
    for (;;) {
        const int n = unzReadCurrentFile(z.zip, z.buffer.data(), static_cast<unsigned>(z.buffer.size()));
        if (n < 0)
            z.fail_entry(name, "entri zip rusak (" + corruption(n) + ")");
        if (n == 0)
            break;
        count += static_cast<std::uint64_t>(n);
        if (count > z.budget.max_entry_bytes)
            z.fail_entry(name, too_big);
        if (counted) {
            z.total_read += static_cast<std::uint64_t>(n);
            if (z.total_read > z.budget.max_total_bytes)
                z.fail_entry(name, all_too_big);
        }
        sink(std::string_view(z.buffer.data(), static_cast<std::size_t>(n)));
    }
    if (count != e->declared_size)
        z.fail_entry(name, "entri zip rusak (ukuran setelah diekstrak tidak sesuai dengan yang tercatat)");
    if (const int status = current.close(); status != UNZ_OK)
        z.fail_entry(name, "entri zip rusak (" + corruption(status) + ")");
}

std::string ZipArchive::read_all(std::string_view name) {
    std::string out;
    read(name, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

}  // namespace lkjip::input::xlsx
