#include "render/xlsx/workbook_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <mutex>

#include "core/diagnostic.hpp"
#include "core/system_error.hpp"
#include "core/temporary_files.hpp"

namespace lkjip::render::xlsx {

namespace {

// libxlsxwriter prints "[ERROR] workbook_close(): ..." and "[WARNING] ..." in English on stderr. While any
// workbook is being built, fd 2 points at /dev/null; the last one to finish puts it back. (Commands print
// their warnings before they write; batch's workers write nothing to stderr: their results are printed by
// the main thread after they finish.)
std::mutex quiet_mutex;
int quiet_depth = 0;
int saved_stderr = -1;

void quiet_stderr_begin() {
    const std::lock_guard lock(quiet_mutex);
    if (quiet_depth++ > 0)
        return;
    std::fflush(stderr);
    saved_stderr = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null >= 0) {
        ::dup2(null, STDERR_FILENO);
        ::close(null);
    }
}

void quiet_stderr_end() {
    const std::lock_guard lock(quiet_mutex);
    if (--quiet_depth > 0 || saved_stderr < 0)
        return;
    std::fflush(stderr);
    ::dup2(saved_stderr, STDERR_FILENO);
    ::close(saved_stderr);
    saved_stderr = -1;
}

}  // namespace

std::string xlsx_reason(lxw_error error) {
    switch (error) {
        case LXW_NO_ERROR:
            return "tidak ada galat";
        case LXW_ERROR_MEMORY_MALLOC_FAILED:
            return "memori tidak cukup";
        case LXW_ERROR_CREATING_XLSX_FILE:
            return "berkas tidak dapat dibuat";
        case LXW_ERROR_CREATING_TMPFILE:
        case LXW_ERROR_READING_TMPFILE:
            return "berkas sementara di folder sementara sistem (TMPDIR) tidak dapat dibuat atau dibaca";
        case LXW_ERROR_ZIP_FILE_OPERATION:
        case LXW_ERROR_ZIP_PARAMETER_ERROR:
        case LXW_ERROR_ZIP_BAD_ZIP_FILE:
        case LXW_ERROR_ZIP_INTERNAL_ERROR:
        case LXW_ERROR_ZIP_FILE_ADD:
        case LXW_ERROR_ZIP_CLOSE:
            return "arsip xlsx tidak dapat ditulis (disk penuh atau tidak dapat ditulisi?)";
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
            return "nama lembar lebih dari 31 karakter";
        case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
            return "nama lembar memuat karakter terlarang [ ] : * ? / \\";
        case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
            return "nama lembar diawali atau diakhiri tanda petik";
        case LXW_ERROR_SHEETNAME_ALREADY_USED:
            return "nama lembar sudah dipakai";
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED:
            return "teks lebih dari 32 karakter";
        case LXW_ERROR_128_STRING_LENGTH_EXCEEDED:
            return "teks lebih dari 128 karakter";
        case LXW_ERROR_255_STRING_LENGTH_EXCEEDED:
            return "teks lebih dari 255 karakter";
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
            return "teks melebihi batas sel Excel 32.767 karakter";
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
            return "baris atau kolom di luar batas lembar Excel (1.048.576 baris, 16.384 kolom)";
        default:
            return "galat pustaka xlsx nomor " + std::to_string(static_cast<int>(error));
    }
}

WorkbookFile::WorkbookFile(std::string path) : path_(std::move(path)) {
    // Created here, so that a folder that cannot be written is told now with the system's reason, and
    // through the temporaries' registry, so that nothing is created once an interruption has begun.
    // libxlsxwriter writes through the open descriptor (/proc/self/fd/N reopens the same file): should
    // an interruption remove the name meanwhile, what it writes goes to a file without a name, and the
    // name cannot come back.
    fd_ = create_temporary_file(path_);
    if (fd_ < 0)
        throw OutputError(path_ + ": galat: tidak dapat membuat berkas: " + system_reason(errno));
    std::string target = "/proc/self/fd/" + std::to_string(fd_);
    if (::access(target.c_str(), W_OK) != 0)
        target = path_;  // no /proc: the name itself
    lxw_workbook_options options = {};
    quiet_stderr_begin();
    workbook_ = workbook_new_opt(target.c_str(), &options);
    if (!workbook_) {
        quiet_stderr_end();
        ::close(fd_);
        std::remove(path_.c_str());
        throw OutputError(path_ + ": galat: buku kerja tidak dapat dibuat: memori tidak cukup");
    }
}

WorkbookFile::~WorkbookFile() {
    if (workbook_) {
        lxw_workbook_free(workbook_);
        std::remove(path_.c_str());
        quiet_stderr_end();
    }
    if (fd_ >= 0)
        ::close(fd_);
}

void WorkbookFile::close() {
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;
    lxw_error closed = LXW_NO_ERROR;
    int error = 0;
    errno = 0;
    closed = workbook_close(workbook);  // writes and frees
    error = errno;
    quiet_stderr_end();
    ::close(fd_);
    fd_ = -1;
    if (closed != LXW_NO_ERROR) {
        std::remove(path_.c_str());
        const bool system = error != 0 && closed != LXW_ERROR_CREATING_TMPFILE &&
                            closed != LXW_ERROR_READING_TMPFILE && closed < LXW_ERROR_FEATURE_NOT_SUPPORTED;
        throw OutputError(path_ + ": galat: buku kerja gagal ditulis: " +
                          (system ? system_reason(error) : xlsx_reason(closed)));
    }
}

}  // namespace lkjip::render::xlsx
