#pragma once
// `lkjip serve`: the page and the API over HTTP. The only code that includes cpp-httplib.
#include <cstddef>
#include <ostream>
#include <string>

namespace lkjip::server {

struct ServeOptions {
    std::string host = "127.0.0.1";                      // loopback unless the user opens it to the network
    int port = 8080;                                     // 0: any free port (the URL printed says which)
    unsigned workers = 1;                                // requests computed at the same time (-j)
    std::size_t max_upload_bytes = 64u * 1024u * 1024u;  // a request body over this is a 413
};

// Listens, prints "lkjip serve: http://HOST:PORT/" on `out`, answers requests and writes one line per
// request on `log` (method, route, status, milliseconds) until SIGTERM or SIGINT, then finishes the
// requests under way and returns. Throws OutputError when it cannot listen at host:port.
void serve(const ServeOptions& options, std::ostream& out, std::ostream& log);

}  // namespace lkjip::server
