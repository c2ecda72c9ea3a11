#pragma once
// Ctrl-C, kill and a closed terminal (SIGINT, SIGTERM, SIGHUP): lkjip removes its temporary files and
// exits with 128 + the signal's number (130, 143, 129), as a shell reports a process the signal ended.
// An output set being renamed into place is finished first, so what is left is whole or absent.
namespace lkjip::cli {

// Call once, from main, before any other thread starts: the signals are blocked in every thread and
// waited for by one thread of their own, which can then take locks and call the library safely. A signal
// that was ignored when lkjip started (nohup) stays ignored.
void handle_interruptions();

}  // namespace lkjip::cli
