#include "core/temporary_files.hpp"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

using namespace lkjip;

namespace {

fs::path scratch() {
    std::random_device rd;
    const fs::path p =
        fs::temp_directory_path() / ("lkjip-temporaries-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(p);
    return p;
}

// The id of a process that has ended (and was reaped), so that no live process has it for a while.
pid_t dead_pid() {
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

}  // namespace

TEST_CASE("temporaries: named after the file and the process") {
    const std::string pid = std::to_string(::getpid());
    CHECK(temporary_path_for("keluaran/laporan.xlsx") == "keluaran/.laporan.xlsx.lkjip-tmp-" + pid);
    CHECK(temporary_path_for("laporan.pdf", "bak") == ".laporan.pdf.lkjip-bak-" + pid);
}

TEST_CASE(
    "temporaries: those of a dead process are removed, those of a live one and the user's files are kept") {
    const fs::path dir = scratch();
    const std::string dead = std::to_string(dead_pid());
    const std::string live = std::to_string(::getppid());
    const std::string mine = std::to_string(::getpid());
    for (const std::string& name : std::vector<std::string>{
             ".a.xlsx.lkjip-tmp-" + dead, ".a.pdf.lkjip-bak-" + dead, ".b.xlsx.tmp-" + dead,
             ".c.xlsx.lkjip-tmp-" + live, ".d.xlsx.lkjip-tmp-" + mine, "e.xlsx.lkjip-tmp-" + dead,
             ".f.txt.tmp-" + dead, ".g.lkjip-tmp-" + dead + "x", "laporan.xlsx"})
        std::ofstream(dir / name) << "x";
    fs::create_directories(dir / (".kerangka.lkjip-tmp-" + dead) / "isi");
    remove_stale_temporaries(dir.string());
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(dir))
        left.push_back(e.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{".c.xlsx.lkjip-tmp-" + live, ".d.xlsx.lkjip-tmp-" + mine,
                                           ".f.txt.tmp-" + dead, ".g.lkjip-tmp-" + dead + "x",
                                           "e.xlsx.lkjip-tmp-" + dead, "laporan.xlsx"});
    fs::remove_all(dir);
}

TEST_CASE("temporaries: the registered ones are removed on demand (what an interruption does)") {
    const fs::path dir = scratch();
    const std::string file = (dir / ".x.lkjip-tmp-1").string();
    const std::string folder = (dir / ".y.lkjip-tmp-1").string();
    const std::string output = (dir / "keluaran").string();
    std::ofstream(file) << "x";
    fs::create_directories(fs::path(folder) / "isi");
    fs::create_directories(output);
    std::ofstream(fs::path(output) / "sudah-ada.xlsx") << "x";
    const std::string forgotten = (dir / "tetap").string();
    std::ofstream(forgotten) << "x";
    register_temporary(forgotten);
    forget_temporary(forgotten);
    register_temporary(file);
    register_temporary(folder, TemporaryKind::Folder);
    register_temporary(output, TemporaryKind::EmptyFolder);  // not empty: kept
    {
        const auto lock = hold_temporaries();
        remove_registered_temporaries_locked();
    }
    forget_temporary(file);
    forget_temporary(folder);
    forget_temporary(output);
    CHECK_FALSE(fs::exists(file));
    CHECK_FALSE(fs::exists(folder));
    CHECK(fs::exists(fs::path(output) / "sudah-ada.xlsx"));
    CHECK(fs::exists(forgotten));
    fs::remove_all(dir);
}

TEST_CASE("write_temporary_file writes every byte, or says which step failed and removes the file") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("lkjip-write-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "a.bin").string();
    const std::string bytes = std::string("x\0y", 3) + std::string(200000, 'z');
    const lkjip::TemporaryWrite ok = lkjip::write_temporary_file(path, bytes);
    CHECK(ok.failed == lkjip::TemporaryWrite::Failed::Nothing);
    std::ifstream in(path, std::ios::binary);
    const std::string back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(back == bytes);

    const lkjip::TemporaryWrite missing = lkjip::write_temporary_file((dir / "nope" / "b.bin").string(), "b");
    CHECK(missing.failed == lkjip::TemporaryWrite::Failed::Creating);
    CHECK(missing.error == ENOENT);
    fs::remove_all(dir);
}
