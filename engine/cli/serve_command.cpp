// lkjip serve [--host 127.0.0.1] [--port 8080] [-j N] [--max-upload-mb 64]
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <stdexcept>
#include <thread>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/server_entry.hpp"
#include "core/companion_program.hpp"
#include "core/system_error.hpp"
#include "pipeline/arguments.hpp"
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

const Command& serve_command_info() {
    static const Command command{
        .name = "serve",
        .summary = "halaman web dan API lokal: unggah, periksa, unduh laporan",
        .usage = {"[--host 127.0.0.1] [--port 8080] [-j N] [--max-upload-mb 64]"},
        .description =
            "Menjalankan halaman web untuk staf perencanaan di komputer sendiri atau intranet dinas: unggah "
            "buku kerja masukan (.xlsx dari init --xlsx) atau folder masukan yang di-zip, lihat setiap "
            "masalah "
            "dengan selnya, lihat tabel laporan, unduh XLSX dan PDF, dan reviu angka tercetak. API yang sama "
            "dengan perintah lain: POST /api/check, /api/compute, /api/report?format=xlsx|pdf, /api/audit "
            "(bidang multipart masukan dan tercetak). Hanya mendengar 127.0.0.1 kecuali --host menyatakan "
            "lain. "
            "Berhenti dengan Ctrl-C atau SIGTERM.",
        .options = {{.name = "host",
                     .takes_value = true,
                     .value_name = "ALAMAT",
                     .help = "alamat yang didengar (bawaan 127.0.0.1)",
                     .kind = ValueKind::Text},
                    {.name = "port",
                     .takes_value = true,
                     .value_name = "PORT",
                     .help = "nomor port 0-65535 (bawaan 8080; 0 = pilih yang bebas)",
                     .kind = ValueKind::Text},
                    {.name = "jobs",
                     .takes_value = true,
                     .short_name = 'j',
                     .value_name = "N",
                     .help = "permintaan yang dihitung bersamaan (bawaan: semua inti)",
                     .kind = ValueKind::Text},
                    {.name = "max-upload-mb",
                     .takes_value = true,
                     .value_name = "N",
                     .help = "batas ukuran unggahan dalam MiB (bawaan 64)",
                     .kind = ValueKind::Text}},
        .run = serve_command};
    return command;
}

int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArguments parsed = parse_arguments(args, serve_command_info().options);
    if (!parsed.positional.empty())
        throw usage_error(serve_command_info());
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
    if (const ServerEntry entry = server_entry()) {
        entry(options, out, err);
        return kOk;
    }
    // This is `lkjip`: the server lives in its companion program lkjip-serve, which parses the same
    // arguments again (they were checked above, so a mistake is still told without starting it).
    const std::string program = companion_program("lkjip-serve");
    std::vector<char*> argv;
    std::string name = "lkjip-serve", command = "serve";
    argv.push_back(name.data());
    argv.push_back(command.data());
    std::vector<std::string> copies = args;
    for (std::string& a : copies)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    out.flush();
    err.flush();
    execv(program.c_str(), argv.data());
    throw std::runtime_error(program + " tidak dapat dijalankan: " + system_reason(errno));
}

namespace {
ServerEntry installed_server_entry = nullptr;
}  // namespace

void set_server_entry(ServerEntry entry) {
    installed_server_entry = entry;
}

ServerEntry server_entry() {
    return installed_server_entry;
}

}  // namespace lkjip::cli
