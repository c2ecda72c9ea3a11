#pragma once
// Each request of `lkjip serve` works in a folder of its own under the system's temporary folder
// (mkdtemp: a fresh name, mode 0700), removed with everything in it when the request ends, however it
// ends. Nothing the client sends is used as a path: the upload is written under fixed names.
#include <string>

namespace lkjip::server {

class Workspace {
  public:
    // Throws OutputError when no temporary folder can be made.
    Workspace();
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const std::string& path() const { return path_; }
    // `name` inside the workspace.
    std::string file(const std::string& name) const;
    // `text` without the workspace's own path, so that messages and JSON name "masukan.xlsx: IKU!D7",
    // never the server's temporary folder.
    std::string relative(std::string text) const;

  private:
    std::string path_;
};

}  // namespace lkjip::server
