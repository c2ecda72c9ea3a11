#pragma once
// Where `lkjip serve` finds the server. engine/server links cpp-httplib, and with it OpenSSL and brotli:
// loading them would cost every other command its start-up time. So the server is linked only into the
// companion program lkjip-serve (engine/cli/serve_main.cpp), whose main installs the entry before running
// the same command line; `lkjip serve`, finding none installed, checks its arguments and executes
// lkjip-serve.
#include <ostream>

#include "server/http_server.hpp"

namespace lkjip::cli {

using ServerEntry = void (*)(const server::ServeOptions& options, std::ostream& out, std::ostream& log);

void set_server_entry(ServerEntry entry);
ServerEntry server_entry();  // null in `lkjip` itself

}  // namespace lkjip::cli
