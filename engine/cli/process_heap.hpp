#pragma once
// Process-wide heap settings, made once in main() before any work: lkjip's reports allocate and free many
// buffers, and on the VMs this runs on page faults cost more than the work (bench/README.md).
#include <string>
#include <vector>

namespace lkjip::cli {

// Keeps freed memory for reuse and, for the commands that render documents (report, audit, batch),
// faults in the heap a report needs in one call.
void tune_heap(const std::vector<std::string>& args);

// Gives the free memory of every malloc arena back to the kernel, which tune_heap otherwise keeps: for
// `batch`, once its worker threads are done, so that their arenas' leftovers do not add to what follows.
void release_free_heap();

}  // namespace lkjip::cli
