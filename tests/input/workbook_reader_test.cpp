#include "input/workbook_reader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/embedded_files.hpp"
#include "input/csv_reader.hpp"
#include "input/folder_reader.hpp"

using lkjip::Diagnostic;
using lkjip::Diagnostics;
using lkjip::format_diagnostic;
using lkjip::Severity;
using lkjip::input::read_workbook_sheets;
namespace xlsx = lkjip::input::xlsx;

namespace {

xlsx::SheetRow text_row(std::size_t row, const std::vector<std::string>& texts) {
    xlsx::SheetRow out{row, {}};
    for (std::size_t c = 0; c < texts.size(); ++c) {
        if (!texts[c].empty())
            out.cells.push_back({c + 1, texts[c], xlsx::CellKind::Text, false});
    }
    return out;
}

// The bundled example (templates/kerangka-masukan/) as a workbook read into memory: each CSV file a sheet
// named as `init --xlsx` names it, the profile as kunci/nilai rows. Comment rows are left out, as in a
// written workbook.
xlsx::Workbook example_workbook() {
    xlsx::Workbook wb;
    wb.file = "masukan.xlsx";
    const auto add_csv = [&](const std::string& sheet, const std::string& file) {
        const auto content = lkjip::embedded::find("templates/kerangka-masukan/" + file);
        REQUIRE(content);
        const lkjip::input::CsvTable csv = lkjip::input::read_csv(*content, file);
        xlsx::Sheet s{sheet, false, {text_row(1, csv.header)}};
        for (const auto& row : csv.rows) {
            std::vector<std::string> texts;
            for (const auto& cell : row.cells)
                texts.push_back(cell.text);
            s.rows.push_back(text_row(s.rows.size() + 1, texts));
        }
        wb.sheets.push_back(std::move(s));
    };
    xlsx::Sheet profile{"Profil", false, {text_row(1, {"kunci", "nilai", "keterangan"})}};
    const std::vector<std::pair<std::string, std::string>> keys = {
        {"opd.nama", "Dinas Contoh"},
        {"opd.pemda", "Kota Contoh"},
        {"opd.tahun", "2023"},
        {"kepala.nama", "Nama Kepala"},
        {"kepala.jabatan", "Kepala"},
        {"kepala.pangkat", "Pembina"},
        {"kepala.nip", "19740925 199502 1 001"},
        {"pengesahan.tempat", "Contoh"},
        {"pengesahan.tanggal", "Januari 2024"},
        {"renstra.awal", "2021"},
        {"renstra.akhir", "2026"},
        {"rpjmd.visi", "Visi"},
        {"rpjmd.misi.1", "Misi satu"},
        {"rpjmd.misi.2", "Misi dua"},
    };
    for (const auto& [k, v] : keys)
        profile.rows.push_back(text_row(profile.rows.size() + 1, {k, v}));
    wb.sheets.push_back(std::move(profile));
    add_csv("Tujuan", "tujuan.csv");
    add_csv("Sasaran", "sasaran.csv");
    add_csv("Anggaran", "anggaran.csv");
    add_csv("Indikator", "indikator.csv");
    add_csv("Renstra", "renstra.csv");
    add_csv("Perjanjian Kinerja", "perjanjian_kinerja.csv");
    add_csv("Realisasi", "realisasi.csv");
    add_csv("Belanja", "belanja.csv");
    add_csv("Angka Tercetak", "angka_tercetak.csv");
    return wb;
}

xlsx::Sheet& sheet(xlsx::Workbook& wb, const std::string& name) {
    auto it = std::find_if(wb.sheets.begin(), wb.sheets.end(),
                           [&](const xlsx::Sheet& s) { return s.name == name; });
    REQUIRE(it != wb.sheets.end());
    return *it;
}

std::vector<std::string> messages(const Diagnostics& d, Severity severity) {
    std::vector<std::string> out;
    for (const Diagnostic& item : d.items()) {
        if (item.severity == severity)
            out.push_back(format_diagnostic(item));
    }
    return out;
}

bool has(const std::vector<std::string>& all, const std::string& text) {
    return std::find(all.begin(), all.end(), text) != all.end();
}

}  // namespace

TEST_CASE("the example workbook reads clean, into the same model as the example folder") {
    Diagnostics d;
    const lkjip::input::InputRead read = read_workbook_sheets(example_workbook(), d);
    CHECK(messages(d, Severity::Error).empty());
    CHECK(read.workbook);
    CHECK(read.printed_sheet.has_value());
    CHECK(read.opd.profile.misi == std::vector<std::string>{"Misi satu", "Misi dua"});
    CHECK(read.opd.profile.kepala.nip == "19740925 199502 1 001");
    CHECK_FALSE(read.opd.indicators.empty());
    const auto& ind = read.opd.indicators.front();
    CHECK(ind.where.file == "masukan.xlsx");
    CHECK(ind.where.sheet == "Indikator");
    CHECK(ind.where.line == 2);
}

