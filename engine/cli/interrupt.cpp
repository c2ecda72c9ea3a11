#include "cli/interrupt.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <thread>

#include "cli/exit_codes.hpp"
#include "core/interruption.hpp"
#include "core/temporary_files.hpp"

namespace lkjip::cli {

void handle_interruptions() {
    sigset_t wanted;
    sigemptyset(&wanted);
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction current {};
        if (::sigaction(sig, nullptr, &current) == 0 && current.sa_handler == SIG_IGN)
            continue;
        sigaddset(&wanted, sig);
    }
    // Threads started later (batch's workers) inherit the mask: only the waiting thread sees the signals.
    if (::pthread_sigmask(SIG_BLOCK, &wanted, nullptr) != 0)
        return;
    std::thread([wanted] {
        int sig = 0;
        for (;;) {
            if (::sigwait(&wanted, &sig) != 0)
                continue;
            // A front end that stops cleanly (lkjip serve) takes the signal and exits normally.
            if (!deliver_interruption())
                break;
        }
        // Taking the lock waits for a commit in progress, and keeps new temporaries from being added.
        const auto lock = hold_temporaries();
        remove_registered_temporaries_locked();
        ::_exit(sig == SIGINT    ? kInterrupt
                : sig == SIGTERM ? kTerminate
                : sig == SIGHUP  ? kHangup
                                 : 128 + sig);
    }).detach();
}

}  // namespace lkjip::cli
