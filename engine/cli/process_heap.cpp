#include "cli/process_heap.hpp"

#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>

namespace lkjip::cli {

namespace {

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older kernels refuse it, which is harmless
#endif

// A report, PDF and workbook of one OPD, touches about 1.5 MiB of heap (the Dumai report: page streams,
// the bundled fonts PoDoFo copies, zlib's state; it was 4 MiB with the full system fonts). On a VM each
// first touch of a page is a fault costing ~10 us; faulting them in with one madvise costs a twentieth of
// that (Dumai: 858 -> 518 page faults). Taken from the heap and given back at once: the memory stays in
// the heap (M_TRIM_THRESHOLD) for the report to reuse.
constexpr std::size_t kPrefault = 2u << 20;

void prefault_heap() {
    void* block = std::malloc(kPrefault);
    if (block == nullptr)
        return;
    const auto start = (reinterpret_cast<std::uintptr_t>(block) + 4095u) & ~std::uintptr_t{4095u};
    const auto end = (reinterpret_cast<std::uintptr_t>(block) + kPrefault) & ~std::uintptr_t{4095u};
    madvise(reinterpret_cast<void*>(start), end - start, MADV_POPULATE_WRITE);
    std::free(block);
}

bool renders_documents(const std::vector<std::string>& args) {
    return !args.empty() && (args[0] == "report" || args[0] == "audit" || args[0] == "batch");
}

}  // namespace

void tune_heap(const std::vector<std::string>& args) {
    // A report allocates and frees many small buffers; glibc's default of giving memory back to the
    // kernel whenever the heap top shrinks made a quarter of a report's time page faults and TLB flushes
    // (bench/README.md). Keep freed memory for reuse instead.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    // Large buffers (the font files, whole PDFs) from the heap as well, not from mmap, which would hand
    // out fresh pages for each and take them back on free.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    if (renders_documents(args))
        prefault_heap();
}

void release_free_heap() {
    malloc_trim(0);
}

}  // namespace lkjip::cli
