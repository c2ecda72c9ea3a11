#include "server/http_server.hpp"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <semaphore>
#include <thread>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/interruption.hpp"
#include "server/api.hpp"

namespace lkjip::server {

namespace {

enum class Method { Get, Post };

struct Route {
    const char* path;
    Method method;
};

// Every route; a known path asked with another method is a 405, anything else a 404.
constexpr Route kRoutes[] = {
    {"/", Method::Get},           {"/hasil", Method::Post},       {"/hasil/audit", Method::Post},
    {"/api/check", Method::Post}, {"/api/compute", Method::Post}, {"/api/report", Method::Post},
    {"/api/audit", Method::Post}, {"/api/init", Method::Get},     {"/unduh", Method::Post},
};

bool wants_html(const httplib::Request& req) {
    return req.path.rfind("/api/", 0) != 0;
}

// The request line as logged: printable ASCII only, so a hostile path cannot forge log lines.
std::string printable(const std::string& s) {
    std::string out;
    for (char c : s.substr(0, 200))
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return out;
}

void send(httplib::Response& res, const Reply& reply) {
    res.status = reply.status;
    res.set_content(reply.body, reply.content_type.c_str());
    if (!reply.file_name.empty())
        res.set_header("Content-Disposition", "attachment; filename=\"" + reply.file_name + "\"");
}

Upload upload_of(const httplib::Request& req) {
    Upload upload;
    // Views into req.files (get_file_value would copy each upload).
    if (const auto it = req.files.find("masukan"); it != req.files.end())
        upload.masukan = it->second.content;
    if (const auto it = req.files.find("tercetak"); it != req.files.end())
        upload.tercetak = it->second.content;
    if (const auto it = req.files.find("draf"); it != req.files.end())
        upload.draf = it->second.content;
    return upload;
}

thread_local std::optional<std::chrono::steady_clock::time_point> request_start;

}  // namespace

void serve(const ServeOptions& options, std::ostream& out, std::ostream& log) {
    httplib::Server server;
    const unsigned workers = std::max(1u, options.workers);
    // Connections are read and answered by a pool of a few threads per worker (an upload can arrive
    // slowly), while at most `workers` requests compute at once: the engine's work is what takes CPU and
    // memory.
    const std::size_t connection_threads = std::max<std::size_t>(8, 4u * workers);
    server.new_task_queue = [connection_threads] { return new httplib::ThreadPool(connection_threads); };
    std::counting_semaphore<1024> computing(std::min(workers, 1024u));
    std::mutex log_mutex;

    // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a second server could bind the
    // same port and receive half of the requests meant for the first.
    server.set_socket_options([](socket_t sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    server.set_payload_max_length(options.max_upload_bytes);
    server.set_keep_alive_timeout(2);
    server.set_read_timeout(10);
    server.set_write_timeout(30);
    server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                {"Cache-Control", "no-store"},
                                {"Content-Security-Policy",
                                 "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                 "connect-src 'self'; form-action 'self'; img-src 'self'"}});

    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        request_start = std::chrono::steady_clock::now();
        bool known = false;
        std::string allow;
        for (const Route& r : kRoutes) {
            if (req.path != r.path)
                continue;
            known = true;
            const char* method = r.method == Method::Get ? "GET" : "POST";
            allow = r.method == Method::Get ? "GET, HEAD" : "POST";
            if (req.method == method || (r.method == Method::Get && req.method == "HEAD"))
                return httplib::Server::HandlerResponse::Unhandled;
        }
        if (!known) {
            send(res, error_reply(404, "alamat tidak dikenal: " + printable(req.path), wants_html(req)));
        } else {
            send(res, error_reply(405,
                                  "metode " + printable(req.method) + " tidak diizinkan untuk " + req.path +
                                      "; gunakan " + allow,
                                  wants_html(req)));
            res.set_header("Allow", allow);
        }
        return httplib::Server::HandlerResponse::Handled;
    });

    // Each engine call under the worker limit.
    auto engine = [&computing](const std::function<Reply()>& work) {
        computing.acquire();
        try {
            Reply reply = work();
            computing.release();
            return reply;
        } catch (...) {
            computing.release();
            throw;
        }
    };
    server.Get("/", [](const httplib::Request&, httplib::Response& res) { send(res, page_index()); });
    server.Get("/api/init", [&](const httplib::Request&, httplib::Response& res) {
        send(res, engine([] { return api_init(); }));
    });
    auto post = [&](const char* path, Reply (*handler)(const Upload&)) {
        server.Post(path, [&engine, handler](const httplib::Request& req, httplib::Response& res) {
            const Upload upload = upload_of(req);
            send(res, engine([&] { return handler(upload); }));
        });
    };
    post("/hasil", page_result);
    post("/hasil/audit", page_audit);
    post("/api/check", api_check);
    post("/api/compute", api_compute);
    post("/api/audit", api_audit);
    auto report = [&](const char* path, Reply (*handler)(const Upload&, const std::string&)) {
        server.Post(path, [&engine, handler](const httplib::Request& req, httplib::Response& res) {
            const Upload upload = upload_of(req);
            const std::string format = req.get_param_value("format");
            send(res, engine([&] { return handler(upload, format); }));
        });
    };
    report("/api/report", api_report);
    report("/unduh", page_download);

    // httplib's own errors (413 for a body over the limit, 400 for a malformed request) get a message.
    server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return;
        const std::string message =
            res.status == 413   ? "unggahan terlalu besar: lebih dari batas --max-upload-mb"
            : res.status == 404 ? "alamat tidak dikenal"
                                : "permintaan tidak dapat dibaca (HTTP " + std::to_string(res.status) + ")";
        const Reply reply = error_reply(res.status, message, wants_html(req));
        res.set_content(reply.body, reply.content_type.c_str());
    });
    server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        send(res, error_reply(500, "galat internal lkjip", wants_html(req)));
    });
    server.set_logger([&log, &log_mutex](const httplib::Request& req, const httplib::Response& res) {
        long long ms = 0;
        if (request_start)
            ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                       *request_start)
                     .count();
        request_start.reset();
        const std::lock_guard<std::mutex> lock(log_mutex);
        log << printable(req.method) << ' ' << printable(req.path) << ' ' << res.status << ' ' << ms << " ms"
            << std::endl;
    });

    // SIGINT and SIGTERM (taken by one thread of their own, cli/interrupt.cpp) stop the server. A stop()
    // before listening has begun would be lost, so the handler waits for it, or for serve() to be over.
    std::atomic<bool> finished{false};
    const StopOnInterruption on_interruption([&server, &finished] {
        while (!server.is_running() && !finished)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        server.stop();
    });
    struct Finished {
        std::atomic<bool>& flag;
        ~Finished() { flag = true; }  // before on_interruption is removed, which waits for a running handler
    } const finished_guard{finished};
    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.host);
        if (port < 0)
            throw OutputError("lkjip serve: tidak dapat mendengarkan di " + options.host);
    } else if (!server.bind_to_port(options.host, port)) {
        throw OutputError("lkjip serve: tidak dapat mendengarkan di " + options.host + ":" +
                          std::to_string(port) +
                          " (port dipakai program lain, atau alamat bukan milik komputer ini)");
    }
    const bool ipv6 = options.host.find(':') != std::string::npos;
    out << "lkjip serve: http://" << (ipv6 ? "[" + options.host + "]" : options.host) << ':' << port << "/ ("
        << workers << " pekerja; hentikan dengan Ctrl+C)" << std::endl;
    if (options.host != "127.0.0.1" && options.host != "localhost" && options.host != "::1")
        log << "lkjip serve: peringatan: terbuka untuk jaringan di " << options.host
            << "; siapa pun yang dapat menjangkaunya dapat mengunggah data" << std::endl;
    server.listen_after_bind();
    log << "lkjip serve: berhenti" << std::endl;
}

}  // namespace lkjip::server
