#pragma once
// What each route of `lkjip serve` answers, as plain functions of the uploaded bytes: the HTTP glue
// (http_server.cpp, the only code that includes cpp-httplib) hands them the multipart fields and sends
// back the Reply. The JSON is the CLI's own (`compute --json`, `audit --json`), the messages the same as
// the CLI prints; bad input is a 422 with {"masalah": [{"lokasi", "pesan", "tingkat"}]}.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lkjip::server {

struct Reply {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::string file_name;  // set for a download: sent as Content-Disposition: attachment
};

// The multipart fields of a request: `masukan` (an .xlsx input workbook or a zipped input folder, told
// apart by content) and, for the audit, either `tercetak` (the draft's printed figures, angka_tercetak.csv)
// or `draf` (the draft itself, DOCX or PDF told apart by content, its figures read as `audit --draft`
// reads them; at most kMaxDraftBytes).
// The views point into the request, which outlives the call (no copy of an upload of up to 64 MiB).
struct Upload {
    std::optional<std::string_view> masukan;
    std::optional<std::string_view> tercetak;
    std::optional<std::string_view> draf;
};

// A draft larger than this is refused with a message (the request itself is bounded by --max-upload-mb):
// an LKjIP's DOCX or PDF is a few MiB, and poppler holds the whole PDF in memory while reading it.
inline constexpr std::size_t kMaxDraftBytes = 32u * 1024 * 1024;

// POST /api/check: every problem; 200 when there is no error (warnings may be listed), else 422.
Reply api_check(const Upload& upload);
// POST /api/compute: `lkjip compute --json`.
Reply api_compute(const Upload& upload);
// POST /api/report?format=xlsx|pdf: the report file. An unknown format is a 400.
Reply api_report(const Upload& upload, const std::string& format);
// POST /api/audit: `lkjip audit --json` (200 whether or not there are findings); with `draf`, `lkjip audit
// --draft --json` (angka_dibaca, angka_dicocokkan, angka_tidak_dikenal and the list tidak_dikenal).
Reply api_audit(const Upload& upload);
// GET /api/init: the input workbook of `lkjip init --xlsx` (with the example data), to fill in.
Reply api_init();

// The page: GET / (the forms), POST /hasil (the result of an upload), POST /hasil/audit (findings).
Reply page_index();
Reply page_result(const Upload& upload);
Reply page_audit(const Upload& upload);
// POST /unduh?format=xlsx|pdf: the page's download buttons. The file as /api/report gives it; a problem is
// an HTML page (the form again, with the problems) instead of JSON, since a browser shows it.
Reply page_download(const Upload& upload, const std::string& format);

// Answers for the HTTP layer's own errors (404, 405, 413, 500), JSON or, for a browser, HTML.
Reply error_reply(int status, const std::string& message, bool html);

}  // namespace lkjip::server
