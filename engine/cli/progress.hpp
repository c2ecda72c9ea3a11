#pragma once
// batch's progress on a terminal: one line, rewritten in place ("\r", then cleared to its end) as inputs
// finish, with the count, the time so far and an estimate of the time left; erased when the batch ends so
// the results print as before. Not on a terminal (a log, a pipe, CI) nothing is written: the output stays
// what scripts already read.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace lkjip::cli {

// "batch: 3/40 selesai, 0:35 berlalu, perkiraan sisa 7:12": the estimate is the mean time per finished input
// times those left (none before the first finishes, nor at the end). Times are m:ss, or h:mm:ss from an hour.
std::string progress_line(std::size_t done, std::size_t total, std::chrono::milliseconds elapsed);

// "1:05", "1:00:00": whole seconds, rounded to the nearest.
std::string format_duration(std::chrono::milliseconds d);

// True when `err` is the process's standard error and that is a terminal.
bool is_terminal(const std::ostream& err);

class BatchProgress {
  public:
    // Shows 0/total at once when `terminal`; otherwise does nothing at all.
    BatchProgress(std::ostream& err, bool terminal, std::size_t total);
    BatchProgress(const BatchProgress&) = delete;
    BatchProgress& operator=(const BatchProgress&) = delete;
    ~BatchProgress();  // erases the line (if finish() was not called)

    // One more input finished; called from the worker threads.
    void finished_one();
    // Erases the line; what is printed next starts at the left margin.
    void finish();

  private:
    void show();  // with mutex_ held

    std::ostream& err_;
    bool terminal_;
    std::size_t total_;
    std::size_t done_ = 0;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_;
    std::mutex mutex_;
};

}  // namespace lkjip::cli
