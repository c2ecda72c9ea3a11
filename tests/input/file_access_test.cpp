#include "input/file_access.hpp"

#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "core/diagnostic.hpp"

namespace fs = std::filesystem;

using lkjip::InputError;
using lkjip::input::check_readable_file;
using lkjip::input::file_exists;
using lkjip::input::read_text_file;
using lkjip::input::size_text;

namespace {

class Scratch {
  public:
    Scratch() {
        std::random_device rd;
        path_ =
            fs::temp_directory_path() / ("lkjip-file-access-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    std::string write(const std::string& name, const std::string& content) const {
        std::ofstream(path_ / name, std::ios::binary) << content;
        return file(name);
    }

  private:
    fs::path path_;
};

// The message read_text_file refuses `path` with ("" when it reads it).
std::string refusal(const std::string& path, std::size_t max_bytes = 1024) {
    try {
        read_text_file(path, max_bytes);
        return "";
    } catch (const InputError& e) {
        CHECK(e.diagnostic().where.file == path);
        return e.diagnostic().message;
    }
}

}  // namespace

TEST_CASE("file_access: a regular file is read whole, up to exactly the limit") {
    const Scratch s;
    CHECK(read_text_file(s.write("a.csv", "kode;nama\n"), 10) == "kode;nama\n");
    CHECK(read_text_file(s.write("kosong.csv", ""), 10).empty());
    CHECK(refusal(s.write("b.csv", "kode;nama\nX"), 10) ==
          "berkas terlalu besar (11 B; batas 10 B; ubah dengan --max-file-mb)");
    // Through a symbolic link to a regular file: read as the file.
    fs::create_symlink(s.file("a.csv"), s.file("tautan.csv"));
    CHECK(read_text_file(s.file("tautan.csv"), 10) == "kode;nama\n");
}

TEST_CASE("file_access: what is not a regular file is refused by name, before it is opened") {
    const Scratch s;
    REQUIRE(::mkfifo(s.file("pipa.csv").c_str(), 0600) == 0);
    // Opening a FIFO for reading blocks until a writer comes: this returns at once only if it is not opened.
    CHECK(refusal(s.file("pipa.csv")) ==
          "bukan berkas biasa (pipa bernama/FIFO); lkjip hanya membaca berkas biasa");
    fs::create_symlink(s.file("pipa.csv"), s.file("ke-pipa.csv"));
    CHECK(refusal(s.file("ke-pipa.csv")) ==
          "bukan berkas biasa (pipa bernama/FIFO); lkjip hanya membaca berkas biasa");
    for (const char* device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
        CAPTURE(device);
        fs::create_symlink(device, s.file(std::string(device + 5) + ".csv"));
        CHECK(refusal(s.file(std::string(device + 5) + ".csv")) ==
              "bukan berkas biasa (perangkat, mis. /dev/zero); lkjip hanya membaca berkas biasa");
    }
    fs::create_directories(s.file("folder.csv"));
    CHECK(refusal(s.file("folder.csv")) == "berkas diharapkan, ditemukan folder");

    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(sock >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string socket_path = s.file("soket.csv");
    if (socket_path.size() < sizeof address.sun_path) {
        socket_path.copy(address.sun_path, socket_path.size());
        REQUIRE(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        CHECK(refusal(socket_path) == "bukan berkas biasa (soket); lkjip hanya membaca berkas biasa");
    }
    ::close(sock);
}

TEST_CASE("file_access: missing, broken and looping links are told apart; they exist for file_exists") {
    const Scratch s;
    CHECK(refusal(s.file("tidak-ada.csv")) == "berkas tidak ditemukan");
    CHECK_FALSE(file_exists(s.file("tidak-ada.csv")));

    fs::create_symlink(s.file("hilang.csv"), s.file("patah.csv"));
    CHECK(refusal(s.file("patah.csv")) == "tautan simbolik menunjuk ke berkas yang tidak ada");
    CHECK(file_exists(s.file("patah.csv")));

    fs::create_symlink(s.file("putar.csv"), s.file("putar.csv"));
    CHECK(refusal(s.file("putar.csv")) ==
          "tautan simbolik berputar (menunjuk ke dirinya sendiri); berkas tidak dapat dibaca");
    CHECK(file_exists(s.file("putar.csv")));

    s.write("biasa.csv", "x");
    CHECK(refusal(s.file("biasa.csv/anak.csv")) == "berkas tidak ditemukan (bagian jalurnya bukan folder)");
}

TEST_CASE("file_access: check_readable_file applies the same checks without reading") {
    const Scratch s;
    CHECK_NOTHROW(check_readable_file(s.write("huruf.ttf", "0123456789"), 10));
    CHECK_THROWS_AS(check_readable_file(s.file("huruf.ttf"), 9), InputError);
    CHECK_THROWS_AS(check_readable_file("/dev/zero"), InputError);
    CHECK_THROWS_AS(check_readable_file(s.file("tidak-ada.ttf")), InputError);
}

TEST_CASE("file_access: sizes are shown to a tenth, truncated") {
    CHECK(size_text(0) == "0 B");
    CHECK(size_text(1023) == "1023 B");
    CHECK(size_text(1024) == "1 KiB");
    CHECK(size_text(1024 * 1024 - 1) == "1023,9 KiB");
    CHECK(size_text(1024 * 1024) == "1 MiB");
    CHECK(size_text(1024 * 1024 * 19 / 10 + 1) == "1,9 MiB");  // was "1 MiB; batas 1 MiB"
    CHECK(size_text(3u * 1024 * 1024 + 1) == "3 MiB");
}
