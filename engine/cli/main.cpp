// lkjip: everything is in the engine library; this file only hands the arguments over (after setting up
// the heap, which is process-wide).
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/process_heap.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    lkjip::cli::tune_heap(args);
    return lkjip::cli::run(args, std::cout, std::cerr);
}
