#include "server/workspace.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

using lkjip::server::Workspace;

TEST_CASE("workspace: a fresh private folder under the temporary folder, removed with its content") {
    std::string path;
    {
        const Workspace a;
        const Workspace b;
        path = a.path();
        CHECK(a.path() != b.path());
        CHECK(std::filesystem::is_directory(a.path()));
        CHECK(std::filesystem::path(a.path()).parent_path() == std::filesystem::temp_directory_path());
        const auto perms = std::filesystem::status(a.path()).permissions();
        CHECK((perms & std::filesystem::perms::others_all) == std::filesystem::perms::none);
        std::filesystem::create_directory(a.file("masukan"));
        std::ofstream(a.file("masukan/profil.ini")) << "[opd]\n";
    }
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("workspace: removed when the request fails too") {
    std::string path;
    try {
        const Workspace ws;
        path = ws.path();
        std::ofstream(ws.file("masukan.xlsx")) << "x";
        throw std::runtime_error("gagal");
    } catch (const std::runtime_error&) {
    }
    CHECK_FALSE(path.empty());
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("workspace: its path never reaches a message") {
    const Workspace ws;
    CHECK(ws.relative(ws.file("masukan.xlsx") + ": Realisasi!C2") == "masukan.xlsx: Realisasi!C2");
    CHECK(ws.relative("a " + ws.file("masukan/profil.ini") + " b " + ws.file("x")) ==
          "a masukan/profil.ini b x");
    CHECK(ws.relative("/tmp/lain/masukan.xlsx") == "/tmp/lain/masukan.xlsx");
}
