// lkjip: everything is in the engine library; this file only hands the arguments over.
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return lkjip::cli::run(args, std::cout, std::cerr);
}
