#pragma once
// Exit codes, documented in README.md. Scripts and CI gates rely on them: never renumber.
namespace lkjip::cli {

enum ExitCode : int {
    kOk = 0,             // done; for `check`: no problem found
    kFindings = 1,       // `check`: warnings only (the data can be used)
    kUsage = 2,          // wrong command line
    kInvalidInput = 3,   // the data, configuration or template given has errors
    kOutputFailed = 4,   // an output could not be written (nothing partial is left behind)
    kInternal = 5,       // a bug in lkjip: please report it with the input that caused it
    kAuditFindings = 6,  // `audit`: the draft's printed figures have findings (errors, rounding or warnings)
    kBatchFailures = 7,  // `batch`: one or more folders failed and were skipped (the others were written)
    // Interrupted (engine/cli/interrupt.cpp): 128 + the signal, as shells report it.
    kHangup = 129,     // SIGHUP: the terminal was closed
    kInterrupt = 130,  // SIGINT: Ctrl-C
    kTerminate = 143,  // SIGTERM: kill
};

}  // namespace lkjip::cli
