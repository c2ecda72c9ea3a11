#pragma once
// A copy of the Dumai fixture in a fresh temporary folder (removed at the end) whose tables a test changes:
// for the reader tests of tests/input/ that need a whole input folder with one table altered.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "input/folder_reader.hpp"

namespace lkjip::test {

// The Dumai fixture copied to a fresh temporary folder (removed at the end), with lines appended or replaced.
class OverlayFolder {
    static std::filesystem::path dumai() {
        return std::filesystem::path(LKJIP_SOURCE_DIR) / "fixtures" / "dumai-2023";
    }

  public:
    OverlayFolder() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() /
                ("lkjip-overlay-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
        for (const auto& entry : std::filesystem::directory_iterator(dumai())) {
            if (entry.path().extension() == ".csv" || entry.path().filename() == "profil.ini")
                std::filesystem::copy_file(entry.path(), path_ / entry.path().filename());
        }
    }
    ~OverlayFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    OverlayFolder(const OverlayFolder&) = delete;
    OverlayFolder& operator=(const OverlayFolder&) = delete;

    std::string read(const std::string& name) const {
        std::ifstream in(path_ / name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    void write(const std::string& name, const std::string& content) const {
        std::ofstream(path_ / name, std::ios::binary | std::ios::trunc) << content;
    }
    // Gives `name` a header with more columns, last (the reader maps columns by name), empty cells for them
    // on every old row, and appends `rows`.
    void extend(const std::string& name, const std::string& header, const std::string& rows) const {
        std::istringstream in(read(name));
        std::string line;
        std::getline(in, line);
        const auto fields = [](const std::string& h) { return std::count(h.begin(), h.end(), ';'); };
        const std::string pad(static_cast<std::size_t>(fields(header) - fields(line)), ';');
        std::string content = header + "\n";
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            content += line + (line.empty() || line.front() == '#' ? "" : pad) + "\n";
        }
        write(name, content + rows);
    }
    input::InputRead load(lkjip::Diagnostics& diagnostics) const {
        return input::read_folder(path_.string(), diagnostics);
    }

  private:
    std::filesystem::path path_;
};

}  // namespace lkjip::test
