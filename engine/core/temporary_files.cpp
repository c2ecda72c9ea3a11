#include "core/temporary_files.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <vector>

namespace lkjip {

namespace fs = std::filesystem;

namespace {

struct Registered {
    std::string path;
    TemporaryKind kind = TemporaryKind::File;
};

// Never destroyed: the interruption thread may use them while the main thread is already running exit().
std::mutex& registry_mutex() {
    static auto* m = new std::mutex;
    return *m;
}

std::vector<Registered>& registry() {
    static auto* r = new std::vector<Registered>;
    return *r;
}

// The process id at the end of `name` after `marker`, or 0 when the name is not of that form.
long pid_after(const std::string& name, const std::string& marker) {
    const std::size_t at = name.rfind(marker);
    if (at == std::string::npos || name.size() < 2 || name.front() != '.')
        return 0;
    const char* first = name.data() + at + marker.size();
    const char* last = name.data() + name.size();
    long pid = 0;
    const auto [ptr, ec] = std::from_chars(first, last, pid);
    return ec == std::errc() && ptr == last && first != last ? pid : 0;
}

long stale_pid(const std::string& name) {
    if (const long pid = pid_after(name, ".lkjip-tmp-"))
        return pid;
    if (const long pid = pid_after(name, ".lkjip-bak-"))
        return pid;
    for (const char* legacy : {".xlsx.tmp-", ".pdf.tmp-"}) {
        if (const long pid = pid_after(name, legacy))
            return pid;
    }
    return 0;
}

bool process_gone(long pid) {
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace

std::string temporary_path_for(const std::string& final_path, const std::string& role) {
    const fs::path target(final_path);
    return (target.parent_path() /
            ("." + target.filename().string() + ".lkjip-" + role + "-" + std::to_string(::getpid())))
        .string();
}

void register_temporary(const std::string& path, TemporaryKind kind) {
    const std::lock_guard lock(registry_mutex());
    registry().push_back({path, kind});
}

void forget_temporary(const std::string& path) {
    const std::lock_guard lock(registry_mutex());
    auto& r = registry();
    const auto it = std::find_if(r.rbegin(), r.rend(), [&](const Registered& e) { return e.path == path; });
    if (it != r.rend())
        r.erase(std::next(it).base());
}

int create_temporary_file(const std::string& path) {
    // Under the lock: once the interruption thread holds it for good, this waits for the process's end.
    const std::lock_guard lock(registry_mutex());
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0666);
}

TemporaryWrite write_temporary_file(const std::string& path, std::string_view bytes) {
    const int fd = create_temporary_file(path);
    if (fd < 0)
        return {TemporaryWrite::Failed::Creating, errno};
    int error = 0;
    while (!bytes.empty() && error == 0) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n > 0)
            bytes.remove_prefix(static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            error = n == 0 ? EIO : errno;
    }
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0)
        return {};
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return {TemporaryWrite::Failed::Writing, error};
}

int create_temporary_folder(const std::string& path, TemporaryKind kind) {
    const std::lock_guard lock(registry_mutex());
    if (::mkdir(path.c_str(), 0777) != 0)
        return errno;
    registry().push_back({path, kind});
    return 0;
}

std::unique_lock<std::mutex> hold_temporaries() {
    return std::unique_lock(registry_mutex());
}

void remove_registered_temporaries_locked() {
    // Called on the interruption thread, an ordinary thread (not a signal handler): the library can be used.
    std::error_code ec;
    const auto& r = registry();
    for (auto it = r.rbegin(); it != r.rend(); ++it) {
        if (it->kind == TemporaryKind::File)
            fs::remove(it->path, ec);
        else if (it->kind == TemporaryKind::Folder)
            fs::remove_all(it->path, ec);
    }
    for (auto it = r.rbegin(); it != r.rend(); ++it) {
        if (it->kind == TemporaryKind::EmptyFolder)
            ::rmdir(it->path.c_str());
    }
}

void remove_stale_temporaries(const std::string& folder) {
    std::error_code ec;
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(folder.empty() ? "." : folder, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const long pid = stale_pid(name);
        if (pid > 0 && pid != ::getpid() && process_gone(pid))
            stale.push_back(it->path());
    }
    for (const fs::path& p : stale)
        fs::remove_all(p, ec);
}

}  // namespace lkjip
