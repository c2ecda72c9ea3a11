// The routes as functions, without HTTP (tests/server/api_test.py sends them over real HTTP).
#include "server/api.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/xlsx/xlsx_test_support.hpp"

using lkjip::server::Upload;
namespace server = lkjip::server;

namespace {

std::string fixture_zip() {
    lkjip::test::xlsx::Parts parts;
    const std::filesystem::path folder = std::filesystem::path(LKJIP_SOURCE_DIR) / "fixtures" / "dumai-2023";
    for (const auto& e : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        parts.push_back({"dumai-2023/" + e.path().filename().string(), bytes.str()});
    }
    return lkjip::test::xlsx::zip_bytes(parts);
}

}  // namespace

TEST_CASE("api: no upload, or bytes that are neither a workbook nor a zip, is a located 422 in JSON") {
    const server::Reply none = server::api_check(Upload{});
    CHECK(none.status == 422);
    CHECK(none.content_type == "application/json; charset=utf-8");
    CHECK(none.body ==
          "{\n  \"masalah\": [\n    {\n      \"lokasi\": \"masukan\",\n      \"pesan\": \"tidak ada berkas "
          "masukan: "
          "unggah buku kerja masukan (.xlsx) atau folder masukan dalam satu berkas .zip (kolom formulir "
          "\\\"masukan\\\")\",\n      \"tingkat\": \"galat\"\n    }\n  ],\n  \"galat\": 1,\n  "
          "\"peringatan\": 0\n}\n");
    Upload text;
    text.masukan = "kode,nama\n";
    const server::Reply bad = server::api_compute(text);
    CHECK(bad.status == 422);
    CHECK(bad.body.find("\"lokasi\": \"masukan\"") != std::string::npos);
    CHECK(bad.body.find("bukan buku kerja .xlsx dan bukan arsip .zip") != std::string::npos);
}

TEST_CASE("api: a zipped Dumai folder is checked with its warning under masukan/, never the temporary path") {
    const std::string zip = fixture_zip();
    Upload upload;
    upload.masukan = zip;
    const server::Reply r = server::api_check(upload);
    CHECK(r.status == 200);
    CHECK(r.body.find("\"lokasi\": \"masukan/belanja.csv\"") != std::string::npos);
    // The belanja warning and the three narrative blocks the Dumai seed does not hold.
    CHECK(r.body.find("\"lokasi\": \"masukan/narasi.csv\"") != std::string::npos);
    CHECK(r.body.find("\"galat\": 0,\n  \"peringatan\": 4") != std::string::npos);
    CHECK(r.body.find("lkjip-serve-") == std::string::npos);

    const server::Reply pdf = server::api_report(upload, "pdf");
    CHECK(pdf.status == 200);
    CHECK(pdf.content_type == "application/pdf");
    CHECK(pdf.file_name == "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian.pdf");
    CHECK(pdf.body.rfind("%PDF-", 0) == 0);
    const server::Reply docx = server::api_report(upload, "docx");
    CHECK(docx.status == 200);
    CHECK(docx.content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    CHECK(docx.file_name == "lkjip-2023-dinas-koperasi-usaha-kecil-menengah-dan-perindustrian.docx");
    CHECK(docx.body.rfind("PK\x03\x04", 0) == 0);
    CHECK(docx.body.find("word/document.xml") != std::string::npos);
    const server::Reply odt = server::api_report(upload, "odt");
    CHECK(odt.status == 400);
    CHECK(odt.body.find("format laporan \\\"odt\\\" tidak dikenal: xlsx, pdf atau docx") !=
          std::string::npos);
}

TEST_CASE("api: errors of the HTTP layer, as JSON for the API and as the page for a browser") {
    const server::Reply json = server::error_reply(413, "unggahan terlalu besar", false);
    CHECK(json.status == 413);
    CHECK(json.body ==
          "{\n  \"masalah\": [\n    {\n      \"lokasi\": \"\",\n      \"pesan\": \"unggahan terlalu "
          "besar\",\n      "
          "\"tingkat\": \"galat\"\n    }\n  ]\n}\n");
    const server::Reply html = server::error_reply(404, "alamat <x> tidak dikenal", true);
    CHECK(html.content_type == "text/html; charset=utf-8");
    CHECK(html.body.find(
              "<h2>Permintaan tidak dapat dilayani (404)</h2>\n<p class=\"ringkas\">alamat &lt;x&gt; "
              "tidak dikenal</p>") != std::string::npos);
}
