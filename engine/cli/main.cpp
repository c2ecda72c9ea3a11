// lkjip: everything is in the engine library; this file only hands the arguments over (after setting up
// the heap and the handling of interruptions, which are process-wide).
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/interrupt.hpp"
#include "cli/process_heap.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    lkjip::cli::tune_heap(args);
    lkjip::cli::handle_interruptions();  // before any thread starts
    return lkjip::cli::run(args, std::cout, std::cerr);
}
