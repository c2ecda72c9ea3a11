#include "input/draft/pdf_words.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

#include "core/companion_program.hpp"
#include "core/diagnostic.hpp"
#include "core/system_error.hpp"

extern char** environ;

namespace lkjip::input::draft {
namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
  public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(Fd&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd& operator=(Fd&&) = delete;
    int get() const { return fd_; }
    void reset() {
        if (fd_ >= 0)
            close(fd_);
        fd_ = -1;
    }

  private:
    int fd_;
};

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(
            line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos)
            return fields;
        start = tab + 1;
    }
}

bool to_double(std::string_view s, double& out) {
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char next = s[++i];
        out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
    }
    return out;
}

// An in-memory file holding the PDF, given to the program as its standard input: no temporary file on disk,
// and no risk of both processes waiting on full pipes.
Fd memory_file_with(const std::string& bytes) {
    Fd fd(memfd_create("lkjip-draft-pdf", MFD_CLOEXEC));
    if (fd.get() < 0)
        throw std::runtime_error("memfd_create: " + system_reason(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error("memfd write: " + system_reason(errno));
        done += static_cast<std::size_t>(n);
    }
    if (lseek(fd.get(), 0, SEEK_SET) != 0)
        throw std::runtime_error("memfd lseek: " + system_reason(errno));
    return fd;
}

std::string limit_message(std::string_view output) {
    const std::vector<std::string_view> f = split_tabs(output.substr(0, output.find('\n')));
    if (f.size() == 2 && f[0] == "halaman")
        return "PDF memuat " + std::string(f[1]) + " halaman; paling banyak " +
               std::to_string(kPdfWordsMaxPages) + " yang dibaca";
    if (f.size() == 3 && f[0] == "kata")
        return "halaman " + std::string(f[1]) + " memuat " + std::string(f[2]) + " kata; paling banyak " +
               std::to_string(kPdfWordsMaxWordsPerPage) + " per halaman";
    return "PDF melampaui batas pembacaan";
}

}  // namespace

std::vector<PdfPage> parse_pdf_words(std::string_view output, const std::string& file) {
    std::vector<PdfPage> pages;
    std::size_t line_number = 0;
    while (!output.empty()) {
        const std::size_t end = output.find('\n');
        const std::string_view line = output.substr(0, end);
        output = end == std::string_view::npos ? std::string_view() : output.substr(end + 1);
        ++line_number;
        const std::vector<std::string_view> f = split_tabs(line);
        double page = 0;
        if (f.size() == 2 && f[0] == "halaman" && to_double(f[1], page) && page >= 1 &&
            page <= kPdfWordsMaxPages) {
            pages.push_back({static_cast<int>(page), {}});
            continue;
        }
        PdfWord word;
        if (f.size() == 6 && f[0] == "kata" && !pages.empty() && to_double(f[1], word.x0) &&
            to_double(f[2], word.y0) && to_double(f[3], word.x1) && to_double(f[4], word.y1)) {
            word.text = unescape(f[5]);
            pages.back().words.push_back(std::move(word));
            continue;
        }
        throw InputError(SourceLocation::in_file(file), "pembaca PDF (" + std::string(kPdfWordsProgram) +
                                                            ") memberi baris " + std::to_string(line_number) +
                                                            " yang tidak dikenal");
    }
    return pages;
}

std::vector<PdfPage> read_pdf_words(const std::string& bytes, const std::string& file) {
    const SourceLocation where = SourceLocation::in_file(file);
    if (bytes.size() > kPdfWordsMaxInputBytes)
        throw InputError(
            where, "PDF lebih besar dari " + std::to_string(kPdfWordsMaxInputBytes / (1024 * 1024)) + " MiB");
    const std::string program = companion_program(kPdfWordsProgram);
    const Fd input = memory_file_with(bytes);
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe: " + system_reason(errno));
    Fd from_child(ends[0]);
    Fd to_parent(ends[1]);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input.get(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, to_parent.get(), STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    char* const argv[] = {const_cast<char*>(program.c_str()), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error(program + " tidak dapat dijalankan: " + system_reason(spawned));
    to_parent.reset();  // the child holds the only write end: end of file when it exits

    std::string output;
    bool too_long = false;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = read(from_child.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (output.size() + static_cast<std::size_t>(n) > kPdfWordsMaxOutputBytes) {
            too_long = true;
            kill(pid, SIGKILL);
            break;
        }
        output.append(buffer, static_cast<std::size_t>(n));
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (too_long)
        throw InputError(where, "PDF memuat terlalu banyak teks untuk dibaca sebagai draf");
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGXCPU)
            throw InputError(where, "pembacaan PDF dihentikan: melampaui batas " +
                                        std::to_string(kPdfWordsCpuSeconds) + " detik waktu prosesor");
        if (signal == SIGKILL)
            throw InputError(where, "pembacaan PDF dihentikan: melampaui batas waktu prosesor atau memori");
        throw InputError(where, "pembaca PDF berhenti pada berkas ini (sinyal " + std::to_string(signal) +
                                    ", " + strsignal(signal) + "); berkas rusak atau tidak didukung");
    }
    switch (WEXITSTATUS(status)) {
        case 0:
            return parse_pdf_words(output, file);
        case kPdfWordsNotPdf:
            throw InputError(where, "bukan berkas PDF yang dapat dibaca");
        case kPdfWordsLocked:
            throw InputError(where, "PDF terkunci kata sandi; buka kuncinya lebih dahulu");
        case kPdfWordsTooManyPages:
        case kPdfWordsTooManyWords:
            throw InputError(where, limit_message(output));
        default:
            // poppler out of the address space it is allowed ends in std::bad_alloc: abort or exit 1.
            throw InputError(where, "pembaca PDF gagal pada berkas ini (status " +
                                        std::to_string(WEXITSTATUS(status)) +
                                        "); berkas rusak, terlalu besar atau tidak didukung");
    }
}

}  // namespace lkjip::input::draft
