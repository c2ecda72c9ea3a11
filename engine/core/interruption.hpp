#pragma once
// Who answers SIGINT, SIGTERM and SIGHUP. By default lkjip removes its temporary files and exits with
// 128 + the signal (cli/interrupt.cpp). A long-running front end (lkjip serve) installs a StopOnInterruption
// for its lifetime instead: the signal then asks it to stop cleanly, and it exits normally.
#include <functional>

namespace lkjip {

class StopOnInterruption {
  public:
    // `stop` is called from the thread that waits for the signals, once per signal; it must be safe to call
    // from another thread and more than once.
    explicit StopOnInterruption(std::function<void()> stop);
    ~StopOnInterruption();
    StopOnInterruption(const StopOnInterruption&) = delete;
    StopOnInterruption& operator=(const StopOnInterruption&) = delete;
};

// For the signal-waiting thread: calls the installed stop and returns true, or returns false when none is
// installed (the process should then exit).
bool deliver_interruption();

}  // namespace lkjip
