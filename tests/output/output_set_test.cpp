#include "output/output_set.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "core/diagnostic.hpp"

namespace fs = std::filesystem;

using lkjip::OutputError;
using lkjip::output::OutputSet;

namespace {

class Scratch {
  public:
    Scratch() {
        std::random_device rd;
        path_ =
            fs::temp_directory_path() / ("lkjip-output-set-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    // Every name in the folder, hidden ones too, sorted: what a run left behind.
    std::string listing() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(path_))
            names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        std::string out;
        for (const std::string& n : names)
            out += n + " ";
        return out;
    }

  private:
    fs::path path_;
};

void write(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("output set: the files appear together under their names, temporaries gone") {
    const Scratch s;
    OutputSet set({}, false);
    const std::string a = set.reserve(s.file("laporan.xlsx"));
    const std::string b = set.reserve(s.file("laporan.pdf"));
    CHECK(fs::path(a).filename().string() == ".laporan.xlsx.lkjip-tmp-" + std::to_string(::getpid()));
    write(a, "xlsx");
    write(b, "pdf");
    CHECK(s.listing() == fs::path(b).filename().string() + " " + fs::path(a).filename().string() + " ");
    set.commit();
    CHECK(s.listing() == "laporan.pdf laporan.xlsx ");
    CHECK(read(s.file("laporan.xlsx")) == "xlsx");
}

TEST_CASE(
    "output set: a file placed by someone else after the check makes the whole set fail, both or neither") {
    const Scratch s;
    {
        OutputSet set({}, false);
        write(set.reserve(s.file("laporan.xlsx")), "xlsx baru");
        write(set.reserve(s.file("laporan.pdf")), "pdf baru");
        // Injected failure: another run puts the second file there between the check and the commit.
        write(s.file("laporan.pdf"), "pdf orang lain");
        try {
            set.commit();
            FAIL("commit succeeded");
        } catch (const OutputError& e) {
            CHECK(std::string(e.what()) == s.file("laporan.pdf") +
                                               ": galat: berkas sudah ada; lkjip tidak menimpanya (pakai "
                                               "--force untuk mengganti)");
        }
    }
    // The first file, already placed, was taken back; the other run's file is untouched; no temporary.
    CHECK(s.listing() == "laporan.pdf ");
    CHECK(read(s.file("laporan.pdf")) == "pdf orang lain");
}

TEST_CASE("output set: with --force, a failure puts the replaced files back") {
    const Scratch s;
    write(s.file("laporan.xlsx"), "xlsx lama");
    write(s.file("laporan.pdf"), "pdf lama");
    {
        OutputSet set({}, true);
        write(set.reserve(s.file("laporan.xlsx")), "xlsx baru");
        write(set.reserve(s.file("laporan.pdf")), "pdf baru");
        // Injected failure: the second name becomes a folder, which a file cannot replace.
        fs::remove(s.file("laporan.pdf"));
        fs::create_directories(s.file("laporan.pdf/isi"));
        CHECK_THROWS_AS(set.commit(), OutputError);
    }
    CHECK(s.listing() == "laporan.pdf laporan.xlsx ");
    CHECK(read(s.file("laporan.xlsx")) == "xlsx lama");
    CHECK(fs::is_directory(s.file("laporan.pdf")));

    fs::remove_all(s.file("laporan.pdf"));
    write(s.file("laporan.pdf"), "pdf lama");
    {
        OutputSet set({}, true);
        write(set.reserve(s.file("laporan.xlsx")), "xlsx baru");
        write(set.reserve(s.file("laporan.pdf")), "pdf baru");
        set.commit();
    }
    CHECK(s.listing() == "laporan.pdf laporan.xlsx ");  // no backup left behind
    CHECK(read(s.file("laporan.xlsx")) == "xlsx baru");
    CHECK(read(s.file("laporan.pdf")) == "pdf baru");
}

TEST_CASE(
    "output set: an existing file, an input, or an output inside an input folder is refused at reserve") {
    const Scratch s;
    write(s.file("ada.xlsx"), "milik pengguna");
    OutputSet set({s.file("masukan"), s.file("konvensi.json")}, false);
    fs::create_directories(s.file("masukan"));
    CHECK_THROWS_WITH_AS(set.reserve(s.file("ada.xlsx")),
                         (s.file("ada.xlsx") +
                          ": galat: berkas sudah ada; lkjip tidak menimpanya (pakai --force untuk mengganti)")
                             .c_str(),
                         OutputError);
    CHECK_THROWS_AS(set.reserve(s.file("masukan/laporan.xlsx")), OutputError);
    CHECK_THROWS_AS(set.reserve(s.file("konvensi.json")), OutputError);
    CHECK_THROWS_AS(lkjip::output::refuse_output_into_inputs(s.file("masukan/keluaran"), {s.file("masukan")}),
                    OutputError);
    CHECK_THROWS_AS(lkjip::output::refuse_output_into_inputs(s.file("masukan/"), {s.file("masukan")}),
                    OutputError);
    CHECK_NOTHROW(lkjip::output::refuse_output_into_inputs(s.file("masukan-2"), {s.file("masukan")}));
    CHECK(read(s.file("ada.xlsx")) == "milik pengguna");
}

TEST_CASE("output set: dropped before commit, it leaves nothing") {
    const Scratch s;
    {
        OutputSet set({}, false);
        write(set.reserve(s.file("laporan.xlsx")), "setengah");
    }
    CHECK(s.listing().empty());
}
