// lkjip-serve: `lkjip serve` with the server linked in (see engine/cli/server_entry.hpp for why it is a
// program of its own). `lkjip serve ARGS` executes `lkjip-serve serve ARGS`; run directly it takes the same
// command line as lkjip.
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/interrupt.hpp"
#include "cli/process_heap.hpp"
#include "cli/server_entry.hpp"
#include "server/http_server.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    lkjip::cli::tune_heap(args);
    lkjip::cli::handle_interruptions();  // before any thread starts
    lkjip::cli::set_server_entry(&lkjip::server::serve);
    return lkjip::cli::run(args, std::cout, std::cerr);
}
