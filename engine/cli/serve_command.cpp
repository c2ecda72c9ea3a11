// lkjip serve [--host 127.0.0.1] [--port 8080] [-j N] [--max-upload-mb 64]
#include <charconv>
#include <thread>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "server/http_server.hpp"

namespace lkjip::cli {

namespace {

// A whole number in [low, high] for option `name`, or a usage error naming it.
unsigned long bounded(const ParsedArguments& args, const std::string& name, unsigned long low,
                      unsigned long high, const std::string& what) {
    const std::string v = args.value(name);
    unsigned long n = 0;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || ptr != v.data() + v.size() || n < low || n > high)
        throw UsageError("--" + name + ": " + what + " diharapkan, ditemukan \"" + v + "\"");
    return n;
}

}  // namespace

int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArguments parsed = parse_arguments(args, {{"host", true, false},
                                                          {"port", true, false},
                                                          {"jobs", true, false, 'j'},
                                                          {"max-upload-mb", true, false}});
    if (!parsed.positional.empty())
        throw UsageError(
            "pemakaian: lkjip serve [--host 127.0.0.1] [--port 8080] [-j N] [--max-upload-mb 64]");
    server::ServeOptions options;
    if (parsed.has("host")) {
        options.host = parsed.value("host");
        if (options.host.empty())
            throw UsageError("--host: alamat diharapkan, mis. 127.0.0.1");
    }
    if (parsed.has("port"))
        options.port = static_cast<int>(bounded(parsed, "port", 0, 65535, "nomor port 0-65535"));
    options.workers = parsed.has("jobs")
                          ? static_cast<unsigned>(bounded(parsed, "jobs", 1, 256, "jumlah pekerja 1-256"))
                          : std::max(1u, std::thread::hardware_concurrency());
    if (parsed.has("max-upload-mb"))
        options.max_upload_bytes =
            bounded(parsed, "max-upload-mb", 1, 4096, "batas unggahan 1-4096 (MiB)") * 1024u * 1024u;
    server::serve(options, out, err);
    return kOk;
}

}  // namespace lkjip::cli