TEST_CASE("sheets are found by name in any case, by CSV name, or by header when renamed and moved") {
    xlsx::Workbook wb = example_workbook();
    sheet(wb, "Tujuan").name = "TUJUAN";
    sheet(wb, "Realisasi").name = "realisasi";
    sheet(wb, "Indikator").name = "IKU Dinas 2023";
    std::rotate(wb.sheets.begin(), wb.sheets.begin() + 3, wb.sheets.end());
    Diagnostics d;
    const auto read = read_workbook_sheets(wb, d);
    CHECK(messages(d, Severity::Error).empty());
    CHECK(messages(d, Severity::Warning).empty());
    CHECK_FALSE(read.opd.indicators.empty());
    CHECK(read.opd.indicators.front().where.sheet == "IKU Dinas 2023");
}

TEST_CASE("a sheet that fits no table is reported and ignored; the instruction and list sheets are not") {
    xlsx::Workbook wb = example_workbook();
    wb.sheets.push_back({"Petunjuk", false, {text_row(1, {"Masukan lkjip"})}});
    wb.sheets.push_back({"Daftar", true, {text_row(1, {"target"})}});
    wb.sheets.push_back({"Catatan saya", false, {text_row(1, {"apa saja"}), text_row(2, {"teks"})}});
    Diagnostics d;
    read_workbook_sheets(wb, d);
    CHECK(messages(d, Severity::Error).empty());
    const auto warnings = messages(d, Severity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().rfind(
              "masukan.xlsx: lembar Catatan saya: peringatan: lembar tidak dikenal, diabaikan", 0) == 0);
}

TEST_CASE("two sheets holding the same table are an error naming both") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet copy = sheet(wb, "Tujuan");
    copy.name = "tujuan";
    wb.sheets.push_back(copy);
    Diagnostics d;
    read_workbook_sheets(wb, d);
    CHECK(has(messages(d, Severity::Error),
              "masukan.xlsx: lembar tujuan: galat: lembar ini dan lembar \"Tujuan\" sama-sama berisi tabel "
              "tujuan.csv: hapus atau ganti nama salah satunya"));
}

TEST_CASE("a missing required sheet, and a missing profile, say what they should hold") {
    xlsx::Workbook wb = example_workbook();
    wb.sheets.erase(
        std::remove_if(wb.sheets.begin(), wb.sheets.end(),
                       [](const xlsx::Sheet& s) { return s.name == "Tujuan" || s.name == "Profil"; }),
        wb.sheets.end());
    Diagnostics d;
    read_workbook_sheets(wb, d);
    const auto errors = messages(d, Severity::Error);
    CHECK(has(errors, "masukan.xlsx: galat: lembar Profil tidak ada (kolom kunci, nilai, keterangan)"));
    CHECK(
        has(errors,
            "masukan.xlsx: galat: lembar wajib \"Tujuan\" tidak ada (tujuan Renstra; kolom: kode, uraian)"));
}

TEST_CASE(
    "cells: a formula error, an uncalculated formula, a number beyond 15 digits, text outside the header") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet& realisasi = sheet(wb, "Realisasi");
    REQUIRE(realisasi.rows.size() >= 3);
    // Column C is realisasi in the example.
    REQUIRE(realisasi.rows[0].cells[2].text == "realisasi");
    auto set = [](xlsx::SheetRow& row, std::size_t column, xlsx::SheetCell cell) {
        cell.column = column;
        auto it = std::find_if(row.cells.begin(), row.cells.end(),
                               [&](const xlsx::SheetCell& c) { return c.column == column; });
        if (it == row.cells.end())
            row.cells.push_back(cell);
        else
            *it = cell;
        std::sort(row.cells.begin(), row.cells.end(),
                  [](const xlsx::SheetCell& a, const xlsx::SheetCell& b) { return a.column < b.column; });
    };
    set(realisasi.rows[1], 3, {0, "#DIV/0!", xlsx::CellKind::Error, true});
    set(realisasi.rows[2], 3, {0, "", xlsx::CellKind::Uncached, true});
    set(realisasi.rows[2], 12, {0, "lupa", xlsx::CellKind::Text, false});
    xlsx::Sheet& profile = sheet(wb, "Profil");
    set(profile.rows[7], 2, {0, "197409251995020992", xlsx::CellKind::Number, false});
    REQUIRE(profile.rows[7].cells[0].text == "kepala.nip");
    Diagnostics d;
    read_workbook_sheets(wb, d);
    const auto errors = messages(d, Severity::Error);
    CHECK(has(errors, "masukan.xlsx: Realisasi!C2: galat: sel berisi galat rumus #DIV/0!"));
    CHECK(has(errors,
              "masukan.xlsx: Realisasi!C3: galat: rumus tanpa nilai tersimpan: buka dan simpan ulang buku "
              "kerja di Excel atau LibreOffice"));
    CHECK(has(errors,
              "masukan.xlsx: Realisasi!L3: galat: isian di kolom tanpa judul; beri judul kolom atau hapus "
              "isiannya"));
    CHECK(has(errors,
              "masukan.xlsx: Profil!B8: galat: angka lebih dari 15 digit tidak tersimpan utuh (terbaca "
              "197409251995020992): format sel sebagai Teks lalu ketik ulang"));
}

