#include "core/interruption.hpp"

#include <mutex>

namespace lkjip {

namespace {

std::mutex& stop_mutex() {
    static std::mutex m;
    return m;
}

std::function<void()>& installed_stop() {
    static std::function<void()> stop;
    return stop;
}

}  // namespace

StopOnInterruption::StopOnInterruption(std::function<void()> stop) {
    const std::lock_guard<std::mutex> lock(stop_mutex());
    installed_stop() = std::move(stop);
}

StopOnInterruption::~StopOnInterruption() {
    const std::lock_guard<std::mutex> lock(stop_mutex());
    installed_stop() = nullptr;
}

bool deliver_interruption() {
    const std::lock_guard<std::mutex> lock(stop_mutex());
    if (!installed_stop())
        return false;
    installed_stop()();
    return true;
}

}  // namespace lkjip
