// lkjip: everything is in the engine library; this file only hands the arguments over.
#include <malloc.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    // A report allocates and frees many small buffers (PoDoFo's painter streams); glibc's default of giving
    // memory back to the kernel whenever the heap top shrinks made a quarter of a report's time page
    // faults and TLB flushes (bench/README.md). Keep freed memory for reuse instead.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    const std::vector<std::string> args(argv + 1, argv + argc);
    return lkjip::cli::run(args, std::cout, std::cerr);
}
