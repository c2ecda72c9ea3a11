#include "input/template_reader.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("a template entry that is not a regular file is read and refused by name, not skipped") {
    // Issue 15: a FIFO or a link to /dev/zero named *.json was skipped without a word (12 tables, exit 0).
    // A dangling link stands in for them here: file_access refuses every kind with the file's name.
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() / ("lkjip-templat-test-" + std::to_string(rd()));
    fs::create_directories(dir);
    {
        std::ofstream out(dir / "01-a.json");
        out << R"({"nomor": "1", "judul": "A", "baris": "iku", "kolom": [{"judul": "No", "isi": "nomor"}]})";
    }
    fs::create_symlink(dir / "tidak-ada.json", dir / "02-b.json");
    fs::create_directory(dir / "03-folder.json");  // a folder with the extension is not a template
    lkjip::Diagnostics diagnostics;
    try {
        (void)lkjip::input::read_table_templates(dir.string(), diagnostics);
        FAIL("02-b.json was skipped");
    } catch (const lkjip::InputError& e) {
        CHECK(e.diagnostic().where.file == (dir / "02-b.json").string());
    }
    fs::remove_all(dir);
}
