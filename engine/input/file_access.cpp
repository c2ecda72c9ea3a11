#include "input/file_access.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/diagnostic.hpp"

namespace lkjip::input {

namespace {

[[noreturn]] void refuse(const std::string& path, const std::string& why) {
    throw InputError(SourceLocation::in_file(path), why);
}

// What a non-regular file is, in words a planning officer can act on.
std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "berkas diharapkan, ditemukan folder";
    if (S_ISFIFO(mode))
        return "bukan berkas biasa (pipa bernama/FIFO); lkjip hanya membaca berkas biasa";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "bukan berkas biasa (perangkat, mis. /dev/zero); lkjip hanya membaca berkas biasa";
    if (S_ISSOCK(mode))
        return "bukan berkas biasa (soket); lkjip hanya membaca berkas biasa";
    return "bukan berkas biasa; lkjip hanya membaca berkas biasa";
}

std::string open_failure(const std::string& path, int error) {
    switch (error) {
        case ENOENT: {
            struct stat link {};
            if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
                return "tautan simbolik menunjuk ke berkas yang tidak ada";
            return "berkas tidak ditemukan";
        }
        case ELOOP:
            return "tautan simbolik berputar (menunjuk ke dirinya sendiri); berkas tidak dapat dibaca";
        case EACCES:
        case EPERM:
            return "berkas tidak dapat dibuka untuk dibaca: izin ditolak";
        case ENOTDIR:
            return "berkas tidak ditemukan (bagian jalurnya bukan folder)";
        case ENAMETOOLONG:
            return "nama berkas terlalu panjang";
        default:
            return std::string("berkas tidak dapat dibuka untuk dibaca: ") + std::strerror(error);
    }
}

std::string too_large(unsigned long long size, std::size_t max_bytes, bool exact) {
    return "berkas terlalu besar (" + std::string(exact ? "" : "lebih dari ") + size_text(size) + "; batas " +
           size_text(max_bytes) + "; ubah dengan --max-file-mb)";
}

class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

  private:
    int fd_;
};

}  // namespace

std::string size_text(unsigned long long bytes) {
    constexpr unsigned long long kKiB = 1024, kMiB = 1024 * 1024;
    if (bytes < kKiB)
        return std::to_string(bytes) + " B";
    const unsigned long long unit = bytes < kMiB ? kKiB : kMiB;
    const unsigned long long tenths = bytes * 10 / unit;  // truncated: 1,99 MiB shows as 1,9 MiB
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        text += "," + std::to_string(tenths % 10);
    return text + (unit == kKiB ? " KiB" : " MiB");
}

namespace {

// An open descriptor on a regular file of at most max_bytes (by fstat), or an InputError.
int open_regular(const std::string& path, std::size_t max_bytes, unsigned long long& size) {
    // stat() first, so that a FIFO or a device is refused without being opened at all (opening a FIFO
    // blocks until a writer comes; opening some devices has effects).
    struct stat before {};
    if (::stat(path.c_str(), &before) != 0)
        refuse(path, open_failure(path, errno));
    if (!S_ISREG(before.st_mode))
        refuse(path, kind_of(before.st_mode));
    // O_NONBLOCK: should the path have been swapped for a FIFO since stat(), open() still returns at once,
    // and fstat() below refuses it.
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        refuse(path, open_failure(path, errno));
    struct stat opened {};
    if (::fstat(fd.get(), &opened) != 0)
        refuse(path, open_failure(path, errno));
    if (!S_ISREG(opened.st_mode))
        refuse(path, kind_of(opened.st_mode));
    size = static_cast<unsigned long long>(opened.st_size);
    if (size > max_bytes)
        refuse(path, too_large(size, max_bytes, true));
    return fd.release();
}

}  // namespace

void check_readable_file(const std::string& path, std::size_t max_bytes) {
    unsigned long long size = 0;
    const Descriptor fd(open_regular(path, max_bytes, size));
}

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
    unsigned long long size = 0;
    const Descriptor fd(open_regular(path, max_bytes, size));

    // The size from fstat is a hint: the file can grow while it is read, so the loop stops one byte past
    // the limit whatever it says.
    std::string content;
    content.reserve(static_cast<std::size_t>(size));
    char buffer[64 * 1024];
    for (;;) {
        const std::size_t room = max_bytes + 1 - content.size();
        const ssize_t n = ::read(fd.get(), buffer, room < sizeof buffer ? room : sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            refuse(path, std::string("berkas tidak dapat dibaca: ") + std::strerror(errno));
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > max_bytes)
            refuse(path, too_large(content.size(), max_bytes, false));
    }
    return content;
}

bool file_exists(const std::string& path) {
    struct stat link {};
    return ::lstat(path.c_str(), &link) == 0;
}

}  // namespace lkjip::input