TEST_CASE("header problems name the header cell; a number is read as written in any column") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet& tujuan = sheet(wb, "Tujuan");
    tujuan.rows[0].cells.push_back({3, "Uraian", xlsx::CellKind::Text, false});
    tujuan.rows[0].cells.push_back({4, "uraain", xlsx::CellKind::Text, false});
    Diagnostics d;
    read_workbook_sheets(wb, d);
    const auto errors = messages(d, Severity::Error);
    CHECK(has(errors, "masukan.xlsx: Tujuan!C1: galat: judul kolom \"uraian\" ganda"));
    CHECK(has(errors,
              "masukan.xlsx: Tujuan!D1: galat: kolom \"uraain\" tidak dikenal; maksud Anda \"uraian\"?"));
}

TEST_CASE("profile sheet: a repeated key, an empty key, an unknown column") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet& profile = sheet(wb, "Profil");
    profile.rows.push_back(text_row(profile.rows.back().row + 1, {"opd.nama", "Dinas Lain"}));
    profile.rows.push_back(text_row(profile.rows.back().row + 1, {"", "tanpa kunci"}));
    profile.rows[0].cells.push_back({4, "catatan", xlsx::CellKind::Text, false});
    Diagnostics d;
    read_workbook_sheets(wb, d);
    const auto errors = messages(d, Severity::Error);
    CHECK(has(errors, "masukan.xlsx: Profil!A16: galat: kunci \"opd.nama\" sudah ada di baris 2"));
    CHECK(has(errors, "masukan.xlsx: Profil!A17: galat: kunci kosong untuk nilai \"tanpa kunci\""));
    CHECK(has(errors,
              "masukan.xlsx: Profil!D1: galat: kolom \"catatan\" tidak dikenal; lembar Profil berkolom "
              "kunci, nilai, keterangan"));
}

TEST_CASE("a profile value's problem names its cell, and konvensi rows reach the conventions") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet& profile = sheet(wb, "Profil");
    REQUIRE(profile.rows[3].cells[0].text == "opd.tahun");
    profile.rows[3].cells[1].text = "dua ribu";
    profile.rows.push_back(text_row(profile.rows.back().row + 1, {"konvensi.capaian.batas_atas", "100"}));
    Diagnostics d;
    const auto read = read_workbook_sheets(wb, d);
    CHECK(has(messages(d, Severity::Error),
              "masukan.xlsx: Profil!B4: kunci opd.tahun: galat: tahun 1990-2100 diharapkan, ditemukan \"dua "
              "ribu\""));
    REQUIRE(read.konvensi.find("capaian.batas_atas"));
    CHECK(read.konvensi.find("capaian.batas_atas")->value == "100");
}

TEST_CASE("a broken cell of the Angka Tercetak sheet troubles only the audit") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet& printed = sheet(wb, "Angka Tercetak");
    REQUIRE(printed.rows.size() >= 2);
    REQUIRE(printed.rows[0].cells[5].text == "nilai");
    printed.rows[1].cells[5] = {6, "#REF!", xlsx::CellKind::Error, true};
    Diagnostics d;
    const auto read = read_workbook_sheets(wb, d);
    CHECK(messages(d, Severity::Error).empty());
    CHECK(messages(read.printed_sheet_diagnostics, Severity::Error) ==
          std::vector<std::string>{"masukan.xlsx: 'Angka Tercetak'!F2: galat: sel berisi galat rumus #REF!"});
}

TEST_CASE("control characters and text over an Excel cell's limit are refused by cell") {
    xlsx::Workbook wb = example_workbook();
    xlsx::Sheet& tujuan = sheet(wb, "Tujuan");
    tujuan.rows[1].cells[1].text = "Tujuan _x001B_ \x1b[31m";  // as decoded from an _xHHHH_ escape
    xlsx::Sheet& profile = sheet(wb, "Profil");
    profile.rows[1].cells[1].text = std::string(32768, 'x');
    Diagnostics d;
    read_workbook_sheets(wb, d);
    const auto errors = messages(d, Severity::Error);
    CHECK(
        has(errors,
            "masukan.xlsx: Tujuan!B2: galat: teks berisi karakter kendali U+001B (ESC); hapus karakter itu"));
    CHECK(has(errors,
              "masukan.xlsx: Profil!B2: galat: teks terlalu panjang: 32.768 karakter; batas Excel 32.767 "
              "karakter per sel"));
}
