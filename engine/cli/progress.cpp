#include "cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace lkjip::cli {

namespace {
constexpr const char* kClearToEnd = "\x1b[K";  // ANSI "erase in line": what a longer line left behind
}

std::string format_duration(std::chrono::milliseconds d) {
    const long long total = (std::max<long long>(d.count(), 0) + 500) / 1000;
    const long long hours = total / 3600;
    const long long minutes = total / 60 % 60;
    const long long seconds = total % 60;
    char buffer[32];
    if (hours > 0)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", hours, minutes, seconds);
    else
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld", minutes, seconds);
    return buffer;
}

std::string progress_line(std::size_t done, std::size_t total, std::chrono::milliseconds elapsed) {
    std::string line = "batch: " + std::to_string(done) + "/" + std::to_string(total) + " selesai, " +
                       format_duration(elapsed) + " berlalu";
    if (done > 0 && done < total) {
        const auto left = elapsed * static_cast<long long>(total - done) / static_cast<long long>(done);
        line += ", perkiraan sisa " + format_duration(left);
    }
    return line;
}

bool is_terminal(const std::ostream& err) {
    // Only the real standard error: a test's string stream must not get terminal codes.
    return &err == &std::cerr && isatty(STDERR_FILENO) == 1;
}

BatchProgress::BatchProgress(std::ostream& err, bool terminal, std::size_t total)
    : err_(err), terminal_(terminal), total_(total), start_(std::chrono::steady_clock::now()) {
    if (terminal_) {
        std::lock_guard<std::mutex> lock(mutex_);
        show();
    }
}

BatchProgress::~BatchProgress() {
    finish();
}

void BatchProgress::finished_one() {
    if (!terminal_)
        return;
    std::lock_guard<std::mutex> lock(mutex_);
    ++done_;
    show();
}

void BatchProgress::finish() {
    if (!terminal_)
        return;
    std::lock_guard<std::mutex> lock(mutex_);
    if (shown_)
        err_ << '\r' << kClearToEnd << std::flush;
    shown_ = false;
}

void BatchProgress::show() {
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start_);
    err_ << '\r' << progress_line(done_, total_, elapsed) << kClearToEnd << std::flush;
    shown_ = true;
}

}  // namespace lkjip::cli
